import { defineRule, fake } from '../defineRule';
import { native } from '../../scan/nativeRegex';

/** Logins that name a role or a service rather than a person. */
const ROLE_LOGIN = native(/^(?:admin|administrator|root|user|test|guest|demo|deploy|deployer|ci|bot|api|app|service|monitor|monitoring|metrics|prometheus|grafana|backup|staging|dev|ops|support|webmaster|www-data|nginx|apache)\d{0,3}$/u);

// A user of an Apache or nginx password file (.htpasswd, `htpasswd -n`): `name:<hash>` with an
// apr1 (MD5), bcrypt, SHA-256/512 crypt or {SHA} hash. Its users are people's logins, not the
// service accounts a role names (`admin`, `deploy`, `prometheus`).
export default defineRule({
  id: 'htpasswd-user',
  category: 'pii',
  // Decision (fifty-second session): opt-in, as all login rules are. Over the nine held-out corpora
  // of the fifty-first and fifty-second sessions, the login rules' findings were 0 true: writers
  // label names, not logins (docs/performance-and-accuracy-history.md, "Logins are opt-in").
  optIn: true,
  description: "A person's login in an .htpasswd line (name:$apr1$…, name:$2y$…, name:{SHA}…)",
  keywords: [':$apr1$', ':$2y$', ':$2a$', ':$2b$', ':$5$', ':$6$', ':{sha}'],
  window: { before: 40, after: 8 },
  pattern: /(?<=^|\n)[a-z][a-z0-9._-]{1,31}(?=:(?:\$(?:apr1|2[aby]|5|6)\$|\{SHA\}))/gu,
  validate: (s) => !ROLE_LOGIN.test(s),
  redactAs: 'user',
  references: ['https://httpd.apache.org/docs/current/misc/password_encryptions.html'],
  examples: {
    positive: [
      `jkowalczyk:$apr1$${fake('{a8}', 221)}$${fake('{b22}', 222).replace(/\+/gu, '.')}\nmlindqvist:$apr1$${fake('{a8}', 223)}$${fake('{b22}', 224).replace(/\+/gu, '.')}\n`,
      `# /etc/nginx/.htpasswd_grafana\nr.okafor:$2y$10$${fake('{a53}', 225)}\n`,
    ],
    negative: [`admin:$apr1$${fake('{a8}', 226)}$${fake('{b22}', 227).replace(/\+/gu, '.')}\n`, `prometheus:{SHA}${fake('{b27}', 228)}=\n`, 'url: https://user:$PASSWORD@host/path'],
  },
});
