import { defineRule, fake, hasCharClasses, minEntropy } from '../defineRule';
import { windowAround } from './_providerKit';

const CONTEXT = /refresh|token|oauth|google|gcloud|credential|authorized_user/iu;

export default defineRule({
  id: 'google-oauth-refresh-token',
  category: 'secret',
  description: 'Google OAuth refresh token (1//0…)',
  keywords: ['1//0'],
  // 1//0 + 40-400 base64url characters
  pattern: /(?<![\w/-])1\/\/0[A-Za-z0-9_-]{40,400}(?![\w-])/gu,
  // Needs token words within 200 characters before it, unless it is as long and mixed as real
  // refresh tokens (about 100 characters).
  validate: (s, ctx) => {
    const body = s.slice(4);
    if (!minEntropy(body, 3.5) || !hasCharClasses(body, 2)) return false;
    return CONTEXT.test(windowAround(ctx, 200, 0).replace(s, '')) || (body.length >= 80 && hasCharClasses(body, 3));
  },
  publicPrefix: 4,
  envName: 'GOOGLE_REFRESH_TOKEN',
  references: ['https://developers.google.com/identity/protocols/oauth2#expiration', 'https://developers.google.com/identity/protocols/oauth2/web-server#offline'],
  examples: {
    positive: [
      `python get_access_token.py --client-id acme --refresh-token ${fake('1//0{w99}', 8)}`,
      `"refresh_token": "${fake('1//0{w99}')}",`,
      `GOOGLE_REFRESH_TOKEN=${fake('1//0{w60}', 4)}`,
    ],
    negative: [
      `"refresh_token": "${fake('1//0{w20}')}",`,
      `value: ${fake('1//0{w50}')}`,
      `"refresh_token": "1//0${'a'.repeat(60)}",`,
      'print(1//0)',
    ],
  },
});
