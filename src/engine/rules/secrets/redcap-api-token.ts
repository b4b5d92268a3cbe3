import { defineRule, fake } from '../defineRule';
import { native } from '../../scan/nativeRegex';

/** Names before a hex value that say it is a digest or an id, not a token: `md5:`, `etag=`, `"guid":`. */
const NOT_A_TOKEN_KEY = /(?:md5|sha\d*|hash|digest|checksum|etag|guid|uuid|fingerprint|signature|salt|nonce|(?:record|event|project|survey|instance|file|doc|session|request|trace)[ _-]?id)["'`]?[ \t]{0,3}[:=]{0,2}[ \t]{0,3}["'`]?$/iu;

// A REDCap API token: 32 upper-case hex characters per user and project (a super token, which can
// create projects, has 64). REDCap shows it so on the user's API page, and scripts, .env files and
// R or SAS code carry it beside the instance's `/redcap/api/` URL. Upper-case hex alone is also a
// GUID without dashes or an MD5 digest, so the rule asks for the word REDCap nearby (its keyword
// window) and leaves values named as digests or ids alone.
export default defineRule({
  id: 'redcap-api-token',
  category: 'secret',
  description: 'REDCap API token (32 or 64 upper-case hex characters near the word REDCap)',
  keywords: ['redcap'],
  window: { before: 400, after: 400 },
  // NOTE: the first hex digit is consumed before the lookbehind (a leading lookbehind would run at every position).
  pattern: /[0-9A-F](?<![0-9A-Za-z][0-9A-F])[0-9A-F]{31}(?:[0-9A-F]{32})?(?![0-9A-Za-z])/gu,
  validate: (s, ctx) => {
    if (!/[A-F]/u.test(s) || (s.match(/\d/gu) ?? []).length < 4 || /^(.)\1+$|0{8}/u.test(s)) return false;
    return !native(NOT_A_TOKEN_KEY).test(ctx.text.slice(Math.max(0, ctx.start - 24), ctx.start));
  },
  envName: 'REDCAP_API_TOKEN',
  references: ['https://redcap.vanderbilt.edu/api/help/', 'https://projectredcap.org/software/'],
  examples: {
    positive: [
      `REDCAP_API_URL=https://redcap.example.org/api/\nREDCAP_TOKEN_MAIN=${fake('{H32}', 7320)}\n`,
      `rcon <- redcapConnection(url = "https://redcap.example.org/redcap/api/", token = "${fake('{H32}', 7321)}")`,
      `| REDCap super API token | project creation | \`${fake('{H64}', 7322)}\` |`,
      `import requests  # REDCap export\nTOKENS = {\n    "main": "${fake('{H32}', 7323)}",\n}`,
    ],
    negative: [
      // an upper-case digest or id, without REDCap near
      `ETag: ${fake('{H32}', 7324)}`,
      // named as a digest in a REDCap script
      `# REDCap export\nfile_md5 = "${fake('{H32}', 7325)}"`,
      // lower-case hex is no REDCap token
      `REDCAP_TOKEN=${fake('{h32}', 7326)}`,
      'REDCAP_TOKEN=${REDCAP_TOKEN}',
    ],
  },
});
