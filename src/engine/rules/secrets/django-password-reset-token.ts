import { defineRule, fake } from '../defineRule';

// A Django password-reset link's token, as `PasswordResetTokenGenerator` makes it and the
// `password_reset_confirm` URL carries it: `/reset/<uidb64>/<timestamp in base 36>-<hash>/`, the
// hash 32 hex digits (half a SHA-256 HMAC; 20 from SHA-1 before Django 3.1). Whoever opens the link
// before it is used or expires (three days by default) sets the account's password. The user's id
// in URL-safe base64 sits before it; a log line or a support mail that pastes the link leaks both.
export default defineRule({
  id: 'django-password-reset-token',
  category: 'secret',
  description: "Django password-reset link's token (/reset/<uidb64>/<ts>-<hash>/)",
  keywords: ['/reset/'],
  window: { before: 40, after: 120 },
  pattern: /\/reset\/[A-Za-z0-9_-]{1,22}\/([0-9a-z]{1,13}-(?:[0-9a-f]{32}|[0-9a-f]{20}))(?![\w-])/gu,
  secretGroup: 1,
  // (The documentation's own link, `/reset/MQ/set-password/`, and a template's `{{ token }}` hold no hash.)
  validate: (s) => !/-(?:0+|(?:0123456789abcdef)+)$/u.test(s),
  envName: 'PASSWORD_RESET_TOKEN',
  references: ['https://docs.djangoproject.com/en/stable/topics/auth/default/#django.contrib.auth.views.PasswordResetConfirmView', 'https://github.com/django/django/blob/main/django/contrib/auth/tokens.py'],
  examples: {
    positive: [
      `2024-03-25 10:43:27,609 INFO [core.auth] password reset link sent https://app.kestrel.co.za/accounts/reset/MjIwMw/${fake('{l6}-{h32}', 102055)}/ to user 2203`,
      `10.0.0.7 - - [05/Oct/2024:08:20:04 +0800] "GET /accounts/reset/ODk3/${fake('{l4}-{h32}', 102056)}/ HTTP/2.0" 302 0`,
      `Reset your password: https://portal.kestrel.test/reset/NDI/${fake('{l6}-{h20}', 102057)}/`,
    ],
    negative: [
      'path("reset/<uidb64>/<token>/", auth_views.PasswordResetConfirmView.as_view(), name="password_reset_confirm")',
      'https://app.kestrel.co.za/accounts/reset/MQ/set-password/',
      '{{ protocol }}://{{ domain }}{% url "password_reset_confirm" uidb64=uid token=token %}',
    ],
  },
});
