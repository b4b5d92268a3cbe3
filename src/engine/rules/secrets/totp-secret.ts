import { defineRule, fake } from '../defineRule';
import { columnHeader, hasContext } from '../pii/_context';
import { native } from '../../scan/nativeRegex';

/** A TOTP seed's label before it, or its column's header: TOTP / 2FA / MFA / OTP secret, seed or key, an authenticator's key. */
const TOTP_LABEL = /(?:totp|2fa|mfa|(?<![a-z])otp|two[ -]factor|authenticator)[\w .-]{0,24}(?:secret|seed|key|密钥|秘钥|密鑰|schlüssel|clave|clé|chave)|otpauth:\/\/[^\s?]{1,200}\?(?:[\w%.-]{1,32}=[^&\s]{0,200}&){0,6}secret=$|"totp"[ \t]*:[ \t]*"$/u;
/** A column whose header names TOTP or two-factor codes' seeds (`totp_secret`, `mfa_totp_secret`, `user_2fa_key`). */
const TOTP_HEADER = /^(?:totp|2fa|mfa|otp)(?:[ _-]?(?:secret|seed|key|密钥|秘钥|密鑰))?$|^(?:[a-z]{1,12}[ _-]){0,2}(?:totp|2fa|mfa|otp)[ _-]?(?:secret|seed|key)|(?:2fa|mfa|totp)[ ]?(?:密钥|秘钥|密鑰)/u;

/** Base32 with some letters and some digits (2-7), not one repeated chunk: a seed, not a word or a run. */
function isBase32Seed(s: string): boolean {
  const v = s.replace(/ /gu, '').toUpperCase();
  if (!/[2-7]/u.test(v) || !/[A-Z].*[A-Z].*[A-Z]/u.test(v)) return false;
  return new Set(v).size >= 10;
}

// A TOTP (RFC 6238) seed: base32, 16 to 64 characters (often in groups of four), in an otpauth://
// URI's secret parameter, after a TOTP / 2FA / MFA label, or in such a column of an accounts table.
// Whoever holds it generates the account's second factor.
export default defineRule({
  id: 'totp-secret',
  category: 'secret',
  description: 'TOTP two-factor seed (base32) in an otpauth:// URI, after a 2FA / TOTP / MFA label or in such a column',
  keywords: ['otpauth://', 'totp', '2fa', 'mfa', 'otp', 'authenticator', 'two-factor', 'two factor'],
  window: { before: 64, after: 400 },
  columns: true,
  pattern: /(?<![A-Za-z0-9])(?:[A-Z2-7]{16,64}|[a-z2-7]{16,64}|(?:[A-Z2-7]{4} ){3,15}[A-Z2-7]{4}|(?:[a-z2-7]{4} ){3,15}[a-z2-7]{4})(?![A-Za-z0-9])/gu,
  validate: (s, ctx) => {
    if (!isBase32Seed(s)) return false;
    if (hasContext(ctx, TOTP_LABEL, { before: 64, header: false })) return true;
    const header = columnHeader(ctx);
    return header !== undefined && native(TOTP_HEADER).test(header);
  },
  envName: 'TOTP_SECRET',
  references: ['https://datatracker.ietf.org/doc/html/rfc6238', 'https://github.com/google/google-authenticator/wiki/Key-Uri-Format'],
  examples: {
    positive: [
      // a password manager's export (Bitwarden's login item)
      `"login": {"username": "ops@shop.example", "totp": "${fake('{A8}', 4481)}7${fake('{A7}', 4482)}3${fake('{A15}', 4483)}"}`,
      `otpauth://totp/Acme:ops%40acme.io?secret=${fake('{u32}', 151).replace(/[0189]/gu, '7')}&issuer=Acme&digits=6`,
      `| Platform | Login | 2FA 密钥 |\n|---|---|---|\n| Shopify | admin@shop.example | ${fake('{u32}', 152).replace(/[018]/gu, '3').replace(/9/gu, '4')} |`,
      `TOTP secret for the break-glass account: ${fake('{L4} {L4} {L4} {L4}', 153).replace(/[aeiou]/gu, '5')}`,
      // a patient portal's accounts in a pg_dump: the seed under mfa_totp_secret
      `COPY public.accounts (id, email, last_name, first_name, phone, created_at, mfa_totp_secret, sms_consent) FROM stdin;\n1\ta.example@kestrelmail.fr\tExample\tCamille\t+33 6 00 00 00 00\t2024-01-02 10:00:00+01\t${fake('{u32}', 102108).replace(/[0189]/gu, '6')}\tt\n\\.\n`,
    ],
    negative: [
      'otpauth://totp/Acme:ops%40acme.io?secret=JBSWY3DPEHPK3PXP&issuer=Acme',
      'TOTP secret: ABCDEFGHIJKLMNOP',
      `MFA device serial: ${fake('{u20}', 154)}`,
    ],
  },
});
