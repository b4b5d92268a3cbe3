import { defineRule, fake, hasCharClasses } from '../defineRule';
import { looksRandom } from './_providerKit';

export default defineRule({
  id: 'adafruit-io-key',
  category: 'secret',
  description: 'Adafruit IO key (aio_…)',
  keywords: ['aio_'],
  // aio_ + 28 alphanumerics
  pattern: /(?<![\w]|(?<!:)-)aio_[A-Za-z0-9]{28}(?![\w-])/gu,
  validate: (s) => hasCharClasses(s.slice(4), 2) && looksRandom(s.slice(4), 3.5),
  publicPrefix: 4,
  envName: 'ADAFRUIT_IO_KEY',
  references: ['https://io.adafruit.com/api/docs/#authentication'],
  examples: {
    positive: [`ADAFRUIT_IO_KEY=${fake('aio_{a28}')}`, `aio = Client('maker42', '${fake('aio_{a28}', 2)}')`],
    negative: [fake('aio_{a20}'), 'ADAFRUIT_IO_KEY=aio_xxxxxxxxxxxxxxxxxxxxxxxxxxxx', fake('aio_{a40}')],
  },
});
