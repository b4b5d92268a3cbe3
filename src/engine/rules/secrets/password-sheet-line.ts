import { native } from '../../scan/nativeRegex';
import { defineRule, fake } from '../defineRule';
import { isLiteralSecretValue } from './_generic';

/** How far above a line its sheet's title may be. */
const TITLE_REACH = 3000;

/**
 * A title line that says the lines below are passwords: a Markdown or underlined heading, or a line
 * of its own without a value (`ANKARA — SUNUCU ŞİFRELERİ (ESKİ)`, `# Server passwords`), in the
 * languages of the other password rules. (Not a word in an identifier: OAuth's `client_credentials` grant.)
 */
const PASSWORD_TITLE = native(
  /(?:^|\n)[#=*> \t-]{0,6}[^\n:]{0,80}(?<![\p{L}_])(?:passwords|şifreler(?:i)?|ŞİFRELER(?:İ)?|sifreler(?:i)?|SİFRELER(?:İ)?|parolalar(?:ı)?|parole|passw[öo]rter|kennw[öo]rter|contraseñas|contrasenas|senhas|mots de passe|wachtwoorden|hasła|hasla|hesla|credentials|zugangsdaten|accesos|access list)(?![\p{L}])[^\n:]{0,80}(?:\r?\n|$)/iu,
);

/** The four kinds of characters a password mixes. */
const CLASSES = [/[a-z]/u, /[A-Z]/u, /\d/u, /[^A-Za-z0-9]/u];

/** A value shaped like something else: a URL, an address, a path, an IP address, a date, a version, an image's tag (`nginx:1.25-alpine`), a user agent's product (`curl/8.5.0`), a list of lower-case names (LocalStack's `SERVICES: s3,sqs,kms`). */
const NOT_A_PASSWORD = native(/:|^(?:[a-z0-9-]+(?:,[a-z0-9-]+)+$|[a-z][\w+.-]*:\/\/|[\w.+-]+@[\w-]+\.[\w.]+$|[~/\\.]|\d{1,3}(?:\.\d{1,3}){3}(?::\d+)?$|\d{1,4}[-/.]\d{1,2}[-/.]\d{1,4}$|v?\d+(?:\.\d+){1,3}$|[\w.-]+\/v?\d+(?:\.\d+){1,3}$)/u);

/** A label of an identifier, not a secret: an id, a user or login, an account, a host, an address. */
const IDENTIFIER_LABEL = native(/(?<![\p{L}])(?:id|user(?:name)?|login|account|host(?:name)?|server|url|e-?mail|ip|port|kullanıcı(?: adı| kodu)?|kullanici(?: adi| kodu)?|benutzer(?:name)?|usuario|utilisateur|utente)[ \t]*$/iu);

// A line of a password sheet: a note or a text file that lists systems and their passwords, one
// per line, `label : value` (aligned with spaces), under a title that says so (`SERVER PASSWORDS`,
// Turkish `SUNUCU ŞİFRELERİ`, `# Zugangsdaten`). Every value there is a password; this rule reports
// the ones that mix three kinds of characters (letters of both cases, digits, signs), so a line that
// holds a host, a date or a version is left alone.
export default defineRule({
  id: 'password-sheet-line',
  category: 'secret',
  description: 'Password on a line of a password sheet (label : value under a passwords title)',
  generic: true,
  keywords: ['passwords', 'sifreler', 'parolalar', 'parole', 'passworter', 'kennworter', 'contrasenas', 'senhas', 'mots de passe', 'wachtwoorden', 'hasla', 'hesla', 'credentials', 'zugangsdaten', 'accesos'],
  window: { before: 0, after: TITLE_REACH },
  // (The label names a system as people write it, `FortiGate admin`, `Veeam`: a capital or a space,
  // not a config file's key, `image:`.)
  pattern: /(?:^|\n)[ \t]*(?=\p{Lu}|[^\n:]{0,60}?[ \t]\p{Lu}|[^\n:]{0,60}?[^\s:] [^\s:])[^\s:#|][^:\n|]{1,60}?[ \t]*:[ \t]+(\S{6,64})[ \t]*(?=\r?\n|$)/gu,
  secretGroup: 1,
  validate: (value, ctx) => {
    // (Its kinds counted without Markdown's code quotes and a sentence's full stop: `` `G7654321X`. ``.)
    const bare = value.replace(/^`(.*)`[.,;]?$/u, '$1');
    if (CLASSES.filter((c) => c.test(bare)).length < 3 || NOT_A_PASSWORD.test(value) || !isLiteralSecretValue(value, false, 6)) return false;
    // (Not a line that names an account or an address: `Client ID:`, `User:`, `Host:`.)
    const label = ctx.match[0].slice(0, ctx.match[0].lastIndexOf(':'));
    // (Nor one whose note in brackets says it is an id or public: `Integration key (client id, public):`.)
    if (IDENTIFIER_LABEL.test(label) || /\((?:[^()\n]{0,40}[ ,])?(?:client[ _-]?id|public)\b[^()\n]{0,40}\)[ \t]*$/iu.test(label)) return false;
    // (Nor a prompt that shows its default in brackets, answered: `Default region name [us-west-2]: us-west-2`.)
    if (/\[[^\]\n]{0,60}\][ \t]*$/u.test(label)) return false;
    return PASSWORD_TITLE.test(ctx.text.slice(Math.max(0, ctx.start - TITLE_REACH), ctx.start));
  },
  envName: 'PASSWORD',
  references: ['https://cwe.mitre.org/data/definitions/256.html'],
  examples: {
    positive: [
      `SERVER PASSWORDS (OLD, 2023)\n-------------------------------\nSQL sa                 : ${fake('{a12}', 9401)}\nFirewall admin         : ${fake('{a6}', 9402)}@${fake('{d2}', 9403)}\nNVR                    : ${fake('{L4}', 9404)}?${fake('{u4}', 9405)}.${fake('{d2}', 9406)}\n`,
      `Sunucu sifreleri (eski)\nVeeam                  : ${fake('{a10}', 9407)}%${fake('{d1}', 9408)}\n`,
    ],
    negative: [
      // a pasted curl -v: the client-credentials grant is no title, the user agent no password
      'curl -v -X POST https://login.example.com/token \\\n  -d "grant_type=client_credentials"\n> Host: login.example.com\n> User-Agent: curl/8.5.0\n> Accept: */*\n',
      // a sheet's hosts, dates and versions; a policy's settings
      'SERVER PASSWORDS\nDB host : 10.20.1.10\nUpdated : 2024-10-22\nFortiOS : 7.2.8\nAdmin portal : https://fw.corp.example/login\n',
      'Password policy\nMinimum length : 12\nExpiry : 90\nHistory : Last5Passwords\n',
      `API credentials\nClient ID:     ${fake('{a10}_{d4}', 9413)}\n`,
      // a compose file under a credentials comment: keys in lower case, an image's tag
      `# credentials come from the vault\nservices:\n  db:\n    image: postgres:16.2-alpine\n    user: app_rw\n    build_tag: ${fake('{a6}', 9411)}@${fake('{d2}', 9412)}\n`,
      // a compose file's local AWS stand-in, under a comment about credentials: the services it runs
      '# Local only. Credentials here are throwaway defaults.\nservices:\n  localstack:\n    environment:\n      SERVICES: s3,sqs,kms\n',
      `Release notes\nBuild : ${fake('{a6}', 9409)}@${fake('{d2}', 9410)}\n`,
      // a document's sample id, code-quoted, under a heading about credentials
      '## Sandbox credentials\n\n* Member id: `G7654321X`.\n',
      // an e-signature vendor's integration key, which its note calls public
      '## Credentials\n\n- Integration key (client id, public): `0c9e7f2a-41d3-4b8e-9a61-5d2f8c3b7e10`\n',
      // `aws configure`'s prompts, answered, under a heading about credentials
      'Configure your credentials:\n\n   $ aws configure\n   Default region name [us-west-2]: us-west-2\n   Default output format [None]: json\n',
    ],
  },
});
