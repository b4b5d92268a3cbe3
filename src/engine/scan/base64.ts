// A small base64 codec for the engine, which runs without Node's Buffer: the rules decode tokens
// whose payload is base64 (JWT-like keys, Docker auths, Kubernetes data) and the shared filters
// decode values that may spell a stand-in's words.

const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

/**
 * Decodes standard or URL-safe base64 (padding optional) into a binary string, one char per byte.
 * Returns undefined for anything that isn't base64.
 */
export function decodeBase64(input: string): string | undefined {
  const s = input.replace(/=+$/u, '').replace(/-/gu, '+').replace(/_/gu, '/');
  if (s.length % 4 === 1 || /[^A-Za-z0-9+/]/u.test(s)) return undefined;
  let out = '';
  let buf = 0;
  let bits = 0;
  for (let i = 0; i < s.length; i++) {
    buf = ((buf << 6) | B64.indexOf(s.charAt(i))) & 0xffffff;
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      out += String.fromCharCode((buf >> bits) & 0xff);
    }
  }
  return out;
}

/** Encodes a binary string (one char per byte) as base64; `url` gives the URL-safe alphabet without padding. */
export function encodeBase64(input: string, url = false): string {
  let out = '';
  for (let i = 0; i < input.length; i += 3) {
    const a = input.charCodeAt(i);
    const b = i + 1 < input.length ? input.charCodeAt(i + 1) : 0;
    const c = i + 2 < input.length ? input.charCodeAt(i + 2) : 0;
    const n = (a << 16) | (b << 8) | c;
    out += B64.charAt((n >> 18) & 63) + B64.charAt((n >> 12) & 63);
    out += i + 1 < input.length ? B64.charAt((n >> 6) & 63) : '=';
    out += i + 2 < input.length ? B64.charAt(n & 63) : '=';
  }
  return url ? out.replace(/\+/gu, '-').replace(/\//gu, '_').replace(/=+$/u, '') : out;
}
