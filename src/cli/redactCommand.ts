import { writeFileSync } from 'node:fs';
import { basename, extname, resolve } from 'node:path';
import { redact, scan } from '../engine/index';
import type { RedactionEntry, RedactionStrategy } from '../engine/index';
import { choiceOption, flag, parseCommandArgs, stringOption } from './args';
import type { OptionSpec } from './args';
import { REDACT_HELP } from './help';
import { readInputText } from './input';
import type { CliIo } from './io';
import { toScanOptions } from './policy';
import { loadPolicyFor, parseCategories } from './scanCommand';

const STRATEGIES = ['placeholder', 'mask', 'pseudonym', 'env'] as const satisfies readonly RedactionStrategy[];

const OPTIONS = {
  strategy: { type: 'string', short: 's' },
  language: { type: 'string', short: 'l' },
  mapping: { type: 'string', short: 'm' },
  policy: { type: 'string', short: 'p' },
  category: { type: 'string', short: 'c', multiple: true },
  'no-attributions': { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
} satisfies OptionSpec;

/** The mapping file `redact --mapping` writes and `restore --mapping` reads. */
export interface MappingFile {
  readonly version: 1;
  readonly strategy: RedactionStrategy;
  readonly entries: readonly RedactionEntry[];
}

const LANGUAGE_BY_EXTENSION: Readonly<Record<string, string>> = {
  js: 'javascript', mjs: 'javascript', cjs: 'javascript', jsx: 'javascriptreact',
  ts: 'typescript', mts: 'typescript', cts: 'typescript', tsx: 'typescriptreact', vue: 'vue',
  py: 'python', java: 'java', kt: 'kotlin', kts: 'kotlin', scala: 'scala', groovy: 'groovy', gradle: 'groovy',
  cs: 'csharp', fs: 'fsharp', go: 'go', rb: 'ruby', php: 'php', rs: 'rust',
  c: 'c', h: 'c', cc: 'cpp', cpp: 'cpp', cxx: 'cpp', hpp: 'cpp', swift: 'swift', dart: 'dart',
  ex: 'elixir', exs: 'elixir', pl: 'perl', pm: 'perl', r: 'r', lua: 'lua', ps1: 'powershell',
  bat: 'bat', cmd: 'bat', sh: 'shellscript', bash: 'shellscript', zsh: 'shellscript',
  json: 'json', jsonc: 'jsonc', yaml: 'yaml', yml: 'yaml', toml: 'toml', ini: 'ini', properties: 'properties',
  md: 'markdown', txt: 'plaintext',
};

/** A VS Code language id guessed from a file name (for the `env` strategy), or `undefined`. */
export function toLanguageId(fileName: string): string | undefined {
  const base = basename(fileName);
  if (base === '.env' || base.startsWith('.env.')) return 'dotenv';
  const ext = extname(base).slice(1).toLowerCase();
  return ext ? LANGUAGE_BY_EXTENSION[ext] : undefined;
}

/**
 * `prompt-hygiene redact`: prints the input with every finding replaced. With `--mapping FILE`
 * it also writes the values, for `restore`, to a file readable only by the user.
 */
export async function runRedactCommand(args: readonly string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseCommandArgs('redact', args, OPTIONS);
  if (flag(values, 'help')) {
    io.stdout(REDACT_HELP);
    return 0;
  }
  const strategy = choiceOption(values, 'strategy', STRATEGIES, 'placeholder');
  const categories = parseCategories(values);
  const input = await readInputText('redact', positionals, io);
  const loaded = loadPolicyFor(io, values, false);
  if (!loaded) return 2;
  const languageId = stringOption(values, 'language') ?? (input.abs ? toLanguageId(input.abs) : undefined);
  const findings = scan(input.text, toScanOptions(loaded.policy, categories, !flag(values, 'no-attributions')));
  const result = redact(input.text, findings, strategy, { languageId });
  const mappingPath = stringOption(values, 'mapping');
  if (mappingPath !== undefined) {
    const doc: MappingFile = { version: 1, strategy, entries: result.mapping };
    try {
      writeFileSync(resolve(io.cwd, mappingPath), `${JSON.stringify(doc, null, 2)}\n`, { mode: 0o600 });
    } catch (e) {
      const code = typeof e === 'object' && e !== null && 'code' in e ? String((e as { code: unknown }).code) : String(e);
      io.stderr(`prompt-hygiene: cannot write ${mappingPath}: ${code}\n`);
      return 2;
    }
    io.stderr(`warning: ${mappingPath} holds the original values: keep it private, out of version control, and delete it when done.\n`);
  }
  io.stdout(result.text);
  return 0;
}
