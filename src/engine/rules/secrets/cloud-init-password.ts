import type { MatchContext } from '../../types';
import { defineRule, fake } from '../defineRule';
import { isCryptHash, isLiteralSecretValue } from './_generic';


/** The line is inside a `chpasswd:` block's `list: |` (within the ten lines above, all indented). */
function isInChpasswdList(ctx: MatchContext): boolean {
  const before = ctx.text.slice(Math.max(0, ctx.start - 1200), ctx.start);
  const lines = before.split('\n').slice(-12, -1).reverse();
  for (const line of lines) {
    if (/^[ \t]+list:[ \t]*\|/u.test(line)) return true;
    if (!/^[ \t]+\S/u.test(line)) return false;
  }
  return false;
}

// cloud-init's `chpasswd` module in its classic form sets passwords from a `list: |` of
// `user:password` lines (RANDOM asks it to make one up; crypt hashes are accepted too). Each line's
// password is group 1.
export default defineRule({
  id: 'cloud-init-password',
  category: 'secret',
  description: "Password in a cloud-init chpasswd list (user:password lines)",
  generic: true,
  keywords: ['chpasswd'],
  window: { before: 0, after: 800 },
  pattern: /:(?<=(?:^|\n)[ \t]{2,12}[a-z_][\w.-]{0,31}:)([^\s:]{4,128})(?=[ \t]*(?:\r?\n|$))/gu,
  secretGroup: 1,
  validate: (s, ctx) => s !== 'RANDOM' && s !== 'R' && !isCryptHash(s) && isInChpasswdList(ctx) && isLiteralSecretValue(s, true, 4),
  envName: 'USER_PASSWORD',
  references: ['https://cloudinit.readthedocs.io/en/latest/reference/modules.html#set-passwords'],
  examples: {
    positive: [
      `#cloud-config\nchpasswd:\n  list: |\n    ubuntu:${fake('{a9}', 605)}$974\n    deploy:${fake('{a14}', 606)}\n  expire: False\n`,
    ],
    negative: [
      '#cloud-config\nchpasswd:\n  list: |\n    ubuntu:RANDOM\n  expire: True\n',
      '#cloud-config\nchpasswd:\n  list: |\n    root:$6$rounds=4096$saltsalt$Wc0Gh2Jk8bQ1m3uF9s2XyZpQ7r1tV5w8\n',
      'chpasswd:\n  expire: false\nusers:\n  - name: ubuntu\n    lock_passwd: false\n',
    ],
  },
});
