import { defineRule, fake } from '../defineRule';
import { decodeBase64, encodeBase64 } from './_providerKit';

function sample(seed: number): string {
  return encodeBase64(`reftkn:01:${fake('{d10}', seed)}:${fake('{a27}', seed + 1)}`);
}

export default defineRule({
  id: 'jfrog-reference-token',
  category: 'secret',
  description: 'JFrog reference (identity) token (base64 of "reftkn:…", starting cmVmdGtu…)',
  keywords: ['cmvmdgtu'],
  // base64 of "reftkn:01:<expiry>:<random>"; cmVmdGtu is the encoding of "reftkn"
  pattern: /(?<![\w+/-])cmVmdGtu[A-Za-z0-9+/]{40,100}={0,2}(?![\w+/=-])/gu,
  validate: (s) => {
    const raw = decodeBase64(s);
    return raw !== undefined && /^reftkn:\d{2}:\d{1,12}:[\x21-\x7e]{16,}$/u.test(raw) && new Set(raw.slice(-16)).size >= 8;
  },
  envName: 'JFROG_ACCESS_TOKEN',
  references: ['https://jfrog.com/help/r/jfrog-platform-administration-documentation/reference-tokens'],
  examples: {
    positive: [`JFROG_ACCESS_TOKEN=${sample(1)}`, `jf c add acme --url=https://acme.jfrog.io --access-token=${sample(3)}`],
    negative: [
      `JFROG_ACCESS_TOKEN=${encodeBase64('reftkn is a word in this sentence ok')}`,
      `JFROG_ACCESS_TOKEN=${encodeBase64('reftkn:01:1234567890:aaaaaaaaaaaaaaaaaaaaaaaaaaa')}`,
      fake('AKCp{a69}'),
    ],
  },
});
