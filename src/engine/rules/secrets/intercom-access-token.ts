import { defineRule, fake } from '../defineRule';
import { decodeBase64, encodeBase64 } from './_providerKit';

function sample(seed: number): string {
  return encodeBase64(`tok:${fake('{h8}_{h4}_{h4}_{h4}_{h12}', seed)}:1:0`);
}

export default defineRule({
  id: 'intercom-access-token',
  category: 'secret',
  description: 'Intercom access token (base64 of "tok:…", starting dG9rO…)',
  keywords: ['dg9ro'],
  // base64 of "tok:<id>:<n>:<n>"; dG9rO is the encoding of "tok:"
  pattern: /(?<![\w+/-])dG9rO[A-Za-z0-9+/]{30,100}={0,2}(?![\w+/=-])/gu,
  validate: (s) => {
    const raw = decodeBase64(s);
    return raw !== undefined && /^tok:[\x21-\x7e]{20,80}$/u.test(raw) && new Set(raw.slice(4)).size >= 8;
  },
  envName: 'INTERCOM_ACCESS_TOKEN',
  references: ['https://developers.intercom.com/docs/build-an-integration/learn-more/authentication'],
  examples: {
    positive: [`INTERCOM_ACCESS_TOKEN=${sample(1)}`, `curl https://api.intercom.io/me -H 'Authorization: Bearer ${sample(2)}'`],
    negative: [
      `INTERCOM_ACCESS_TOKEN=${encodeBase64('token: hello')}`,
      `INTERCOM_ACCESS_TOKEN=${encodeBase64('tok:aaaaaaaaaaaaaaaaaaaaaaaaaaa')}`,
      `INTERCOM_APP_ID=${fake('{l8}')}`,
    ],
  },
});
