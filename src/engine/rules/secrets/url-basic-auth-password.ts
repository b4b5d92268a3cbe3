import { defineRule, fake } from '../defineRule';
import { credentialsUrlPattern, isRealUrlPassword } from './_connectionUrl';

export default defineRule({
  id: 'url-basic-auth-password',
  category: 'secret',
  description: 'Password in the user-info part of an http(s), ftp or smtp URL (user:password@host)',
  keywords: ['http', 'ftp', 'smtp'],
  // (The match starts at its scheme (`sftp` one character before its keyword); with the host its lookahead reads, it spans at most ~650 characters.)
  window: { before: 8, after: 680 },
  // http(s)|ftp(s)|sftp|smtp(s)://user:<password>@host (the password, group "pw", is the secret).
  // Generic: a provider token used as the password (https://x-access-token:ghp_…@github.com) is
  // reported by the provider's own rule instead.
  pattern: credentialsUrlPattern(String.raw`https?|ftps?|sftp|smtps?`, 1),
  secretGroup: 'pw',
  validate: isRealUrlPassword,
  generic: true,
  envName: 'URL_PASSWORD',
  references: ['https://www.rfc-editor.org/rfc/rfc3986#section-3.2.1', 'https://www.rfc-editor.org/rfc/rfc7617'],
  examples: {
    positive: [
      `git clone https://deploy:${fake('{a20}')}@git.acme.io/platform/api.git`,
      `PIP_INDEX_URL=https://ci-bot:${fake('Mv{a6}%{d2}', 2)}@pypi.acme.io/simple/`,
      `SMTP_URL=smtps://alerts%40acme.io:${fake('{a16}', 3)}@smtp.gmail.com:465`,
      `curl ftp://backup:${fake('{a12}', 4)}@ftp.acme.io/nightly.tar.gz`,
    ],
    negative: [
      'https://user@git.acme.io/platform/api.git',
      'https://user:password@example.org/path',
      '#     http://jschmoe:xyzzy@www.bogus.net:8000/foo/bar.tml?q=foo',
      'https://${GIT_USER}:${GIT_TOKEN}@git.acme.io/repo.git',
      'ftp://anonymous:guest@ftp.gnu.org/gnu/',
      'https://acme.io:8443/path?next=user@acme.io',
      'https://www.google.com/maps/@40.7,-74.0,12z',
      'http://admin:admin@192.168.0.1/',
      'https://:token@host.acme.io/',
    ],
  },
});
