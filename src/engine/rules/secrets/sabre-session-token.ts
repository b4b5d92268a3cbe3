import { defineRule, fake, hasCharClasses } from '../defineRule';
import { looksRandom } from './_providerKit';

function sample(seed: number): string {
  return `T1RLAQ${fake('{b120}', seed)}**`;
}

export default defineRule({
  id: 'sabre-session-token',
  category: 'secret',
  description: "Sabre session or access token (T1RLAQ…, a SOAP BinarySecurityToken or a REST bearer)",
  keywords: ['t1rlaq'],
  // Sabre's tokens open with T1RLAQ (base64 of the token format's marker) and run on in base64
  // with `*` for padding: a SOAP header's wsse:BinarySecurityToken, a REST call's bearer. Whoever
  // holds one books, queues and reads PNRs as the agency until it expires (up to 7 days).
  pattern: /(?<![\w+/])T1RLAQ([A-Za-z0-9+/]{60,2000}\**=*)(?![\w+/])/gu,
  validate: (s) => hasCharClasses(s.slice(6), 3) && looksRandom(s.slice(6, 206), 4.5),
  publicPrefix: 6,
  references: ['https://developer.sabre.com/guides/travel-agency/developer-guides/rest-apis-token-credentials'],
  examples: {
    positive: [
      `<wsse:BinarySecurityToken valueType="String" EncodingType="wsse:Base64Binary">${sample(451)}</wsse:BinarySecurityToken>`,
      `"value": "Bearer ${sample(452)}"`,
    ],
    negative: ['/** Session tokens look like T1RLAQ...; they are opaque and expire after 7 days. */', 'return s != null && s.startsWith("T1RLAQ") && s.length() > 100;', `T1RLAQ${'A'.repeat(80)}**`],
  },
});
