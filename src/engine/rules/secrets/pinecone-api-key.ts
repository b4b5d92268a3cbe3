import { defineRule, fake } from '../defineRule';
import { looksRandom } from './_providerKit';

export default defineRule({
  id: 'pinecone-api-key',
  category: 'secret',
  description: 'Pinecone API key (pcsk_…)',
  keywords: ['pcsk_'],
  // pcsk_ + a short key id + _ + the secret
  pattern: /(?<![\w]|(?<!:)-)pcsk_[A-Za-z0-9]{4,8}_[A-Za-z0-9]{40,90}(?![\w-])/gu,
  validate: (s) => looksRandom(s.slice(5), 3.5),
  publicPrefix: 5,
  envName: 'PINECONE_API_KEY',
  references: ['https://docs.pinecone.io/guides/projects/manage-api-keys'],
  examples: {
    positive: [`PINECONE_API_KEY=${fake('pcsk_{a6}_{a63}', 53364)}`, `here is the key: ${fake('pcsk_{a6}_{a63}', 53365)} (rotate it after the demo)`],
    negative: [`PINECONE_API_KEY=${fake('pcsk_{a6}_{a30}', 53364)}`, 'PINECONE_API_KEY=pcsk_xxxxxx_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx', 'PINECONE_API_KEY=${PINECONE_API_KEY}'],
  },
});
