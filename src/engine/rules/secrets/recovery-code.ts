import { native } from '../../scan/nativeRegex';
import { defineRule, fake } from '../defineRule';

/** A list of recovery codes' label, then only codes and separators up to the match: the label's end is the list's start. */
const LIST_BEFORE = native(
  /(?:recovery|backup|2fa|mfa|one[ -]time|emergency)[ _-]?codes?[ \t]*(?:\([^()\n]{0,30}\))?[ \t]*[:=]?[ \t]*["'`[]?(?:[ \t,;"'`]*[0-9a-z]{4,8}-[0-9a-z]{4,8}["'`]?)*[ \t,;"'`]*$/iu,
);

// Two-factor recovery (backup) codes, as a service shows them once and a password manager's note
// keeps them: GitHub's ten `xxxxx-xxxxx` codes of hex digits, and other services' codes of two
// dashed groups of letters and digits. Each code signs in once in place of the second factor, so
// each is a credential. Only in a list after its label on the same line ("recovery codes:",
// "backup codes", "2FA codes"), nothing but other codes between; a code holds a digit (not a
// hyphenated word).
export default defineRule({
  id: 'recovery-code',
  category: 'secret',
  description: 'Two-factor recovery or backup code, in a list after its label',
  keywords: ['recovery code', 'backup code', '2fa code', 'mfa code', 'recovery_code', 'backup_code'],
  window: { before: 200, after: 200 },
  pattern: /(?<![\w-])[0-9a-z]{4,8}-[0-9a-z]{4,8}(?![\w-])/gu,
  validate: (s, ctx) => {
    if (!/\d/u.test(s)) return false;
    const line = ctx.text.slice(Math.max(0, ctx.start - 200), ctx.start);
    return LIST_BEFORE.test(line.slice(line.lastIndexOf('\n') + 1));
  },
  envName: 'RECOVERY_CODE',
  references: ['https://docs.github.com/en/authentication/securing-your-account-with-two-factor-authentication-2fa/configuring-two-factor-authentication-recovery-methods'],
  examples: {
    positive: [
      `GitHub (org owner),https://github.com,ops-admin,,recovery codes: ${fake('{h5}-{h5}', 101872)} ${fake('{h5}-{h5}', 101873)}\n`,
      `- backup codes: \`${fake('{h5}-{h5}', 101874)}\`, \`${fake('{h5}-{h5}', 101875)}\``,
    ],
    negative: [
      // a code without a label, a label with words after it, and placeholders of letters alone
      `build ${fake('{h5}-{h5}', 101876)} passed`,
      `recovery codes: see the vault, entry ${fake('{h5}-{h5}', 101877)}`,
      'backup codes: xxxxx-xxxxx',
    ],
  },
});
