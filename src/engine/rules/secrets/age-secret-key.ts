import { defineRule, fake } from '../defineRule';

const CHARSET = 'qpzry9x8gf2tvdw0s3jn54khce6mua7l';
const GEN = [0x3b6a57b2, 0x26508e6d, 0x1ea119fa, 0x3d4233dd, 0x2a1462b3];

function polymod(values: readonly number[]): number {
  let chk = 1;
  for (const v of values) {
    const top = chk >>> 25;
    chk = (((chk & 0x1ffffff) << 5) ^ v) >>> 0;
    for (let i = 0; i < 5; i++) if ((top >>> i) & 1) chk = (chk ^ (GEN[i] as number)) >>> 0;
  }
  return chk;
}

function hrpExpand(hrp: string): number[] {
  const out: number[] = [];
  for (let i = 0; i < hrp.length; i++) out.push(hrp.charCodeAt(i) >> 5);
  out.push(0);
  for (let i = 0; i < hrp.length; i++) out.push(hrp.charCodeAt(i) & 31);
  return out;
}

/** True when a bech32 string (any case) carries a valid BIP-173 checksum. */
function isBech32(s: string): boolean {
  const lower = s.toLowerCase();
  const sep = lower.lastIndexOf('1');
  if (sep < 1) return false;
  const data: number[] = [];
  for (const ch of lower.slice(sep + 1)) {
    const v = CHARSET.indexOf(ch);
    if (v < 0) return false;
    data.push(v);
  }
  return polymod([...hrpExpand(lower.slice(0, sep)), ...data]) === 1;
}

/** Builds a checksummed age identity from a fake 52-character data part, for the examples. */
function sampleKey(hrp: string, template: string): string {
  const data = [...fake(template).toLowerCase()].map((c) => CHARSET.indexOf(c) & 31);
  const mod = polymod([...hrpExpand(hrp), ...data, 0, 0, 0, 0, 0, 0]) ^ 1;
  const check: number[] = [];
  for (let i = 0; i < 6; i++) check.push((mod >>> (5 * (5 - i))) & 31);
  return `${hrp}1${[...data, ...check].map((v) => CHARSET[v]).join('')}`.toUpperCase();
}

const KEY = sampleKey('age-secret-key-', '{l52}');

export default defineRule({
  id: 'age-secret-key',
  category: 'secret',
  description: 'age encryption identity (AGE-SECRET-KEY-1…)',
  keywords: ['age-secret-key-'],
  // AGE-SECRET-KEY-1 (or the post-quantum AGE-SECRET-KEY-PQ-1) + bech32 data and 6-char checksum,
  // upper case; 58 characters for the 32-byte X25519 identity
  pattern: /(?<![\w]|(?<!:)-)AGE-SECRET-KEY-(?:PQ-)?1[QPZRY9X8GF2TVDW0S3JN54KHCE6MUA7L]{58,120}(?![\w-])/gu,
  validate: (s) => isBech32(s),
  publicPrefix: 16,
  envName: 'SOPS_AGE_KEY',
  references: [
    'https://github.com/C2SP/C2SP/blob/main/age.md#the-x25519-recipient-type',
    'https://github.com/FiloSottile/age#readme',
  ],
  examples: {
    positive: [
      `# created: 2024-05-01T10:00:00Z\n# public key: age1example\n${KEY}`,
      `SOPS_AGE_KEY=${KEY}`,
    ],
    negative: [
      // one flipped character breaks the bech32 checksum
      `SOPS_AGE_KEY=${KEY.slice(0, -1)}${KEY.endsWith('Q') ? 'P' : 'Q'}`,
      'AGE-SECRET-KEY-1QQQQQQQQQQ',
      `recipient: age1${KEY.slice(16).toLowerCase()}`,
      'AGE-SECRET-KEY-1<your-key-here>',
    ],
  },
});
