import { defineRule, fake, hasCharClasses } from '../defineRule';
import { looksRandom } from './_providerKit';

export default defineRule({
  id: 'figma-personal-access-token',
  category: 'secret',
  description: 'Figma personal access token (figd_…)',
  keywords: ['figd_'],
  // figd_ + 36-64 base64url characters
  pattern: /(?<![\w]|(?<!:)-)figd_[\w-]{36,64}(?![\w-])/gu,
  validate: (s) => hasCharClasses(s.slice(5), 2) && looksRandom(s.slice(5), 3.5),
  publicPrefix: 5,
  envName: 'FIGMA_ACCESS_TOKEN',
  references: ['https://www.figma.com/developers/api#access-tokens'],
  examples: {
    positive: [
      `here is my figma token ${fake('figd_{w40}')} can you check why the files endpoint returns forbidden`,
      `FIGMA_ACCESS_TOKEN=${fake('figd_{w40}', 9)}`,
      `curl -H "X-Figma-Token: ${fake('figd_{w43}', 2)}" https://api.figma.com/v1/me`],
    negative: [fake('figd_{w20}'), 'FIGMA_ACCESS_TOKEN=figd_your_token_here', fake('figx_{w40}')],
  },
});
