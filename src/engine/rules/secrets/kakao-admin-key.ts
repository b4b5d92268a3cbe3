import { defineRule, fake } from '../defineRule';
import { looksRandom } from './_providerKit';

// A Kakao app's admin key or REST API key as Kakao's APIs take it: `Authorization: KakaoAK <key>`,
// 32 lower-case hex digits. The admin key reads and unlinks every user of the app (`/v1/user/ids`)
// and sends its messages; the header's scheme names the key, wherever the request is written (a
// curl in a shell's history, an HTTP client's config).
export default defineRule({
  id: 'kakao-admin-key',
  category: 'secret',
  description: 'Kakao admin or REST API key in its KakaoAK authorization header',
  keywords: ['kakaoak'],
  window: { before: 0, after: 60 },
  pattern: /(?<![\w-])KakaoAK[ \t]+([0-9a-f]{32})(?![\w-])/gu,
  secretGroup: 1,
  validate: (s) => looksRandom(s, 3),
  envName: 'KAKAO_ADMIN_KEY',
  references: ['https://developers.kakao.com/docs/latest/en/getting-started/app-key', 'https://developers.kakao.com/docs/latest/en/kakaologin/rest-api'],
  examples: {
    positive: [
      `curl -s 'https://kapi.kakao.com/v1/user/ids?limit=10' -H 'Authorization: KakaoAK ${fake('{h32}', 101988)}'`,
      `headers = {"Authorization": "KakaoAK ${fake('{h32}', 101989)}"}`,
    ],
    negative: [
      'headers = {"Authorization": f"KakaoAK {settings.KAKAO_ADMIN_KEY}"}',
      "-H 'Authorization: KakaoAK 00000000000000000000000000000000'",
      // a user's OAuth access token goes with Bearer, not KakaoAK
      `-H 'Authorization: Bearer ${fake('{h32}', 101990)}'`,
    ],
  },
});
