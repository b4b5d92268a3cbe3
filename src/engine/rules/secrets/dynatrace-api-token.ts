import { defineRule, fake } from '../defineRule';
import { looksRandom } from './_providerKit';

export default defineRule({
  id: 'dynatrace-api-token',
  category: 'secret',
  description: 'Dynatrace API token (dt0c01.…)',
  keywords: ['dt0'],
  // dt0c01 + . + 24-character public id + . + 64-character secret, upper-case letters and digits
  pattern: /(?<![\w]|(?<!:)-)dt0[a-z]\d{2}\.[A-Z0-9]{24}\.[A-Z0-9]{64}(?![\w-])/gu,
  validate: (s) => looksRandom(s.slice(31), 3.5),
  publicPrefix: 31,
  envName: 'DT_API_TOKEN',
  references: ['https://docs.dynatrace.com/docs/manage/identity-access-management/access-tokens-and-oauth-clients/access-tokens'],
  examples: {
    positive: [`DT_API_TOKEN=${fake('dt0c01.{u24}.{u64}', 58471)}`, `here is the key: ${fake('dt0c01.{u24}.{u64}', 58472)} (rotate it after the demo)`],
    negative: [`DT_API_TOKEN=${fake('dt0c01.{u24}.{u63}', 58471)}`, 'DT_API_TOKEN=dt0c01.xxxxxxxxxxxxxxxxxxxxxxxx.xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx', 'DT_API_TOKEN=${DT_API_TOKEN}'],
  },
});
