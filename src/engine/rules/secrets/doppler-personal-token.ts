import { defineRule, fake, hasCharClasses, minEntropy } from '../defineRule';

export default defineRule({
  id: 'doppler-personal-token',
  category: 'secret',
  description: 'Doppler personal token (dp.pt.…)',
  keywords: ['dp.pt.'],
  // dp.pt. + 40-44 alphanumerics
  pattern: /(?<![\w.]|(?<!:)-)dp\.pt\.[A-Za-z0-9]{40,44}(?![\w-])/gu,
  validate: (s) => {
    const body = s.slice(s.lastIndexOf('.') + 1);
    return hasCharClasses(body, 2) && minEntropy(body, 3.5);
  },
  publicPrefix: 6,
  envName: 'DOPPLER_TOKEN',
  references: ['https://docs.doppler.com/reference/auth-token-formats', 'https://docs.doppler.com/reference/api#authentication'],
  examples: {
    positive: [
      `DOPPLER_TOKEN=${fake('dp.pt.{a43}')}`,
      `curl -H "Authorization: Bearer ${fake('dp.pt.{a40}', 2)}" https://api.doppler.com/v3/me`,
    ],
    negative: [
      fake('dp.pt.{a30}'),
      'DOPPLER_TOKEN=dp.pt.xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
      fake('dp.st.{a43}'),
      fake('dp.ct.{a43}'),
      fake('dp.sa.{a43}'),
    ],
  },
});
