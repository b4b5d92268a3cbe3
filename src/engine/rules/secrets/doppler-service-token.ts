import { defineRule, fake, hasCharClasses, minEntropy } from '../defineRule';

export default defineRule({
  id: 'doppler-service-token',
  category: 'secret',
  description: 'Doppler service token (dp.st.[config.]…)',
  keywords: ['dp.st.'],
  // dp.st.(optional config name + .) + 40-44 alphanumerics
  pattern: /(?<![\w.]|(?<!:)-)dp\.st\.(?:[a-z0-9_-]{1,40}\.)?[A-Za-z0-9]{40,44}(?![\w-])/gu,
  validate: (s) => {
    const body = s.slice(s.lastIndexOf('.') + 1);
    return hasCharClasses(body, 2) && minEntropy(body, 3.5);
  },
  publicPrefix: 6,
  envName: 'DOPPLER_TOKEN',
  references: ['https://docs.doppler.com/reference/auth-token-formats', 'https://docs.doppler.com/reference/api#authentication'],
  examples: {
    positive: [
      `DOPPLER_TOKEN=${fake('dp.st.prd.{a43}')}`,
      `curl -H "Authorization: Bearer ${fake('dp.st.prd.{a40}', 2)}" https://api.doppler.com/v3/me`,
      `doppler run --token ${fake('dp.st.{a44}', 3)} -- npm start`,
    ],
    negative: [
      fake('dp.st.prd.{a30}'),
      'DOPPLER_TOKEN=dp.st.prd.xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
      fake('dp.pt.{a43}'),
      fake('dp.ct.{a43}'),
      fake('dp.sa.{a43}'),
    ],
  },
});
