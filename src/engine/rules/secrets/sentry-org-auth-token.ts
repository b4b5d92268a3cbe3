import { defineRule, fake } from '../defineRule';
import { decodeJsonObject, encodeBase64, looksRandom } from './_providerKit';

function sample(org: string, seed: number): string {
  const payload = JSON.stringify({ iat: 1717171717.5, url: 'https://sentry.io', region_url: 'https://us.sentry.io', org });
  return `sntrys_${encodeBase64(payload)}_${fake('{a43}', seed)}`;
}

export default defineRule({
  id: 'sentry-org-auth-token',
  category: 'secret',
  description: 'Sentry organization auth token (sntrys_…)',
  keywords: ['sntrys_'],
  // sntrys_ + base64 of a JSON payload (iat, url, region_url, org) + _ + 43 base64 characters of secret
  pattern: /(?<![\w]|(?<!:)-)sntrys_(eyJ[A-Za-z0-9+/]{20,800}={0,2})_([A-Za-z0-9+/]{43,60}={0,2})(?![\w+/=-])/gu,
  validate: (_s, ctx) => {
    const payload = decodeJsonObject(ctx.match[1] ?? '');
    return payload !== undefined && ('iat' in payload || 'org' in payload) && looksRandom(ctx.match[2] ?? '', 3.5);
  },
  publicPrefix: 7,
  envName: 'SENTRY_AUTH_TOKEN',
  references: ['https://docs.sentry.io/account/auth-tokens/#organization-auth-tokens'],
  examples: {
    positive: [`SENTRY_AUTH_TOKEN=${sample('acme', 1)}`, `auth.token=${sample('widgets-inc', 2)}`],
    negative: [
      `SENTRY_AUTH_TOKEN=sntrys_${encodeBase64('not json at all, just text')}_${fake('{a43}', 3)}`,
      `SENTRY_AUTH_TOKEN=${sample('acme', 1).slice(0, -10)}`,
      'SENTRY_AUTH_TOKEN=sntrys_your_token_here',
      fake('sntryu_{h64}'),
    ],
  },
});
