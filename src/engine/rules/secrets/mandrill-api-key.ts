import { defineRule, fake, hasCharClasses, minEntropy } from '../defineRule';
import { keyPrefix, prefixedValue, textBefore } from './_keyedValue';

export default defineRule({
  id: 'mandrill-api-key',
  category: 'secret',
  description: 'Mandrill (Mailchimp Transactional) API key next to a Mandrill key name or in a Mandrill API call',
  keywords: ['mandrill'],
  // optional md- + 22 base64url characters, after a key name (MANDRILL_API_KEY, or `key` in a
  // request body sent to mandrillapp.com)
  pattern: prefixedValue([keyPrefix(String.raw`mandrill[\w.-]{0,16}?(?:key|token|secret)|mandrill\.Mandrill|api[_.-]?key|apikey|\bkey`)], String.raw`(?:md-)?[\w-]{22}`),
  secretGroup: 1,
  validate: (s, ctx) => {
    const body = s.replace(/^md-/u, '');
    return hasCharClasses(body, 2) && minEntropy(body, 3.2) && /mandrill/iu.test(textBefore(ctx.text, ctx.start, 300));
  },
  envName: 'MANDRILL_API_KEY',
  references: ['https://mailchimp.com/developer/transactional/guides/quick-start/', 'https://mailchimp.com/developer/transactional/docs/fundamentals/#authentication'],
  examples: {
    positive: [
      `MANDRILL_API_KEY=${fake('{a22}')}`,
      `curl -X POST https://mandrillapp.com/api/1.0/users/ping -d '{"key": "${fake('md-{a22}')}"}'`,
      `mandrill_client = mandrill.Mandrill('${fake('{a22}', 5)}')`,
    ],
    negative: [
      `MANDRILL_API_KEY=${fake('{a21}')}`,
      'MANDRILL_API_KEY=your_mandrill_api_key',
      `MANDRILL_API_KEY=${fake('{a30}')}`,
      `MAILCHIMP_API_KEY=${fake('{h32}-us6')}`,
    ],
  },
});
