import { defineRule, fake } from '../defineRule';
import { decodeBase64, encodeBase64 } from './_providerKit';

function sample(seed: number): string {
  const payload = JSON.stringify({
    signInAddress: 'https://my.1password.com',
    userAuth: { method: 'SRPg-4096', alg: 'PBES2g-HS256', iterations: 650000, salt: fake('{w22}', seed) },
    email: `${fake('{l13}', seed + 1)}@1passwordserviceaccounts.com`,
    srpX: fake('{h64}', seed + 2),
    muk: { alg: 'A256GCM', ext: true, k: fake('{w43}', seed + 3), key_ops: ['encrypt', 'decrypt'], kty: 'oct', kid: 'mp' },
    secretKey: fake('A3-{u6}-{u6}-{u5}-{u5}-{u5}-{u5}', seed + 4),
    deviceUuid: fake('{l26}', seed + 5),
  });
  return `ops_${encodeBase64(payload, true)}`;
}

export default defineRule({
  id: '1password-service-account-token',
  category: 'secret',
  description: '1Password service account token (ops_eyJ…)',
  keywords: ['ops_eyj'],
  // ops_ + base64 of a JSON object with the account's sign-in address, e-mail, SRP and key material
  pattern: /(?<![\w]|(?<!:)-)ops_eyJ[A-Za-z0-9+/_-]{100,3000}={0,2}(?![\w+/=-])/gu,
  validate: (s) => {
    const raw = decodeBase64(s.slice(4));
    return raw !== undefined && raw.startsWith('{"') && /"(?:signInAddress|email|srpX|muk|secretKey|userAuth)"/u.test(raw);
  },
  publicPrefix: 4,
  envName: 'OP_SERVICE_ACCOUNT_TOKEN',
  references: ['https://developer.1password.com/docs/service-accounts/security/', 'https://developer.1password.com/docs/service-accounts/use-with-1password-cli/'],
  examples: {
    positive: [`OP_SERVICE_ACCOUNT_TOKEN=${sample(1)}`, `export OP_SERVICE_ACCOUNT_TOKEN="${sample(9)}"`],
    negative: [
      `OP_SERVICE_ACCOUNT_TOKEN=ops_${encodeBase64(JSON.stringify({ hello: 'world', padding: fake('{a120}') }), true)}`,
      'OP_SERVICE_ACCOUNT_TOKEN=ops_eyJ...',
      `OP_CONNECT_TOKEN=${fake('{w40}')}`,
    ],
  },
});
