import { defineRule, fake } from '../defineRule';
import { looksLikeLongPlaceholder } from './_context';
import { windowAround } from './_providerKit';

const SERVICE_ACCOUNT = /"type"\s*:\s*"service_account"|iam\.gserviceaccount\.com/u;

/** A fake service-account JSON file, built at runtime. */
function fakeServiceAccountJson(seed: number): string {
  const lines: string[] = [];
  for (let i = 0; i < 16; i++) lines.push(fake('{b64}', seed + i));
  const key = `-----BEGIN PRIVATE KEY-----\\n${lines.join('\\n')}\\n-----END PRIVATE KEY-----\\n`;
  return [
    '{',
    '  "type": "service_account",',
    '  "project_id": "acme-prod",',
    `  "private_key_id": "${fake('{h40}', seed)}",`,
    `  "private_key": "${key}",`,
    '  "client_email": "deployer@acme-prod.iam.gserviceaccount.com",',
    '  "token_uri": "https://oauth2.googleapis.com/token"',
    '}',
  ].join('\n');
}

export default defineRule({
  id: 'google-service-account-key',
  category: 'secret',
  description: 'Google Cloud service account private key inside a service-account JSON key file',
  keywords: ['private_key'],
  // "private_key": "  + (group 1) -----BEGIN PRIVATE KEY----- + 64-8192 base64 characters, JSON
  // escapes (\n, which the scan reads as CR LF) and spaces + -----END PRIVATE KEY----- + optional
  // line break, then the closing quote.
  // The key is at most ~8,300 characters after its keyword: the rule reads only there.
  window: { before: 2, after: 8300 },
  pattern:
    /"private_key"[ \t]{0,5}:[ \t]{0,5}"(-----BEGIN (?:RSA )?PRIVATE KEY-----[A-Za-z0-9+/=\\ \t\r\n]{64,8192}-----END (?:RSA )?PRIVATE KEY-----(?:\\n|\r\n)?)"/gu,
  secretGroup: 1,
  // The same JSON object must say it is a service account (type or client_email).
  validate: (s, ctx) => {
    if (looksLikeLongPlaceholder(s)) return false;
    const body = s.replace(/-----[A-Z ]+-----|\\n|\s/gu, '');
    if (body.length < 300) return false;
    return SERVICE_ACCOUNT.test(windowAround(ctx, 4000, 4000));
  },
  // NOTE: the shared dictionary-word filters misfire by chance on kilobyte-long key bodies.
  skipFilters: true,
  publicPrefix: 0,
  envName: 'GOOGLE_SERVICE_ACCOUNT_KEY',
  references: [
    'https://cloud.google.com/iam/docs/keys-create-delete',
    'https://cloud.google.com/iam/docs/service-account-creds#key-types',
  ],
  examples: {
    positive: [fakeServiceAccountJson(1), fakeServiceAccountJson(40).replace(/\n\s*/gu, '')],
    negative: [
      fakeServiceAccountJson(1).replace('"service_account"', '"authorized_user"').replace('iam.gserviceaccount.com', 'example.org'),
      '{"type": "service_account", "private_key": "-----BEGIN PRIVATE KEY-----\\n...\\n-----END PRIVATE KEY-----\\n"}',
      '{"type": "service_account", "private_key": "<private-key>"}',
      fakeServiceAccountJson(1).replace(/"private_key": "[^"]*"/u, '"private_key": "-----BEGIN PRIVATE KEY-----\\nMIIEvQIBADANBgkqhkiG9w0BAQEFAASC\\n-----END PRIVATE KEY-----\\n"'),
    ],
  },
});
