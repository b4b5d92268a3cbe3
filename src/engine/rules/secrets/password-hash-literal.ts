import { native } from '../../scan/nativeRegex';
import { defineRule, fake } from '../defineRule';
import { isLiteralSecretValue, isRandomToken, looksLikeWords } from './_generic';

const LETTERS_ONLY = native(/^\p{L}+$/u);
const HAS_LETTER = native(/\p{L}/u);
const NOT_LETTER = native(/[\d\W_]/u);

// A plain password written into code as the argument of the call that hashes it: a seeder's
// `'password' => Hash::make('…')` or `bcrypt('…')` (Laravel), Django's `make_password('…')`,
// Werkzeug's `generate_password_hash('…')`, PHP's `password_hash('…', …)`, Node's
// `bcrypt.hash('…', 10)` / `hashSync`, Ruby's `BCrypt::Password.create('…')`. The hash is safe to
// store; the literal is the password itself. Words and a fixture's `password`/`secret` are not
// reported: the value must look chosen (letters with digits or symbols, or random).
export default defineRule({
  id: 'password-hash-literal',
  category: 'secret',
  description: "Plain password passed to a hashing call (Hash::make('…'), bcrypt('…'), make_password('…'))",
  keywords: ['hash::make', 'bcrypt', 'make_password', 'password_hash', 'generate_password_hash', 'password.create', 'argon2.hash', 'passlib'],
  window: { before: 40, after: 120 },
  pattern:
    /(?<![\w.])(?:Hash::make|bcrypt(?:js)?\.(?:hash|hashSync)|bcrypt|make_password|password_hash|generate_password_hash|BCrypt::Password\.create|argon2\.hash|pwd_context\.hash|passlib\.hash\.\w{2,20}\.hash)\([ \t]*(["'])([^"'\r\n\\]{6,64})\1/gu,
  secretGroup: 2,
  validate: (s) => {
    if (!isLiteralSecretValue(s, true, 6)) return false;
    if (LETTERS_ONLY.test(s) && (s.length < 16 || looksLikeWords(s))) return false;
    return (HAS_LETTER.test(s) && NOT_LETTER.test(s) && s.length >= 8) || isRandomToken(s);
  },
  envName: 'USER_PASSWORD',
  references: ['https://cwe.mitre.org/data/definitions/259.html'],
  examples: {
    positive: [
      `            ['name' => 'Ops', 'role' => 'finance', 'password' => Hash::make('${fake('{a10}', 3611)}-Qz')],`,
      `    user.password = make_password("${fake('{a8}', 3612)}_${fake('{d3}', 3613)}")`,
      `const hash = await bcrypt.hash('${fake('{a12}', 3614)}!', 10);`,
      `'password' => bcrypt('${fake('{a9}', 3615)}#7'),`,
    ],
    negative: [
      "'password' => Hash::make('password'),",
      "'password' => bcrypt('secret'),",
      "Hash::make($request->password)",
      "user.password = make_password(form.cleaned_data['password'])",
      "bcrypt.hash(password, 10)",
      "'password' => Hash::make('changeme123'),",
    ],
  },
});
