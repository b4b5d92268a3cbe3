import { defineRule, fake } from '../defineRule';
import { looksRandom } from './_providerKit';

export default defineRule({
  id: 'sonarqube-project-analysis-token',
  category: 'secret',
  description: 'SonarQube project analysis token (sqp_…)',
  keywords: ['sqp_'],
  // sqp_ + 40 lower-case hex characters
  pattern: /(?<![\w]|(?<!:)-)sqp_[a-f0-9]{40}(?![\w-])/gu,
  validate: (s) => looksRandom(s.slice(4), 3),
  publicPrefix: 4,
  envName: 'SONAR_TOKEN',
  references: ['https://docs.sonarsource.com/sonarqube-server/latest/user-guide/managing-tokens/'],
  examples: {
    positive: [`SONAR_TOKEN=${fake('sqp_{h40}')}`, `mvn sonar:sonar -Dsonar.token=${fake('sqp_{h40}', 3)}`],
    negative: [fake('sqp_{h32}'), 'SONAR_TOKEN=sqp_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx', fake('squ_{h40}'), fake('sqp_{a40}')],
  },
});
