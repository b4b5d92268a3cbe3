import { native } from '../../scan/nativeRegex';
import { defineRule, fake } from '../defineRule';
import { isLiteralSecretValue } from './_generic';

const FILLER = native(/^(?:x+|\*+|password|changeme|<[^>]*>)$/iu);

// A password set on the command line with chpasswd, which reads `user:password` lines from its
// input: `echo 'deploy:…' | sudo chpasswd`, a here-string `chpasswd <<< "root:…"`, a cloud-init or
// Dockerfile `RUN echo "app:…" | chpasswd`. Shell histories and provisioning scripts keep them. An
// already-hashed line (`chpasswd -e`, a `$6$…` crypt string) is not the password.
export default defineRule({
  id: 'chpasswd-password',
  category: 'secret',
  description: "Password piped to chpasswd (echo 'user:password' | chpasswd)",
  keywords: ['chpasswd'],
  window: { before: 200, after: 200 },
  pattern:
    /(?:echo|printf)[ \t]+(?:-[en]+[ \t]+)?(["']?)[a-z_][\w.-]{0,31}:([^\s"'|:$`]{4,128})\1[ \t]*\|[ \t]*(?:sudo[ \t]+)?chpasswd(?![\w-])(?![ \t]+-(?:e|-encrypted))|chpasswd[ \t]*<<<[ \t]*(["']?)[a-z_][\w.-]{0,31}:([^\s"'|:$`]{4,128})\3/gu,
  secretGroup: [2, 4],
  validate: (s) => isLiteralSecretValue(s, true, 4) && !FILLER.test(s),
  envName: 'USER_PASSWORD',
  references: ['https://man7.org/linux/man-pages/man8/chpasswd.8.html'],
  examples: {
    positive: [
      `echo 'deploy:${fake('{a12}', 3601)}*98' | sudo chpasswd`,
      `RUN echo "app:${fake('{a10}', 3602)}!" | chpasswd`,
      `sudo chpasswd <<< "root:${fake('{a14}', 3603)}"`,
    ],
    negative: [
      "echo 'deploy:$DEPLOY_PASSWORD' | sudo chpasswd",
      "echo 'root:$6$rounds=5000$abcdefgh$ijkl' | chpasswd -e",
      "echo 'user:password' | chpasswd",
      'man chpasswd',
    ],
  },
});
