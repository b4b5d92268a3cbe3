// Formatting helpers for building rule examples at runtime (grouped digits and the like), so
// identifier-shaped sample values never sit in the source as literals.

/** Splits `s` into groups of the given sizes joined by `sep`; the rest, if any, forms a last group. */
export function group(s: string, sizes: readonly number[], sep = ' '): string {
  const parts: string[] = [];
  let i = 0;
  for (const n of sizes) {
    if (i >= s.length) break;
    parts.push(s.slice(i, i + n));
    i += n;
  }
  if (i < s.length) parts.push(s.slice(i));
  return parts.join(sep);
}

/** Changes the last digit of a digit string (adds 1 modulo 10): a sure checksum failure. */
export function breakLastDigit(s: string): string {
  const last = s.charCodeAt(s.length - 1) - 48;
  if (last < 0 || last > 9) return s;
  return s.slice(0, -1) + String((last + 1) % 10);
}

/** An example built by a checksum helper that may find no check digit for its body: the value, or an error naming the body (examples use fixed bodies that have one). */
export function checked(value: string | undefined, body: string): string {
  if (value === undefined) throw new Error(`no check digit exists for ${body}`);
  return value;
}
