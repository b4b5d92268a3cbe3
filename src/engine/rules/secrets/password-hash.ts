import { native } from '../../scan/nativeRegex';
import { defineRule, fake, shannonEntropy } from '../defineRule';
import { looksLikeLongPlaceholder } from './_context';

/** A hash's salt and digest that spell a word over and over (`$2y$13$placeholderplaceholder…`), or a run of one character. */
const FILLER = native(/(?:placeholder|example|changeme|password|dummy|redacted){2}|(.)\1{9}/iu);

/** A fake bcrypt hash: cost, then 53 characters of bcrypt's base64. */
function fakeBcrypt(seed: number, variant = '2b'): string {
  return `$${variant}$12$${fake('{w53}', seed).replace(/[-_]/gu, '.')}`;
}

// A stored password hash: bcrypt (`$2b$12$…`), SHA-crypt (`$6$…`, `$5$…`), yescrypt (`$y$…`),
// Argon2 (`$argon2id$v=19$m=…`) and Django's PBKDF2 (`pbkdf2_sha256$720000$…`). It is not the
// password, but whoever holds it can guess passwords against it offline for as long as they like,
// and users reuse passwords: a database dump or a seed pasted into a chat should not carry it.
// (Decided in the fifty-third session: four held-out corpora of five labelled such hashes as
// secrets.) Reported as a warning, below a key; the shared filters' placeholders and a salt that
// repeats a word are no one's hash.
// Decision (sixtieth session): opt-in. The ten corpora of the fifty-ninth and sixtieth sessions held
// 18 such hashes in five of them and labelled none (two called bcrypt hashes hard negatives, as the
// issue's filter list calls hashes), against four of five in the fifty-third: the writers now read a
// stored hash as a hash, not a credential. A team that keeps dumps out of chats switches it on.
export default defineRule({
  id: 'password-hash',
  category: 'secret',
  description: 'Stored password hash (bcrypt $2b$, SHA-crypt $6$, yescrypt $y$, Argon2, Django PBKDF2): crackable offline',
  severity: 'warning',
  optIn: true,
  keywords: ['$2a$', '$2b$', '$2y$', '$5$', '$6$', '$y$', '$argon2', 'pbkdf2_sha'],
  pattern:
    /(?<![\w$./])(\$2[aby]\$\d{2}\$[./A-Za-z0-9]{53}|\$[56]\$(?:rounds=\d{1,9}\$)?[./A-Za-z0-9]{1,16}\$[./A-Za-z0-9]{43,86}|\$y\$[./A-Za-z0-9]{1,40}\$[./A-Za-z0-9]{1,90}\$[./A-Za-z0-9]{43}|\$argon2(?:id|i|d)\$v=\d{1,3}\$m=\d{1,9},t=\d{1,4},p=\d{1,4}\$[A-Za-z0-9+/]{8,88}\$[A-Za-z0-9+/]{16,128}|pbkdf2_sha(?:1|256)\$\d{3,7}\$[A-Za-z0-9]{8,64}\$[A-Za-z0-9+/]{20,88}={0,2})(?![\w./+$])/gu,
  secretGroup: 1,
  validate: (s) => !FILLER.test(s) && !looksLikeLongPlaceholder(s) && shannonEntropy(s.slice(-40)) >= 3.5,
  envName: 'PASSWORD_HASH',
  references: ['https://cheatsheetseries.owasp.org/cheatsheets/Password_Storage_Cheat_Sheet.html', 'https://passlib.readthedocs.io/en/stable/modular_crypt_format.html'],
  examples: {
    positive: [
      `INSERT INTO users (id, email, password_hash) VALUES (7, 'ada@shop.example.net', '${fakeBcrypt(101184)}');`,
      `deploy:${'$'}6$${fake('{a16}', 101185)}$${fake('{w86}', 101186).replace(/[-_]/gu, '/')}:19700:0:99999:7:::`,
      `    'password' => '${fakeBcrypt(101187, '2y')}',`,
      `"password": "pbkdf2_sha256$720000$${fake('{a22}', 101188)}$${fake('{b44}', 101189)}"`,
      `$argon2id$v=19$m=65536,t=3,p=4$${fake('{a22}', 101190)}$${fake('{a43}', 101191)}`,
    ],
    negative: [
      "INSERT INTO users VALUES (1, 'admin', '$2y$13$placeholderplaceholderplaceholderplaceholderplacehold');",
      '$2b$12$xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
      'bcrypt cost: $2b$12$ then 53 characters of salt and hash',
    ],
  },
});
