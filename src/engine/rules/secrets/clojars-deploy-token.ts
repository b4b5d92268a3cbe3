import { defineRule, fake } from '../defineRule';
import { looksRandom } from './_providerKit';

export default defineRule({
  id: 'clojars-deploy-token',
  category: 'secret',
  description: 'Clojars deploy token (CLOJARS_…)',
  keywords: ['clojars_'],
  // CLOJARS_ + 60 lower-case letters and digits
  pattern: /(?<![\w]|(?<!:)-)CLOJARS_[a-z0-9]{60}(?![\w-])/gu,
  validate: (s) => looksRandom(s.slice(8), 3.5),
  publicPrefix: 8,
  envName: 'CLOJARS_PASSWORD',
  references: ['https://github.com/clojars/clojars-web/wiki/Deploy-Tokens'],
  examples: {
    positive: [`CLOJARS_PASSWORD=${fake('CLOJARS_{l60}', 79746)}`, `here is the key: ${fake('CLOJARS_{l60}', 79747)} (rotate it after the demo)`],
    negative: [`CLOJARS_PASSWORD=${fake('CLOJARS_{l59}', 79746)}`, 'CLOJARS_PASSWORD=CLOJARS_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx', 'CLOJARS_PASSWORD=${CLOJARS_PASSWORD}'],
  },
});
