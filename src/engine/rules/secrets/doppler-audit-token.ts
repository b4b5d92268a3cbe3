import { defineRule, fake, hasCharClasses, minEntropy } from '../defineRule';

export default defineRule({
  id: 'doppler-audit-token',
  category: 'secret',
  description: 'Doppler audit token (dp.audit.…)',
  keywords: ['dp.audit.'],
  // dp.audit. + 40-44 alphanumerics
  pattern: /(?<![\w.]|(?<!:)-)dp\.audit\.[A-Za-z0-9]{40,44}(?![\w-])/gu,
  validate: (s) => {
    const body = s.slice(s.lastIndexOf('.') + 1);
    return hasCharClasses(body, 2) && minEntropy(body, 3.5);
  },
  publicPrefix: 9,
  envName: 'DOPPLER_AUDIT_TOKEN',
  references: ['https://docs.doppler.com/reference/auth-token-formats', 'https://docs.doppler.com/reference/api#authentication'],
  examples: {
    positive: [
      `DOPPLER_AUDIT_TOKEN=${fake('dp.audit.{a43}')}`,
      `curl -H "Authorization: Bearer ${fake('dp.audit.{a40}', 2)}" https://api.doppler.com/v3/me`,
    ],
    negative: [
      fake('dp.audit.{a30}'),
      'DOPPLER_AUDIT_TOKEN=dp.audit.xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
      fake('dp.pt.{a43}'),
      fake('dp.st.{a43}'),
      fake('dp.ct.{a43}'),
    ],
  },
});
