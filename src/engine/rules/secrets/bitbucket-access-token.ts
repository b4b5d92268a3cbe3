import { crc32, defineRule, fake } from '../defineRule';

const PREFIX = 'ATCTT3xFfGN0';

/** The Atlassian-style checksum: CRC-32 of everything before the `=`, as 8 upper-case hex digits. */
function toChecksum(head: string): string {
  return crc32(head).toString(16).toUpperCase().padStart(8, '0');
}

/** A fake repository access token with a valid checksum. */
function fakeAccessToken(seed?: number): string {
  const head = PREFIX + fake('{w171}', seed);
  return `${head}=${toChecksum(head)}`;
}

export default defineRule({
  id: 'bitbucket-access-token',
  category: 'secret',
  description: 'Bitbucket repository, project or workspace access token (ATCTT3xFfGN0…)',
  keywords: ['atctt3xffgn0'],
  // ATCTT3xFfGN0 + 150-250 base64url characters + "=" + 8 upper-case hex digits, which are the
  // CRC-32 of everything before the "=" (observed on revoked tokens).
  pattern: /(?<![\w]|(?<!:)-)ATCTT3xFfGN0[\w-]{150,250}=[0-9A-F]{8}(?![\w=-])/gu,
  validate: (s) => {
    const eq = s.lastIndexOf('=');
    return toChecksum(s.slice(0, eq)) === s.slice(eq + 1);
  },
  publicPrefix: 12,
  envName: 'BITBUCKET_ACCESS_TOKEN',
  references: [
    'https://support.atlassian.com/bitbucket-cloud/docs/access-tokens/',
    'https://developer.atlassian.com/cloud/bitbucket/rest/intro/#access-tokens',
  ],
  examples: {
    positive: [
      `curl -H "Authorization: Bearer ${fakeAccessToken(4)}" https://api.bitbucket.org/2.0/repositories/acme`,
      `git clone https://x-token-auth:${fakeAccessToken()}@bitbucket.org/acme/app.git`,
    ],
    negative: [
      `BITBUCKET_TOKEN=${fakeAccessToken().slice(0, -1)}0`,
      `BITBUCKET_TOKEN=${PREFIX}${fake('{w100}')}=0A1B2C3D`,
      `BITBUCKET_TOKEN=${fake('ATATT3xFfGF0{w171}')}`,
      `BITBUCKET_TOKEN=${fake('ATBB{a32}')}`,
    ],
  },
});
