import { defineRule, fake } from '../defineRule';
import { looksRandom } from './_providerKit';

// The token of a password-reset link, in an access log, a mail or a ticket
// (`GET /fr/reset-password/<token>`, `/password/reset?token=<token>`): until it is used or expires,
// whoever holds it sets the account's password.
export default defineRule({
  id: 'password-reset-link-token',
  category: 'secret',
  description: 'Token of a password-reset link (/reset-password/<token>, ?token= on a reset URL)',
  // (Also the paths in the languages of the other password rules: Turkish sifre-sifirla, Spanish
  // restablecer-contrasena, German passwort-zuruecksetzen, French reinitialiser-mot-de-passe,
  // Portuguese redefinir-senha, Dutch wachtwoord-herstellen; a French portal's /reinitialisation/, German
  // passwort-vergessen, Italian reimposta-password.)
  keywords: ['reset', 'sifirla', 'restablecer-contrasena', 'recuperar-contrasena', 'zuruecksetzen', 'reinitialiser', 'mot-de-passe-oublie', 'redefinir-senha', 'recuperar-senha', 'wachtwoord-herstellen', 'wachtwoord-vergeten', 'reinitialisation', 'passwort-vergessen', 'reimposta-password', 'recupera-password'],
  window: { before: 40, after: 300 },
  pattern:
    /\/(?:reset[-_]?password|password[-_/]reset|forgot[-_]?password|reset|(?:sifre|parola)[-_]sifirla|sifremi[-_]unuttum|(?:restablecer|recuperar)[-_]contrasena|passwort[-_]zuruecksetzen|reinitialiser[-_]mot[-_]de[-_]passe|mot[-_]de[-_]passe[-_]oublie|reinitialisation(?:[-_]mot[-_]de[-_]passe)?|passwort[-_]vergessen|(?:reimposta|recupera)[-_]password|(?:redefinir|recuperar)[-_]senha|wachtwoord[-_](?:herstellen|vergeten))\/([A-Za-z0-9_-]{24,128})(?=[/?#\s"'&]|$)|\/(?:reset[-_]?password|password[-_/]reset|forgot[-_]?password)[^\s"'?#]{0,60}\?(?:[^\s"'#]{0,200}&)?token=([A-Za-z0-9_.-]{24,256})(?=[&#\s"']|$)/gu,
  secretGroup: [1, 2],
  // (Not a page's slug: `/reset/password-policy-v2-settings`.)
  validate: (s) => looksRandom(s, 3.5) && /\d/u.test(s) && !/^[a-z]+(?:[-_][a-z0-9]+){2,}$/u.test(s),
  references: ['https://cheatsheetseries.owasp.org/cheatsheets/Forgot_Password_Cheat_Sheet.html'],
  examples: {
    positive: [
      `102.49.213.6 - - [04/Mar/2025:09:12:40 +0000] "GET /en/reset-password/${fake('{h64}', 4216)} HTTP/2.0" 200 5120`,
      `Reset it here: https://app.example.net/password/reset?email=a%40b.example&token=${fake('{w43}', 4217)}`,
      `176.1.196.177 - - [18/Nov/2024:10:00:53 +0300] "GET /sifre-sifirla/${fake('{h64}', 4218)}?email=x%40y.example HTTP/2.0" 200 6666`,
      // a French patient portal's reset page
      `203.0.113.79 - - [12/Mar/2024:04:44:24 +0100] "GET /reinitialisation/${fake('{h64}', 102109)} HTTP/1.1" 200 47988`,
    ],
    negative: ['"GET /reset-password/ HTTP/2.0" 200', 'POST /api/v1/password/reset?token=<token>', '/reset/password-policy-v2-settings-page-layout'],
  },
});
