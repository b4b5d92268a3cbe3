import { defineRule } from '../defineRule';
import { isLiteralSecretValue, isSecretKey } from './_generic';

export default defineRule({
  id: 'generic-password',
  category: 'secret',
  description: 'Password assigned to a password-like key',
  generic: true,
  keywords: ['pass', 'pwd'],
  // the match starts at the key word
  window: { before: 0, after: 280 },
  // key containing password/passwd/passphrase/pwd/pass (+ up to 30 more key chars), an assignment
  // operator, then a quoted value (group 3) or a bare value (group 4) up to 200 chars
  pattern:
    /(?:pass(?:word|wd|phrase)?|pwd)([\w.-]{0,30})["'\]]?[ \t]{0,5}(?:=|:=|=>|:|\?\?=)[ \t]{0,5}(?:(["'`])([^"'`\r\n]{1,200}?)\2|([^\s"'`,;)}\]#]{1,200}))/giu,
  secretGroup: [3, 4],
  validate: (_s, ctx) => {
    const m = ctx.match;
    const full = m[0];
    const keyEnd = full.search(/["'\]]?[ \t]*(?:=|:=|=>|:|\?\?=)/u);
    const key = full.slice(0, keyEnd);
    if (!isSecretKey(key)) return false;
    // `bypass`, `compass`, `passive`, `passthrough`, `passenger`: "pass" inside another word.
    const before = ctx.text.slice(Math.max(0, m.index - 12), m.index);
    if (/pass/iu.test(full.slice(0, 4)) && /[A-Za-z]$/u.test(before) && !/(?:db|_|-|\.|my|pg|user|admin|root|app|smtp|mail|redis|api|the)$/iu.test(before)) {
      if (!/[_.-]$/u.test(before)) return false;
    }
    if (/^pass(?:ive|enger|age|port|through|thru|ed|es|ing|ion|ive|able|word[_-]?less|words)$/iu.test(key)) return false;
    const quoted = m[3] !== undefined;
    const value = (quoted ? m[3] : m[4]) ?? '';
    return isLiteralSecretValue(value, quoted, 6);
  },
  envName: 'PASSWORD',
  references: ['https://cwe.mitre.org/data/definitions/798.html'],
  examples: {
    positive: [
      'DB_PASSWORD=Tr0ub4dor&3x!',
      'password: "correct-Horse-77-battery"',
      'const adminPassword = \'S3cure!Passw0rd\';',
      'spring.datasource.password=Qw9!zX2#pL',
      '"passwd": "k8s-Adm1n-2024"',
    ],
    negative: [
      'password = os.environ["DB_PASSWORD"]',
      'password: ${DB_PASSWORD}',
      'const password = req.body.password;',
      'password_reset_url = "https://example.org/reset"',
      'password: string;',
      'passwordMinLength = 12',
      '"password": "changeme"',
      'password = "<your-password>"',
      'label = "Enter your password"',
      'password: "********"',
      'bypass = "feature-flag-1"',
      'password = ""',
      'const password = result.groups?.password;',
      '"@acme/plugin-1password": "12.0.0",',
      'P12_PASSWORD = "notasecret"',
    ],
  },
});
