import { defineRule, fake } from '../defineRule';
import { isLiteralSecretValue } from './_generic';

// Credentials that a Jenkins init script (`init.groovy.d/*.groovy`) or a script-console snippet
// creates with a literal value: a username-password credential's password, the fifth argument of
// `new UsernamePasswordCredentialsImpl(scope, id, description, username, password)` (group 5), or
// a secret-text credential's `Secret.fromString('…')` (group 7, hudson.util.Secret, which Jenkins
// encrypts only once stored: the script keeps it in the clear).
export default defineRule({
  id: 'jenkins-groovy-credential',
  category: 'secret',
  description: 'Password or secret text that a Jenkins Groovy script stores as a credential (UsernamePasswordCredentialsImpl, Secret.fromString)',
  keywords: ['usernamepasswordcredentialsimpl', 'secret.fromstring'],
  window: { before: 0, after: 600 },
  pattern:
    /UsernamePasswordCredentialsImpl\([ \t\r\n]{0,24}[\w.]{1,80}[ \t]*,[ \t\r\n]{0,24}(["'])[^"'\n]{0,80}\1[ \t]*,[ \t\r\n]{0,24}(["'])[^"'\n]{0,160}\2[ \t]*,[ \t\r\n]{0,24}(["'])[^"'\n]{0,80}\3[ \t]*,[ \t\r\n]{0,24}(["'])([^"'\n\\$]{4,200})\4|Secret\.fromString\([ \t]{0,4}(["'])([^"'\n\\$]{6,400})\6[ \t]{0,4}\)/gu,
  secretGroup: [5, 7],
  validate: (s) => isLiteralSecretValue(s, true, 4),
  envName: 'JENKINS_CREDENTIAL',
  references: [
    'https://www.jenkins.io/doc/book/managing/groovy-hook-scripts/',
    'https://javadoc.jenkins.io/plugin/credentials/com/cloudbees/plugins/credentials/impl/UsernamePasswordCredentialsImpl.html',
  ],
  examples: {
    positive: [
      `  new UsernamePasswordCredentialsImpl(CredentialsScope.GLOBAL, 'artifact-upload', 'Artifact repository upload', 'ci-uploader', '${fake('{a10}', 101824)}_${fake('{a6}', 101825)}'),`,
      `  new StringCredentialsImpl(CredentialsScope.GLOBAL, 'quality-gate-token', 'Code quality server', Secret.fromString('${fake('{h40}', 101826)}')),`,
      `def c = new UsernamePasswordCredentialsImpl(\n    CredentialsScope.GLOBAL,\n    "db-root",\n    "MySQL root",\n    "root",\n    "${fake('{a8}', 101827)}.${fake('{d4}', 101828)}x"\n)`,
    ],
    negative: [
      // the value read from the environment or a file at boot, not written in the script
      "  new UsernamePasswordCredentialsImpl(CredentialsScope.GLOBAL, 'artifact-upload', 'Artifact repository', 'ci-uploader', System.getenv('ARTIFACT_PASSWORD')),",
      '  new StringCredentialsImpl(CredentialsScope.GLOBAL, "gh", "GitHub", Secret.fromString("${env.GITHUB_TOKEN}")),',
      "  new StringCredentialsImpl(CredentialsScope.GLOBAL, 'gh', 'GitHub', Secret.fromString('changeme')),",
    ],
  },
});
