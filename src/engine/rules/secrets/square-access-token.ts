import { defineRule, fake, minEntropy } from '../defineRule';

export default defineRule({
  id: 'square-access-token',
  category: 'secret',
  description: 'Square access token (EAAA…, production or sandbox)',
  keywords: ['eaaa'],
  // EAAA + 60 base64url characters (64 in total). Longer EAA… strings are Facebook tokens.
  pattern: /(?<![\w]|(?<!:)-)EAAA[\w-]{60}(?![\w-])/gu,
  validate: (s) => minEntropy(s.slice(4), 3.5),
  publicPrefix: 4,
  envName: 'SQUARE_ACCESS_TOKEN',
  references: ['https://developer.squareup.com/docs/build-basics/access-tokens'],
  examples: {
    positive: [
      `SQUARE_ACCESS_TOKEN=${fake('EAAA{w60}')}`,
      `const client = new SquareClient({ token: "${fake('EAAAE{w59}', 2)}", environment: SquareEnvironment.Sandbox });`,
    ],
    negative: [
      `SQUARE_ACCESS_TOKEN=${fake('EAAA{w50}')}`,
      `FACEBOOK_ACCESS_TOKEN=${fake('EAAAB{w160}')}`,
      `FACEBOOK_ACCESS_TOKEN=${fake('EAAG{w60}')}`,
      'SQUARE_ACCESS_TOKEN=EAAAxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
    ],
  },
});
