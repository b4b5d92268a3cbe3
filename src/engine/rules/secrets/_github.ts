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

/** True when a 36-character token body ends with the checksum of its first 30 characters. */
export function hasValidTokenChecksum(body: string): boolean {
  if (body.length !== RANDOM_LENGTH + CHECKSUM_LENGTH) return false;
  return toTokenChecksum(body.slice(0, RANDOM_LENGTH)) === body.slice(RANDOM_LENGTH);
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
