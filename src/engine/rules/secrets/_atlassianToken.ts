// Shared by the Atlassian API token and access token rules. Files starting with `_` are not rules.
import { crc32, fake } from '../defineRule';

/**
 * Builds an example token in the observed layout: a 12-character header, 171 base64url characters,
 * `=` and the CRC32 (upper-case hex) of everything before it.
 */
export function sampleAtlassianToken(header: string, seed: number): string {
  const head = `${header}${fake('{w171}', seed)}=`;
  return head + crc32(head).toString(16).toUpperCase().padStart(8, '0');
}
