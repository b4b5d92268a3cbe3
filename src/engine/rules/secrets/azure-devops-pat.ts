import { native } from '../../scan/nativeRegex';
import { defineRule, fake, minEntropy } from '../defineRule';
import { isAnnotatedKey } from './_azure';
import { contextWords } from './_context';
import { windowAround, withSignatureBranch } from './_providerKit';

const LEGACY = /^[a-z2-7]{52}$/u;

/** A fake PAT in the current 84-character format with the AZDO signature. */
function fakeAnnotatedPat(seed?: number): string {
  return fake('{a52}JQQJ99{a1}{A1}{a16}AZDO{a4}', seed).replace(/JQQJ99(.)(.)/u, (_m, a: string, b: string) => `JQQJ99${a}${'ABCDEFGHIJKL'[b.charCodeAt(0) % 12]}`);
}

/** A fake legacy 52-character PAT (base32 lower case). */
function fakeLegacyPat(seed?: number): string {
  return fake('{L52}', seed);
}

/** An INI or TOML section, a YAML mapping named for Azure DevOps; a token's key that names no service. */
const SECTION_HEADER = native(/^\[[ \t]*["']?(?:azure[_.-]?devops|azdo|ado|vsts)["']?[ \t]*\]/iu);
const MAPPING_KEY = native(/^[ \t]*["']?(?:azure[_.-]?devops|azdo|ado|vsts)["']?[ \t]*:[ \t]*(?:#.*)?$/iu);
const BARE_KEY = native(/^["']?(?:pat|token|personal[_.-]?access[_.-]?token)["']?[ \t]*[:=]/u);

/**
 * Whether the line at `at` sits in a config section named for Azure DevOps: a YAML mapping
 * (`azure-devops:` less indented above it, with only its own entries between) or an INI/TOML
 * section (`[azure_devops]`) at most eight lines up.
 */
function inAzureDevOpsSection(text: string, at: number): boolean {
  const lineStart = text.lastIndexOf('\n', at - 1) + 1;
  const indent = /^[ \t]*/u.exec(text.slice(lineStart, at + 1))?.[0].length ?? 0;
  let end = lineStart - 1;
  for (let n = 0; n < 8 && end > 0; n++) {
    const start = text.lastIndexOf('\n', end - 1) + 1;
    const line = text.slice(start, end).replace(/\r$/u, '');
    end = start - 1;
    if (/^[ \t]*(?:#.*)?$/u.test(line)) continue;
    if (SECTION_HEADER.test(line)) return true;
    const ind = line.length - line.trimStart().length;
    if (ind < indent) return MAPPING_KEY.test(line);
    if (/^\[/u.test(line)) return false;
  }
  return false;
}

export default defineRule({
  id: 'azure-devops-pat',
  category: 'secret',
  description: 'Azure DevOps personal access token',
  keywords: ['azure_devops', 'azure-devops', 'azuredevops', 'ado_', 'ado-', 'vsts', 'dev.azure.com', 'visualstudio.com', 'azdo', 'devops_', 'devops-', 'nuget_pat', 'nuget-pat', 'azp_token', 'feed_pat', 'artifacts_pat', '--auth pat'],
  // Every match holds a keyword: its key name at its start, the host right after a URL's token
  // (at most ~170 characters in), or AZDO at offset 76 of a new-format token. The rule reads only
  // there, not every text that names Azure DevOps somewhere.
  window: { before: 200, after: 260 },
  // Either context + a legacy PAT (52 lower-case base32 characters) or a current PAT (84
  // characters: 52 random + JQQJ99 + 2 + 16 + the AZDO signature + 4), in one of:
  //   a key such as AZURE_DEVOPS_EXT_PAT / ADO_TOKEN / vsts_pat / devops_token and an assignment;
  //   a NuGet feed's or a pipeline agent's key (NUGET_PAT, AZP_TOKEN) or the agent's `--auth pat --token <pat>`;
  //   a URL https://user:<pat>@dev.azure.com or @<org>.visualstudio.com;
  //   nothing, for the 84-character format, which is identifiable on its own.
  pattern:
    withSignatureBranch(
    /(?:(?<![A-Za-z0-9])(?:(?:azure[_.-]?devops|azdo|ado|vsts|devops)[_.-]?(?:ext[_.-]?)?(?:pat|token|personal[_.-]?access[_.-]?token|access[_.-]?token)|(?:nuget|azp|feed|artifacts)[_.-]?(?:pat|token))["'`]?(?:[ \t]{0,5}(?:=|:=|=>|:)[ \t]{0,5}|[ \t]{1,5})["'`]?|--auth[ \t]+pat[ \t]+--token[ \t]+["']?|(?<![\w.-])["']?(?:pat|token|personal[_.-]?access[_.-]?token)["']?[ \t]{0,5}[:=][ \t]{0,5}["']?(?=[a-z2-7]{52}(?![A-Za-z0-9])|[A-Za-z0-9]{84}(?![A-Za-z0-9]))|https?:\/\/(?:[\w.%-]{1,64}:)?(?=[A-Za-z0-9]{52,84}@(?:dev\.azure\.com|[\w-]{1,64}\.visualstudio\.com)))([A-Za-z0-9]{84}|[a-z2-7]{52})(?![A-Za-z0-9])/giu,
    { signature: String.raw`AZDO`, offset: 76, chars: String.raw`A-Za-z0-9`, value: String.raw`[A-Za-z0-9]{84}|[a-z2-7]{52}`, after: String.raw`(?![A-Za-z0-9])` },
  ),
  secretGroup: [1, 2],
  validate: (s, ctx) => {
    if (isAnnotatedKey(s, 'AZDO')) return true;
    if (!LEGACY.test(s) || !minEntropy(s, 3.5)) return false;
    const key = contextWords(ctx);
    if (BARE_KEY.test(key)) return inAzureDevOpsSection(ctx.text, ctx.match.index);
    return key !== '' || /dev\.azure\.com|visualstudio\.com/iu.test(windowAround(ctx, 0, 120));
  },
  envName: 'AZURE_DEVOPS_EXT_PAT',
  references: [
    'https://learn.microsoft.com/en-us/azure/devops/organizations/accounts/use-personal-access-tokens-to-authenticate',
    'https://github.com/microsoft/security-utilities',
  ],
  examples: {
    positive: [
      `export AZURE_DEVOPS_EXT_PAT=${fakeLegacyPat()}`,
      `git clone https://build:${fakeLegacyPat(2)}@dev.azure.com/acme/app/_git/app`,
      `pat: ${fakeAnnotatedPat()}`,
      `ARG NUGET_PAT=${fakeLegacyPat(4)}`,
      `./config.sh --unattended --url https://dev.azure.com/acme --auth pat --token ${fakeLegacyPat(5)} --pool linux`,
      // an application.yml's section for the package feed
      `azure-devops:\n  feed: https://pkgs.dev.azure.com/acme/_packaging/app/maven/v1\n  username: build\n  pat: ${fakeLegacyPat(101131)}\n`,
      `[azure_devops]\norganization = acme\ntoken = ${fakeLegacyPat(101132)}\n`,
    ],
    negative: [
      `export AZURE_DEVOPS_EXT_PAT=${fake('{L40}')}`,
      'export AZURE_DEVOPS_EXT_PAT=<personal-access-token>',
      `hash: ${fakeLegacyPat(3)}`,
      `azure-devops:\n  feed: https://pkgs.dev.azure.com/acme/_packaging/app/maven/v1\nsigning:\n  token: ${fakeLegacyPat(101133)}\n`,
      `pat: ${fakeAnnotatedPat().replace('AZDO', 'ACOG')}`,
    ],
  },
});
