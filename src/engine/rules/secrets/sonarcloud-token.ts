import { defineRule, fake } from '../defineRule';
import { keyedSecret, looksRandom } from './_providerKit';

export default defineRule({
  id: 'sonarcloud-token',
  category: 'secret',
  description: 'SonarCloud / older SonarQube token: 40 hex characters named as a Sonar token or login',
  keywords: ['sonar'],
  // 40 lower-case hex characters assigned to SONAR_TOKEN, sonar.token, sonar.login and the like
  pattern: keyedSecret(String.raw`sonar[\w.-]{0,12}?(?:token|login)`, String.raw`[a-f0-9]{40}(?![\w-])`),
  secretGroup: 1,
  validate: (s) => looksRandom(s, 3),
  envName: 'SONAR_TOKEN',
  references: ['https://docs.sonarsource.com/sonarqube-cloud/managing-your-account/managing-tokens/'],
  examples: {
    positive: [`SONAR_TOKEN=${fake('{h40}')}`, `mvn verify sonar:sonar -Dsonar.login=${fake('{h40}', 2)}`],
    negative: [
      `SONAR_TOKEN=${fake('squ_{h40}')}`,
      `SONAR_PROJECT_KEY=${fake('{h40}')}`,
      `SONAR_TOKEN=${fake('{h32}')}`,
      'sonar.login=${env.SONAR_TOKEN}',
    ],
  },
});
