const K = new Uint32Array([
  0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1, 0x923f82a4, 0xab1c5ed5, 0xd807aa98,
  0x12835b01, 0x243185be, 0x550c7dc3, 0x72be5d74, 0x80deb1fe, 0x9bdc06a7, 0xc19bf174, 0xe49b69c1, 0xefbe4786,
  0x0fc19dc6, 0x240ca1cc, 0x2de92c6f, 0x4a7484aa, 0x5cb0a9dc, 0x76f988da, 0x983e5152, 0xa831c66d, 0xb00327c8,
  0xbf597fc7, 0xc6e00bf3, 0xd5a79147, 0x06ca6351, 0x14292967, 0x27b70a85, 0x2e1b2138, 0x4d2c6dfc, 0x53380d13,
  0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85, 0xa2bfe8a1, 0xa81a664b, 0xc24b8b70, 0xc76c51a3, 0xd192e819,
  0xd6990624, 0xf40e3585, 0x106aa070, 0x19a4c116, 0x1e376c08, 0x2748774c, 0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a,
  0x5b9cca4f, 0x682e6ff3, 0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208, 0x90befffa, 0xa4506ceb, 0xbef9a3f7,
  0xc67178f2,
]);

const encoder = new TextEncoder();
const W = new Uint32Array(64);
const H = new Uint32Array(8);
const H0 = [0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a, 0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19];

/** One 64-byte block, reused for the padded message of a short ASCII input (most inputs here). */
const BLOCK = new Uint8Array(64);
/** Two hex digits for each byte value. */
const HEX_BYTE = Array.from({ length: 256 }, (_, i) => i.toString(16).padStart(2, '0'));

/** SHA-256 of a string (UTF-8), as lower-case hex. Pure TypeScript so the engine needs no `node:crypto`. */
export function sha256Hex(input: string): string {
  const n = input.length;
  // An ASCII string of up to 55 characters pads into one block: written straight into BLOCK
  // (no encoder, no allocation). A filter hashes every generic value it checks.
  if (n <= 55) {
    let ascii = true;
    for (let i = 0; i < n; i++) {
      const c = input.charCodeAt(i);
      if (c > 0x7f) {
        ascii = false;
        break;
      }
      BLOCK[i] = c;
    }
    if (ascii) {
      BLOCK.fill(0, n);
      BLOCK[n] = 0x80;
      const bits = n * 8;
      BLOCK[62] = bits >>> 8;
      BLOCK[63] = bits & 0xff;
      return digestHex(BLOCK);
    }
  }
  return sha256Bytes(encoder.encode(input));
}

/** SHA-256 of bytes, as lower-case hex (a BIP39 mnemonic's checksum is over its entropy's bytes). */
export function sha256Bytes(data: Uint8Array): string {
  const bitLen = data.length * 8;
  const blocks = (data.length + 9 + 63) >> 6;
  const padded = new Uint8Array(blocks << 6);
  padded.set(data);
  padded[data.length] = 0x80;
  const last = padded.length;
  const hi = Math.floor(bitLen / 2 ** 32);
  const lo = bitLen >>> 0;
  padded[last - 8] = hi >>> 24;
  padded[last - 7] = (hi >>> 16) & 0xff;
  padded[last - 6] = (hi >>> 8) & 0xff;
  padded[last - 5] = hi & 0xff;
  padded[last - 4] = lo >>> 24;
  padded[last - 3] = (lo >>> 16) & 0xff;
  padded[last - 2] = (lo >>> 8) & 0xff;
  padded[last - 1] = lo & 0xff;
  return digestHex(padded);
}

/** The digest of a message already padded to whole blocks, as lower-case hex. */
function digestHex(padded: Uint8Array): string {
  const h = H;
  for (let i = 0; i < 8; i++) h[i] = H0[i] as number;
  const w = W;
  for (let off = 0; off < padded.length; off += 64) {
    for (let i = 0; i < 16; i++) {
      const j = off + i * 4;
      w[i] = (((padded[j] as number) << 24) | ((padded[j + 1] as number) << 16) | ((padded[j + 2] as number) << 8) | (padded[j + 3] as number)) >>> 0;
    }
    for (let i = 16; i < 64; i++) {
      const a = w[i - 15] as number;
      const b = w[i - 2] as number;
      const s0 = ((a >>> 7) | (a << 25)) ^ ((a >>> 18) | (a << 14)) ^ (a >>> 3);
      const s1 = ((b >>> 17) | (b << 15)) ^ ((b >>> 19) | (b << 13)) ^ (b >>> 10);
      w[i] = ((w[i - 16] as number) + s0 + (w[i - 7] as number) + s1) >>> 0;
    }
    let a = h[0] as number;
    let b = h[1] as number;
    let c = h[2] as number;
    let d = h[3] as number;
    let e = h[4] as number;
    let f = h[5] as number;
    let g = h[6] as number;
    let hh = h[7] as number;
    for (let i = 0; i < 64; i++) {
      const S1 = ((e >>> 6) | (e << 26)) ^ ((e >>> 11) | (e << 21)) ^ ((e >>> 25) | (e << 7));
      const ch = (e & f) ^ (~e & g);
      const t1 = (hh + S1 + ch + (K[i] as number) + (w[i] as number)) >>> 0;
      const S0 = ((a >>> 2) | (a << 30)) ^ ((a >>> 13) | (a << 19)) ^ ((a >>> 22) | (a << 10));
      const maj = (a & b) ^ (a & c) ^ (b & c);
      const t2 = (S0 + maj) >>> 0;
      hh = g;
      g = f;
      f = e;
      e = (d + t1) >>> 0;
      d = c;
      c = b;
      b = a;
      a = (t1 + t2) >>> 0;
    }
    h[0] = ((h[0] as number) + a) >>> 0;
    h[1] = ((h[1] as number) + b) >>> 0;
    h[2] = ((h[2] as number) + c) >>> 0;
    h[3] = ((h[3] as number) + d) >>> 0;
    h[4] = ((h[4] as number) + e) >>> 0;
    h[5] = ((h[5] as number) + f) >>> 0;
    h[6] = ((h[6] as number) + g) >>> 0;
    h[7] = ((h[7] as number) + hh) >>> 0;
  }
  let out = '';
  for (let i = 0; i < 8; i++) {
    const x = h[i] as number;
    out += (HEX_BYTE[x >>> 24] as string) + (HEX_BYTE[(x >>> 16) & 0xff] as string) + (HEX_BYTE[(x >>> 8) & 0xff] as string) + (HEX_BYTE[x & 0xff] as string);
  }
  return out;
}

/** The default salt. Teams set their own in the policy so fingerprints can't be compared across teams. */
export const DEFAULT_FINGERPRINT_SALT = 'prompt-hygiene/v1';

/**
 * A finding's fingerprint: salted SHA-256 of rule id and value, first 16 hex digits.
 * No line numbers, so it survives edits and merges; it cannot be reversed into the value.
 */
export function toFingerprint(ruleId: string, value: string, salt: string = DEFAULT_FINGERPRINT_SALT): string {
  return sha256Hex(`${salt}\u0000${ruleId}\u0000${value}`).slice(0, 16);
}
