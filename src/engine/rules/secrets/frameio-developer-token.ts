import { defineRule, fake, hasCharClasses } from '../defineRule';
import { looksRandom } from './_providerKit';

export default defineRule({
  id: 'frameio-developer-token',
  category: 'secret',
  description: 'Frame.io developer token (fio-u-…)',
  keywords: ['fio-u-'],
  // fio-u- + 64 base64url characters
  pattern: /(?<![\w]|(?<!:)-)fio-u-[\w=-]{64}(?![\w-])/gu,
  validate: (s) => hasCharClasses(s.slice(6), 2) && looksRandom(s.slice(6), 3.5),
  publicPrefix: 6,
  envName: 'FRAMEIO_TOKEN',
  references: ['https://developer.frame.io/docs/getting-started/authentication'],
  examples: {
    positive: [`FRAMEIO_TOKEN=${fake('fio-u-{w64}')}`, `client = FrameioClient("${fake('fio-u-{w64}', 2)}")`],
    negative: [fake('fio-u-{w40}'), 'FRAMEIO_TOKEN=fio-u-xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx', fake('fio-x-{w64}')],
  },
});
