import { defineRule, fake, hasCharClasses } from '../defineRule';
import { looksRandom } from './_providerKit';

export default defineRule({
  id: 'jfrog-api-key',
  category: 'secret',
  description: 'JFrog Artifactory API key (AKCp…)',
  keywords: ['akcp'],
  // AKCp + 69 alphanumerics (73 characters in all)
  pattern: /(?<![\w]|(?<!:)-)AKCp[A-Za-z0-9]{69}(?![\w-])/gu,
  validate: (s) => hasCharClasses(s.slice(4), 2) && looksRandom(s.slice(4), 3.5),
  publicPrefix: 4,
  envName: 'ARTIFACTORY_API_KEY',
  references: ['https://jfrog.com/help/r/jfrog-platform-administration-documentation/api-key'],
  examples: {
    positive: [`ARTIFACTORY_API_KEY=${fake('AKCp{a69}')}`, `curl -H "X-JFrog-Art-Api: ${fake('AKCp{a69}', 2)}" https://acme.jfrog.io/artifactory/api/repositories`],
    negative: [fake('AKCp{a40}'), 'ARTIFACTORY_API_KEY=AKCpxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx', fake('AKCq{a69}')],
  },
});
