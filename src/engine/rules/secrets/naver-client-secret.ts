import { defineRule, fake, hasCharClasses } from '../defineRule';
import { keyPrefix, prefixedValue } from './_keyedValue';

// A NAVER Developers application's client secret (Naver Login, search and map APIs, Naver Pay):
// ten or twelve letters, digits and `_`, too short for the generic rules' entropy. It is read
// after its header (`X-Naver-Client-Secret:`) or a key that names NAVER and a client secret
// (`NAVER_LOGIN_CLIENT_SECRET=`, `naverpay.client-secret:`, `"naverpay_client_secret": "…"`).
export default defineRule({
  id: 'naver-client-secret',
  category: 'secret',
  description: 'NAVER Developers client secret after its header or a NAVER client-secret key',
  keywords: ['naver'],
  pattern: prefixedValue(
    [String.raw`X-Naver-Client-Secret:[ \t]{0,3}`, keyPrefix(String.raw`naver[\w.-]{0,24}?client[_.-]?secret`)],
    '[A-Za-z0-9_]{8,40}',
    String.raw`(?![\w-])`,
  ),
  secretGroup: 1,
  validate: (s) => hasCharClasses(s, 2) && /\d|[a-z].*[A-Z]|[A-Z].*[a-z]/u.test(s) && !/^(?:your|naver|client|secret)/iu.test(s),
  envName: 'NAVER_CLIENT_SECRET',
  references: ['https://developers.naver.com/docs/common/openapiguide/appregister.md', 'https://developers.naver.com/docs/login/api/api.md'],
  examples: {
    positive: [
      `NAVER_LOGIN_CLIENT_SECRET=${fake('{a10}', 1221)}`,
      `settlement.naverpay.client-secret=${fake('{a12}', 1222)}`,
      `curl "https://openapi.naver.com/v1/search/shop.json?query=x" -H 'X-Naver-Client-Id: ${fake('{a20}', 1223)}' -H 'X-Naver-Client-Secret: ${fake('{a10}', 1224)}'`,
      `{"naverpay_client_secret": "${fake('{a12}', 1225)}"}`,
    ],
    negative: ['NAVER_LOGIN_CLIENT_SECRET=${NAVER_SECRET}', 'X-Naver-Client-Secret: YOUR_SECRET', `NAVER_LOGIN_CLIENT_ID=${fake('{a20}', 1226)}`],
  },
});
