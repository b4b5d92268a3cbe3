import { defineRule, fake } from '../defineRule';
import { isLiteralSecretValue } from './_generic';

// ~/.netrc and _netrc: `machine <host> login <user> password <secret>`, on one line or spread over
// several (curl, git, ftp, pip and Heroku's CLI read it).
export default defineRule({
  id: 'netrc-password',
  category: 'secret',
  description: 'Password in a .netrc entry (machine … login … password …)',
  keywords: ['machine'],
  window: { before: 0, after: 400 },
  pattern: /\bmachine[ \t]+[\w.-]{1,253}(?:\s+(?:login|account|port)[ \t]+\S{1,128}){0,3}\s+password[ \t]+(\S{4,256})/gu,
  secretGroup: 1,
  // (A .netrc holds no code: a dot in the value is no member access, `e.Kq8vLm2pR9`. A bare word is
  // still no password: the docs' `password qwerty`.)
  validate: (s) => isLiteralSecretValue(s.replace(/\./gu, '_'), false, 4) && !/^(?:<[^>]*>|x+|\*+|password|changeme)$/iu.test(s),
  envName: 'NETRC_PASSWORD',
  references: ['https://everything.curl.dev/usingcurl/netrc.html'],
  examples: {
    positive: [
      `machine ftp.partner-logistik.de\n  login fahrwerk_upload\n  password ${fake('{a12}', 1)}*_iX^B2`,
      `machine api.heroku.com login ops@acme.io password ${fake('{a24}', 2)}`,
      `machine artifacts.build-mirror.net\n  login ci-reader\n  password k.${fake('{a14}', 100943)}\n`,
    ],
    negative: ['machine example.com login user password <password>', 'machine imap login carol port imaps password carolknows', 'machine learning models need a password policy', 'machine db login app password ${DB_PASSWORD}', 'machine files.ledgerwren.io login callum password hunter2'],
  },
});
