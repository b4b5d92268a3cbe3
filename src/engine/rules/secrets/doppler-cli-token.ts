import { defineRule, fake, hasCharClasses, minEntropy } from '../defineRule';

export default defineRule({
  id: 'doppler-cli-token',
  category: 'secret',
  description: 'Doppler CLI token (dp.ct.…)',
  keywords: ['dp.ct.'],
  // dp.ct. + 40-44 alphanumerics
  pattern: /(?<![\w.]|(?<!:)-)dp\.ct\.[A-Za-z0-9]{40,44}(?![\w-])/gu,
  validate: (s) => {
    const body = s.slice(s.lastIndexOf('.') + 1);
    return hasCharClasses(body, 2) && minEntropy(body, 3.5);
  },
  publicPrefix: 6,
  envName: 'DOPPLER_TOKEN',
  references: ['https://docs.doppler.com/reference/auth-token-formats', 'https://docs.doppler.com/reference/api#authentication'],
  examples: {
    positive: [
      `DOPPLER_TOKEN=${fake('dp.ct.{a43}')}`,
      `curl -H "Authorization: Bearer ${fake('dp.ct.{a40}', 2)}" https://api.doppler.com/v3/me`,
    ],
    negative: [
      fake('dp.ct.{a30}'),
      'DOPPLER_TOKEN=dp.ct.xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
      fake('dp.pt.{a43}'),
      fake('dp.st.{a43}'),
      fake('dp.sa.{a43}'),
    ],
  },
});
