import { defineRule, fake, hasCharClasses, minEntropy } from '../defineRule';

export default defineRule({
  id: 'doppler-scim-token',
  category: 'secret',
  description: 'Doppler SCIM token (dp.scim.…)',
  keywords: ['dp.scim.'],
  // dp.scim. + 40-44 alphanumerics
  pattern: /(?<![\w.]|(?<!:)-)dp\.scim\.[A-Za-z0-9]{40,44}(?![\w-])/gu,
  validate: (s) => {
    const body = s.slice(s.lastIndexOf('.') + 1);
    return hasCharClasses(body, 2) && minEntropy(body, 3.5);
  },
  publicPrefix: 8,
  envName: 'DOPPLER_SCIM_TOKEN',
  references: ['https://docs.doppler.com/reference/auth-token-formats', 'https://docs.doppler.com/reference/api#authentication'],
  examples: {
    positive: [
      `DOPPLER_SCIM_TOKEN=${fake('dp.scim.{a43}')}`,
      `curl -H "Authorization: Bearer ${fake('dp.scim.{a40}', 2)}" https://api.doppler.com/v3/me`,
    ],
    negative: [
      fake('dp.scim.{a30}'),
      'DOPPLER_SCIM_TOKEN=dp.scim.xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
      fake('dp.pt.{a43}'),
      fake('dp.st.{a43}'),
      fake('dp.ct.{a43}'),
    ],
  },
});
