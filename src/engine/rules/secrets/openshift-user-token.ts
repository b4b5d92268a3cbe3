import { defineRule, fake } from '../defineRule';
import { looksRandom } from './_providerKit';

export default defineRule({
  id: 'openshift-user-token',
  category: 'secret',
  description: 'OpenShift OAuth access token (sha256~…)',
  keywords: ['sha256~'],
  // sha256~ + 43 base64url characters (oc whoami -t, oc login --token)
  pattern: /(?<![\w]|(?<!:)-)sha256~[A-Za-z0-9_-]{43}(?![\w-])/gu,
  validate: (s) => looksRandom(s.slice(7), 3.5),
  publicPrefix: 7,
  envName: 'OPENSHIFT_TOKEN',
  references: ['https://docs.openshift.com/container-platform/latest/authentication/managing-oauth-access-tokens.html'],
  examples: {
    positive: [`OPENSHIFT_TOKEN=${fake('sha256~{w43}', 26743)}`, `here is the key: ${fake('sha256~{w43}', 26744)} (rotate it after the demo)`],
    negative: [`OPENSHIFT_TOKEN=${fake('sha256~{w42}', 26743)}`, 'OPENSHIFT_TOKEN=sha256~xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx', 'OPENSHIFT_TOKEN=${OPENSHIFT_TOKEN}'],
  },
});
