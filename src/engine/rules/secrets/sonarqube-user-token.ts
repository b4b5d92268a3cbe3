import { defineRule, fake } from '../defineRule';
import { looksRandom } from './_providerKit';

export default defineRule({
  id: 'sonarqube-user-token',
  category: 'secret',
  description: 'SonarQube user token (squ_…)',
  keywords: ['squ_'],
  // squ_ + 40 lower-case hex characters
  pattern: /(?<![\w]|(?<!:)-)squ_[a-f0-9]{40}(?![\w-])/gu,
  validate: (s) => looksRandom(s.slice(4), 3),
  publicPrefix: 4,
  envName: 'SONAR_TOKEN',
  references: ['https://docs.sonarsource.com/sonarqube-server/latest/user-guide/managing-tokens/'],
  examples: {
    positive: [`SONAR_TOKEN=${fake('squ_{h40}')}`, `mvn sonar:sonar -Dsonar.token=${fake('squ_{h40}', 3)}`],
    negative: [fake('squ_{h32}'), 'SONAR_TOKEN=squ_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx', fake('sqp_{h40}'), fake('squ_{a40}')],
  },
});
