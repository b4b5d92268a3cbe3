import { native } from '../../scan/nativeRegex';
import { defineRule, fake } from '../defineRule';

/** Words that name an app password within the 160 characters before one. */
const APP_PASSWORD_CONTEXT = native(
  /app(?:lication)?[ _-]?pass(?:word)?s?|contrase(?:ñ|n)a(?:s)? de aplicaci(?:ó|o)n|senha(?:s)? de app|app-passw(?:o|ö)rt|mot de passe d.application|password (?:per|per le) app|smtp_?pass|mail_?pass|wpms_smtp_pass/iu,
);

// Passwords that a service generates for one app to sign in with, in the shapes the services show:
// Google's app password (16 lower-case letters in four groups, for SMTP and IMAP clients:
// `abcd efgh ijkl mnop`) and WordPress's application password (24 letters and digits in six groups,
// for its REST API: `AbC1 dEf2 …`). Both are whole credentials and are pasted with their spaces.
// Four-letter groups also occur in prose, so an app password's name must come first, within 160
// characters: "app password", "Application Passwords", an SMTP password's constant, their Spanish,
// Portuguese, German, French and Italian names.
export default defineRule({
  id: 'app-password',
  category: 'secret',
  description: "Google app password or WordPress application password (groups of four, after an app password's name)",
  keywords: ['app password', 'application password', 'app_password', 'apppassword', 'app-passw', 'aplicaci', 'senha de app', 'mot de passe d', 'smtp_pass', 'mail_pass', 'smtppass'],
  window: { before: 170, after: 60 },
  pattern: /(?<![\w]|(?<!:)-)(?:[a-z]{4}(?: [a-z]{4}){3}|[A-Za-z0-9]{4}(?: [A-Za-z0-9]{4}){5})(?![\w-])/gu,
  validate: (s, ctx) => {
    // A WordPress password mixes cases and digits; four lower-case words of four letters are a
    // Google app password only when no group is a common word (`that will make sure`).
    if (s.length > 19 ? !(/[A-Z]/u.test(s) && /[a-z]/u.test(s) && /\d/u.test(s)) : COMMON_FOUR.test(s)) return false;
    // A documentation's sample: a group that runs through the alphabet or repeats one character (`abcd efgh ijkl mnop`).
    if (s.split(' ').some(isRunOrRepeat)) return false;
    return APP_PASSWORD_CONTEXT.test(ctx.text.slice(Math.max(0, ctx.start - 160), ctx.start));
  },
  envName: 'APP_PASSWORD',
  references: ['https://support.google.com/accounts/answer/185833', 'https://make.wordpress.org/core/2020/11/05/application-passwords-integration-guide/'],
  examples: {
    positive: [
      `define( 'WPMS_SMTP_PASS', '${fake('{L4} {L4} {L4} {L4}', 1)}' );`,
      `The site sends mail with a Gmail app password: \`${fake('{L4} {L4} {L4} {L4}', 2)}\`.`,
      `I created an application password for my user: editor01 / ${fake('{a4} {a4} {a4} {a4} {a4} {a4}', 3).replace(/^./u, 'K').replace(/.$/u, '7')}`,
    ],
    negative: [
      'Create an app password and paste it here: xxxx xxxx xxxx xxxx',
      'app password: that will make sure',
      `backup codes ${fake('{L4} {L4} {L4} {L4}', 4)} in the vault`,
      'the app password is shown once, as four groups of four letters',
      'Gmail app password, e.g. `abcd efgh ijkl mnop`',
    ],
  },
});

/** Four-letter groups that read as English words: prose, not a generated password. */
const COMMON_FOUR = native(/\b(?:that|this|with|will|make|sure|have|from|your|they|them|then|than|when|what|were|been|into|only|also|just|like|some|more|here|there|four|code|name|once|each|shown|time|xxxx)\b/u);

/** Whether a group's characters step up the alphabet one by one, or are one character repeated. */
function isRunOrRepeat(group: string): boolean {
  let up = true;
  let same = true;
  for (let i = 1; i < group.length; i++) {
    const step = group.charCodeAt(i) - group.charCodeAt(i - 1);
    if (step !== 1) up = false;
    if (step !== 0) same = false;
  }
  return up || same;
}
