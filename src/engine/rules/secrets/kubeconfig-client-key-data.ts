import { defineRule, fake } from '../defineRule';
import { decodeBase64, encodeBase64 } from './_providerKit';

// A kubeconfig user's client key: a PEM private key, base64-encoded in client-key-data (and the
// same field name in Helm values and CI variables). Base64 of "-----BEGIN" starts "LS0tLS1CRUdJTi".
export default defineRule({
  id: 'kubeconfig-client-key-data',
  category: 'secret',
  description: 'Kubernetes client private key in a kubeconfig (client-key-data, base64 PEM)',
  keywords: ['client-key-data'],
  window: { before: 0, after: 6000 },
  pattern: /client-key-data["']?:[ \t]{0,4}["']?(LS0tLS1CRUdJTi[A-Za-z0-9+/]{60,8000}={0,2})/gu,
  secretGroup: 1,
  validate: (s) => {
    // The first 200 characters (a multiple of 4) decode to the PEM header.
    const pem = decodeBase64(s.slice(0, 200));
    return pem !== undefined && /^-----BEGIN (?:[A-Z]+ )?PRIVATE KEY-----/u.test(pem);
  },
  publicPrefix: 14,
  envName: 'KUBE_CLIENT_KEY_DATA',
  references: ['https://kubernetes.io/docs/concepts/configuration/organize-cluster-access-kubeconfig/'],
  examples: {
    positive: [
      `    client-key-data: ${encodeBase64(`-----BEGIN EC PRIVATE KEY-----\n${fake('{b64}', 1)}\n${fake('{b40}', 2)}\n-----END EC PRIVATE KEY-----\n`)}`,
      `"client-key-data": "${encodeBase64(`-----BEGIN RSA PRIVATE KEY-----\n${fake('{b64}', 3)}\n-----END RSA PRIVATE KEY-----\n`)}"`,
    ],
    negative: [
      `    client-certificate-data: ${encodeBase64(`-----BEGIN CERTIFICATE-----\n${fake('{b64}', 4)}\n-----END CERTIFICATE-----\n`)}`,
      `    client-key-data: ${encodeBase64(`-----BEGIN CERTIFICATE-----\n${fake('{b64}', 5)}\n-----END CERTIFICATE-----\n`)}`,
      '    client-key-data: REDACTED',
    ],
  },
});
