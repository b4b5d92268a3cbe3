import { wordlist } from '@scure/bip39/wordlists/english';
import { defineRule } from '../defineRule';
import { sha256Bytes } from '../../scan/fingerprint';

/** The BIP39 English words, each to its 11-bit index (built on first use). */
let indexes: Map<string, number> | undefined;

/** Lengths of a BIP39 mnemonic: 128 to 256 bits of entropy, a word per 11 bits. */
const LENGTHS = new Set([12, 15, 18, 21, 24]);

/**
 * A BIP39 mnemonic: every word on the English list, and the checksum (the first bits of the
 * SHA-256 of the entropy) right. One run of random words in 16 passes the checksum by chance,
 * and prose almost never runs to twelve list words in a row. Not a mnemonic whose words repeat
 * (the public test phrases `test test … junk`, `abandon … about`), nor one whose entropy does.
 */
function isMnemonic(words: readonly string[]): boolean {
  if (!LENGTHS.has(words.length)) return false;
  indexes ??= new Map(wordlist.map((w, i) => [w, i]));
  const counts = new Map<string, number>();
  let bits = '';
  for (const w of words) {
    const i = indexes.get(w);
    if (i === undefined) return false;
    const n = (counts.get(w) ?? 0) + 1;
    if (n * 3 > words.length) return false;
    counts.set(w, n);
    bits += i.toString(2).padStart(11, '0');
  }
  const checksumBits = words.length / 3;
  const entropy = new Uint8Array((bits.length - checksumBits) / 8);
  for (let i = 0; i < entropy.length; i++) entropy[i] = parseInt(bits.slice(i * 8, i * 8 + 8), 2);
  // Entropy that repeats a few bytes (0x7f7f…, 0x8080…: the reference test vectors' `legal winner
  // thank year …` and `letter advice cage …`, which libraries' docs and tests print) was chosen, not drawn.
  if (isPeriodic(entropy, 4)) return false;
  const hash = sha256Bytes(entropy);
  const expected = parseInt(hash.slice(0, 2), 16).toString(2).padStart(8, '0').slice(0, checksumBits);
  return bits.slice(-checksumBits) === expected;
}

/** Whether `bytes` repeat a block of at most `maxPeriod` bytes from start to end. */
function isPeriodic(bytes: Uint8Array, maxPeriod: number): boolean {
  for (let p = 1; p <= maxPeriod; p++) {
    let i = p;
    while (i < bytes.length && bytes[i] === bytes[i - p]) i++;
    if (i === bytes.length) return true;
  }
  return false;
}

/** Whether the words start with a mnemonic of one of the lengths, longest first (a phrase followed by more words in a chat). */
function leadingMnemonic(words: readonly string[]): boolean {
  for (const n of [24, 21, 18, 15, 12]) if (n <= words.length && isMnemonic(words.slice(0, n))) return true;
  return false;
}

/** Example phrases, made here from fixed entropy so that no real wallet's words sit in the source. */
function samplePhrase(seed: number, length = 12): string {
  const entropyBytes = (length * 11 - length / 3) / 8;
  const entropy = new Uint8Array(entropyBytes);
  for (let i = 0; i < entropyBytes; i++) entropy[i] = (seed * 131 + i * 71 + ((i * i) % 29)) & 0xff;
  let bits = '';
  for (const b of entropy) bits += b.toString(2).padStart(8, '0');
  bits += parseInt(sha256Bytes(entropy).slice(0, 2), 16).toString(2).padStart(8, '0').slice(0, length / 3);
  const out: string[] = [];
  for (let i = 0; i < length; i++) out.push(wordlist[parseInt(bits.slice(i * 11, i * 11 + 11), 2)] as string);
  return out.join(' ');
}

// A wallet's recovery phrase (BIP39 seed words): 12 to 24 words of the English list with a valid
// checksum, after a keyword (`mnemonic`, `seed`, `recovery phrase`) and a colon, a quote or an
// equals sign, as configs (`MNEMONIC="…"`) and panicked support chats write it. Whoever has the
// words has the wallet, and they cannot be rotated.
export default defineRule({
  id: 'bip39-mnemonic',
  category: 'secret',
  description: 'Wallet recovery phrase (BIP39 mnemonic, checksum verified)',
  keywords: ['mnemonic', 'seed', 'phrase', 'recovery', 'words', 'wallet', 'palavras', 'frase', 'semilla', 'woerter'],
  window: { before: 40, after: 600 },
  // (Twelve words or more, each 3-8 lower-case letters, one space apart, after a separator. The
  // checksum decides.)
  pattern: /[a-z](?<=(?:^|[:="'`>\uff1a\u3001])[ \t]{0,3}[a-z])[a-z]{2,7}(?: [a-z]{3,8}){11,23}(?![A-Za-z])/gmu,
  validate: (s) => leadingMnemonic(s.split(' ')),
  redactAs: 'mnemonic',
  envName: 'WALLET_MNEMONIC',
  references: ['https://github.com/bitcoin/bips/blob/master/bip-0039.mediawiki'],
  examples: {
    positive: [
      `DISTRIBUTOR_MNEMONIC="${samplePhrase(1, 24)}"`,
      `pls tell me if my wallet is still safe, this is my recovery phrase: ${samplePhrase(2)}`,
      `accounts: { mnemonic: "${samplePhrase(3)}" },`,
    ],
    negative: [
      'accounts: { mnemonic: "test test test test test test test test test test test junk" },',
      'mnemonic: "abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon about"',
      // the reference test vectors of entropy 0x7f7f… and 0x8080…, as libraries' docs print them
      " * const mnem = 'legal winner thank year wave sausage worth useful legal winner thank yellow';",
      'mnemonic = "letter advice cage absurd amount doctor acoustic avoid letter advice cage above"',
      // a checksum that fails: the last word of a valid phrase changed
      `MNEMONIC="${samplePhrase(4).replace(/ \w+$/u, ' zoo')}"`,
      'seed phrase: the words you wrote down when you made the wallet are never asked for by support',
      'export const RESTORE_PLACEHOLDER = "word1 word2 word3 … word12";',
    ],
  },
});
