import { defineRule, fake, hasCharClasses } from '../defineRule';
import { isLiteralSecretValue, looksLikeWords } from './_generic';

// A real value written as the default of a placeholder under a secret's name: Spring's
// `password: ${DB_PASSWORD:<default>}` and the shell's and Compose's `${DB_PASSWORD:-<default>}`.
// The reference reads as safe and the default ships with it. Dev defaults (`${DB_PASSWORD:-postgres}`,
// `${SECRET:changeme}`) are words or short: only a random-looking default of ten characters or
// more, with three kinds of character, counts.
export default defineRule({
  id: 'placeholder-default-secret',
  category: 'secret',
  description: 'Random-looking default value of a ${SECRET_NAME:default} placeholder (Spring, shell, Compose) under a password, secret, token or key name',
  generic: true,
  keywords: ['${'],
  window: { before: 80, after: 220 },
  pattern:
    /(?:pass(?:word|wd)?|pwd|secret|token|api[_.-]?key|credentials?)[\w.-]{0,40}["']?[ \t]{0,3}[:=][ \t]{0,3}["']?\$\{[A-Za-z0-9_.-]{1,80}:-?([^\s}"'$](?:[^\s}"'$]|\$(?![{(])){9,127})\}/giu,
  secretGroup: 1,
  // (A word with digits and a symbol, `Harbour#2291`, is how people choose passwords: it counts.)
  validate: (s) => hasCharClasses(s, 3) && (!looksLikeWords(s) || /\d{3}/u.test(s)) && isLiteralSecretValue(s, true, 10),
  envName: 'DB_PASSWORD',
  references: ['https://docs.spring.io/spring-boot/reference/features/external-config.html#features.external-config.files.property-placeholders', 'https://docs.docker.com/compose/how-tos/environment-variables/variable-interpolation/'],
  examples: {
    positive: [
      `spring:\n  datasource:\n    password: \${DB_PASSWORD:${fake('{a10}', 1)}${fake('{d2}', 2)}${fake('{A8}', 3)}}`,
      `      JWT_SECRET: \${JWT_SECRET:-${fake('{a12}', 4)}${fake('{d3}', 5)}${fake('{A6}', 6)}}`,
      // a word, a symbol and digits: a password as people choose one
      'BACKUP_PASS="${SQL_BACKUP_PASSWORD:-Harbour#2291}"',
      // a dollar sign inside the default (not a variable: no brace or parenthesis after it)
      `      KC_DB_PASSWORD: \${KC_DB_PASSWORD:-${fake('{a4}', 7)}$${fake('{a6}', 8)}@${fake('{a7}', 9)}}`,
    ],
    negative: [
      '    password: ${DB_PASSWORD:postgres}',
      '      POSTGRES_PASSWORD: ${POSTGRES_PASSWORD:-changeme123}',
      '    password: ${DB_PASSWORD}',
      '    password: ${DB_PASSWORD:-${VAULT_DB_PASSWORD_FALLBACK}}',
      '    password: ${DB_PASSWORD:Postgres#dev}',
      'url: ${DATABASE_URL:jdbc:postgresql://localhost:5432/app}',
    ],
  },
});
