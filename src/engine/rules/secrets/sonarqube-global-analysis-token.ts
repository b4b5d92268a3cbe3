import { defineRule, fake } from '../defineRule';
import { looksRandom } from './_providerKit';

export default defineRule({
  id: 'sonarqube-global-analysis-token',
  category: 'secret',
  description: 'SonarQube global analysis token (sqa_…)',
  keywords: ['sqa_'],
  // sqa_ + 40 lower-case hex characters
  pattern: /(?<![\w]|(?<!:)-)sqa_[a-f0-9]{40}(?![\w-])/gu,
  validate: (s) => looksRandom(s.slice(4), 3),
  publicPrefix: 4,
  envName: 'SONAR_TOKEN',
  references: ['https://docs.sonarsource.com/sonarqube-server/latest/user-guide/managing-tokens/'],
  examples: {
    positive: [`SONAR_TOKEN=${fake('sqa_{h40}')}`, `mvn sonar:sonar -Dsonar.token=${fake('sqa_{h40}', 3)}`],
    negative: [fake('sqa_{h32}'), 'SONAR_TOKEN=sqa_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx', fake('squ_{h40}'), fake('sqa_{a40}')],
  },
});
