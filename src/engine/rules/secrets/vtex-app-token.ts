import { defineRule, fake, shannonEntropy } from '../defineRule';

// A VTEX app token: 160 capital letters, the secret half of an app key pair (`vtexappkey-<account>-…`
// is its public half). Sent as `X-VTEX-API-AppToken`, or kept as `VTEX_APP_TOKEN`. A run of 160
// capitals is no word; the shape is only read near the vendor's name, and must look random.
export default defineRule({
  id: 'vtex-app-token',
  category: 'secret',
  description: 'VTEX app token (160 capital letters, the secret half of an app key pair)',
  keywords: ['vtex'],
  // the vendor's name sits in the key, the header or the row (a dump's row of a seller's integration)
  window: { before: 400, after: 400 },
  pattern: /(?<![A-Za-z0-9])[A-Z]{160}(?![A-Za-z0-9])/gu,
  validate: (s) => shannonEntropy(s) >= 4.2,
  envName: 'VTEX_APP_TOKEN',
  references: ['https://developers.vtex.com/docs/guides/authentication-overview', 'https://developers.vtex.com/docs/guides/api-authentication-using-application-keys'],
  examples: {
    positive: [
      `VTEX_APP_KEY=vtexappkey-kestrel-${fake('{A6}', 101605)}\nVTEX_APP_TOKEN=${fake('{A160}', 101606)}`,
      `curl -H "X-VTEX-API-AppKey: vtexappkey-kestrel-${fake('{A6}', 101607)}" -H "X-VTEX-API-AppToken: ${fake('{A160}', 101608)}" https://kestrel.vtexcommercestable.com.br/api/oms/pvt/orders`,
    ],
    negative: [
      // a placeholder of one letter repeated, and a shorter run
      `VTEX_APP_TOKEN=${'X'.repeat(160)}`,
      `VTEX_APP_TOKEN=${fake('{A120}', 101609)}`,
    ],
  },
});
