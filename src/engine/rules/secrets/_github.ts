import { base62, crc32, fake } from '../defineRule';

/**
 * Checksum helpers for the GitHub-style token format (also used by npm): a prefix, 30 random
 * base62 characters, then 6 characters that are base62(crc32(random part)), left-padded with '0'.
 * See https://github.blog/2021-04-05-behind-githubs-new-authentication-token-formats/
 */

/** Length of the random part of a checksummed 36-character token body. */
const RANDOM_LENGTH = 30;
/** Length of the base62 CRC-32 suffix. */
const CHECKSUM_LENGTH = 6;

/** The base62 CRC-32 checksum of a token's random part, as it appears at the token's end. */
export function toTokenChecksum(random: string): string {
  return base62(crc32(random), CHECKSUM_LENGTH);
}

/** Upper case to lower and back: base62 with its letters' order swapped (`0-9a-zA-Z`) writes each digit so. */
function swapCase(s: string): string {
  return s.replace(/[A-Za-z]/gu, (c) => (c === c.toUpperCase() ? c.toLowerCase() : c.toUpperCase()));
}

/**
 * True when a 36-character token body ends with the checksum of its first 30 characters.
 * Decision: the checksum is accepted in either base62 digit order. GitHub's post does not print its
 * alphabet; the common libraries write `0-9A-Za-z` (ours) and some generators `0-9a-zA-Z`, which
 * swaps the case of the same digits (tokens made with it went unreported in a held-out corpus). A
 * random tail matches one of the two by chance once in 28 billion.
 */
export function hasValidTokenChecksum(body: string): boolean {
  if (body.length !== RANDOM_LENGTH + CHECKSUM_LENGTH) return false;
  const expected = toTokenChecksum(body.slice(0, RANDOM_LENGTH));
  const written = body.slice(RANDOM_LENGTH);
  return written === expected || written === swapCase(expected);
}

/** The same token with its checksum written in the other base62 digit order (`0-9a-zA-Z`). */
export function withSwappedChecksumCase(token: string): string {
  return token.slice(0, -CHECKSUM_LENGTH) + swapCase(token.slice(-CHECKSUM_LENGTH));
}

/** True when `token` is `prefix` followed by a body with a valid checksum. */
export function isChecksummedToken(token: string, prefix: string): boolean {
  return token.startsWith(prefix) && hasValidTokenChecksum(token.slice(prefix.length));
}

/**
 * Builds a fake token with a valid checksum, deterministically from the prefix (and seed), so
 * rule examples exercise the validator without a literal token in the source.
 */
export function fakeChecksummedToken(prefix: string, seed?: number): string {
  const random = fake(`${prefix}{a${RANDOM_LENGTH}}`, seed).slice(prefix.length);
  return prefix + random + toTokenChecksum(random);
}

/** The same token with its last character changed, so that its checksum no longer matches. */
export function breakChecksum(token: string): string {
  const last = token.slice(-1);
  return token.slice(0, -1) + (last === 'A' ? 'B' : 'A');
}
