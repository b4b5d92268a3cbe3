import { defineRule, fake } from '../defineRule';
import { isSequentialOrRepetitive } from '../../scan/filters';

// A login link signed by the application: Symfony's LoginLinkHandler mails
// `/login/check?user=<id>&expires=<unix time>&hash=<HMAC-SHA256, 43 base64url characters>`, and
// Laravel's temporary signed routes carry `?expires=<unix time>&signature=<HMAC-SHA256, 64 hex>`
// (magic links, e-mail verification, one-click unsubscribe). Until it expires, whoever holds the
// URL is logged in as the user or acts as them: a mailer's log or a support ticket that quotes one
// hands out the account. The signature is the secret part; the user id beside it is not.
export default defineRule({
  id: 'signed-login-link',
  category: 'secret',
  description: "Signed login or action link (Symfony login link's hash, Laravel signed URL's signature) before it expires",
  keywords: ['expires='],
  pattern: /[?&]expires=\d{9,11}&(?:hash=([A-Za-z0-9_-]{43}(?:%3D|=)?)|signature=([0-9a-f]{64}))(?![\w-])/gu,
  secretGroup: [1, 2],
  validate: (s) => /\d/u.test(s) && /[A-Za-z]/u.test(s) && isSequentialOrRepetitive(s) === undefined,
  envName: 'LOGIN_LINK',
  references: ['https://symfony.com/doc/current/security/login_link.html', 'https://laravel.com/docs/urls#signed-urls'],
  examples: {
    positive: [
      `Sending the login link to customer 41873: https://shop.example.org/login_check?user=41873&expires=1738572862&hash=${fake('{w43}', 101513)}`,
      `Click to verify: https://app.example.net/email/verify/118/3f2a?expires=1738576400&signature=${fake('{h64}', 101514)}`,
    ],
    negative: [
      // an expired-link placeholder in documentation, and a cache header
      'https://shop.example.org/login/check?user=USER_ID&expires=EXPIRES&hash=HASH',
      'Cache-Control: max-age=3600, expires=1738576400',
      // a signature that is not the route's HMAC (too short)
      'https://app.example.net/unsubscribe?expires=1738576400&signature=abc123',
    ],
  },
});
