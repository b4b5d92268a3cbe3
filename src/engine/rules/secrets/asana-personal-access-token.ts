import { defineRule, fake } from '../defineRule';
import { looksRandom } from './_providerKit';

export default defineRule({
  id: 'asana-personal-access-token',
  category: 'secret',
  description: 'Asana personal access token (1/…:… or 2/…/…:…)',
  keywords: ['1/', '2/'],
  // 1/<user id>:<32 hex>  or  2/<user id>/<token id>:<32 hex>
  pattern: /(?<![\w/.-])(?:1\/\d{10,20}|2\/\d{10,20}\/\d{10,20}):[a-f0-9]{32}(?![\w-])/gu,
  validate: (s) => looksRandom(s.slice(-32), 3),
  publicPrefix: 2,
  envName: 'ASANA_ACCESS_TOKEN',
  references: ['https://developers.asana.com/docs/personal-access-token'],
  examples: {
    positive: [
      `ASANA_ACCESS_TOKEN=${fake('1/{d16}:{h32}')}`,
      `curl -H "Authorization: Bearer ${fake('2/{d16}/{d16}:{h32}', 5)}" https://app.asana.com/api/1.0/users/me`,
    ],
    negative: [fake('1/{d16}:{h20}'), fake('3/{d16}:{h32}'), 'see https://example.org/v1/1234567890123:abc', fake('1/{d4}:{h32}')],
  },
});
