import { defineRule, fake, minEntropy } from '../defineRule';
import { SESSION_NAMES } from './_cookies';

// A session cookie in a Netscape cookie file (cookies.txt: curl's -c jar, wget's, a browser
// extension's export, yt-dlp's --cookies): domain, include-subdomains, path, secure, expiry, name,
// value, one tab apart. Whoever loads the file is logged in as its owner.
export default defineRule({
  id: 'cookie-jar-session',
  category: 'secret',
  description: 'Session cookie in a Netscape cookies.txt file (curl -c, browser cookie exports)',
  keywords: ['\ttrue\t', '\tfalse\t'],
  window: { before: 600, after: 4200 },
  pattern: new RegExp(
    String.raw`(?<=^|\n)(?:#HttpOnly_)?\.?[\w.-]{1,253}\t(?:TRUE|FALSE)\t[^\t\n]{1,512}\t(?:TRUE|FALSE)\t\d{1,12}\t${SESSION_NAMES}\t([^\t\s]{16,4096})(?=\r?\n|$)`,
    'giu',
  ),
  secretGroup: 1,
  validate: (s) => minEntropy(s, 3.5),
  envName: 'SESSION_COOKIE',
  references: ['https://curl.se/docs/http-cookies.html'],
  examples: {
    positive: [
      `# Netscape HTTP Cookie File\n.github.com\tTRUE\t/\tTRUE\t1711584000\tuser_session\t${fake('{w48}', 201)}\n.github.com\tTRUE\t/\tTRUE\t1741564800\tlogged_in\tyes\n`,
      `#HttpOnly_acme.okta.com\tFALSE\t/\tTRUE\t1710460800\tsid\t${fake('{a25}', 202)}\n`,
      `shop.acme.io\tFALSE\t/\tFALSE\t0\tJSESSIONID\t${fake('{H32}', 206)}\n`,
    ],
    negative: [
      `.github.com\tTRUE\t/\tTRUE\t1741564800\tlogged_in\tyes\n.github.com\tTRUE\t/\tFALSE\t1741564800\t_octo\tGH1.1.${fake('{d9}', 203)}.${fake('{d10}', 204)}\n`,
      '.acme.io\tTRUE\t/\tTRUE\t1710460800\tsession\tdeleted\n',
      `.acme.io\tTRUE\t/\tTRUE\t1710460800\ttheme\t${fake('{a24}', 205)}\n`,
    ],
  },
});
