import { defineRule, fake, hasCharClasses, minEntropy } from '../defineRule';

export default defineRule({
  id: 'huggingface-org-api-token',
  category: 'secret',
  description: 'Hugging Face organization API token (api_org_…)',
  keywords: ['api_org_'],
  // api_org_ + 34 ASCII letters
  pattern: /(?<![\w]|(?<!:)-)api_org_[A-Za-z]{34}(?![\w-])/gu,
  validate: (s) => hasCharClasses(s.slice(8), 2) && minEntropy(s.slice(8), 3.5),
  publicPrefix: 8,
  envName: 'HF_ORG_TOKEN',
  references: ['https://huggingface.co/docs/hub/security-tokens'],
  examples: {
    positive: [
      `HF_ORG_TOKEN=api_org_${fake('{L5}{A3}{L8}{A4}{L6}{A2}{L6}')}`,
      `headers = {"Authorization": "Bearer api_org_${fake('{A4}{L9}{A2}{L5}{A6}{L8}', 2)}"}`,
    ],
    negative: [
      `HF_ORG_TOKEN=api_org_${fake('{L5}{A3}{L8}{A4}{L6}{A2}{L4}')}`,
      'HF_ORG_TOKEN=api_org_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
      `HF_TOKEN=hf_${fake('{L5}{A3}{L8}{A4}{L6}{A2}{L6}', 3)}`,
      `api_orgs_${fake('{L5}{A3}{L8}{A4}{L6}{A2}{L6}', 4)}`,
    ],
  },
});
