import { defineRule, fake, hasCharClasses } from '../defineRule';
import { looksRandom } from './_providerKit';

// A Fernet key (Python's `cryptography`, Airflow's FERNET_KEY, Django field encryption): 32 random
// bytes in URL-safe base64, 43 characters and `=`. Its assignment (`FERNET_KEY=…`) is the generic
// rules'; this one reads it in prose too, after the words "fernet key" (`the current fernet key in
// .env is …`), where a chat with an assistant writes it.
export default defineRule({
  id: 'fernet-key',
  category: 'secret',
  description: "Fernet key (43 URL-safe base64 characters and '=') after the words 'fernet key'",
  keywords: ['fernet'],
  window: { before: 8, after: 120 },
  // (A rotation's list too, new key first: Airflow's `fernet_key = <new>,<old>`; group 2 reads each later one.)
  pattern: /\bfernet[ _.-]?keys?\b[^\n=:]{0,40}?(?:[:=]|\bis\b)[ \t]*["'\x60]?([A-Za-z0-9_-]{43}=)(?![\w=-])|,(?<=\bfernet[ _.-]?keys?\b[^\n=:]{0,40}?[:=][ \t]*["'\x60]?(?:[A-Za-z0-9_-]{43}=, ?){0,3}[A-Za-z0-9_-]{43}=,) ?([A-Za-z0-9_-]{43}=)(?![\w=-])/giu,
  secretGroup: [1, 2],
  validate: (s) => hasCharClasses(s, 3) && looksRandom(s.slice(0, -1), 4.5),
  envName: 'FERNET_KEY',
  references: ['https://cryptography.io/en/latest/fernet/', 'https://github.com/fernet/spec/blob/master/Spec.md'],
  examples: {
    positive: [
      `[core]\nfernet_key = ${fake('{w43}', 101958)}=,${fake('{w43}', 101959)}=`,
      `also encrypt the ssn column. The current fernet key in .env is ${fake('{w43}', 101326)}=. Sample row below.`,
    ],
    negative: ['the fernet key in .env is ${FERNET_KEY}.', 'rotate the fernet key is on the list: AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA='],
  },
});
