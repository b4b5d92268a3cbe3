import { defineRule, fake, hasCharClasses, minEntropy } from '../defineRule';

export default defineRule({
  id: 'huggingface-access-token',
  category: 'secret',
  description: 'Hugging Face user access token (hf_…)',
  keywords: ['hf_'],
  // hf_ + 34 ASCII letters
  pattern: /(?<![\w]|(?<!:)-)hf_[A-Za-z]{34}(?![\w-])/gu,
  validate: (s) => hasCharClasses(s.slice(3), 2) && minEntropy(s.slice(3), 3.5),
  publicPrefix: 3,
  envName: 'HF_TOKEN',
  references: ['https://huggingface.co/docs/hub/security-tokens'],
  examples: {
    positive: [
      `HF_TOKEN=hf_${fake('{L5}{A3}{L8}{A4}{L6}{A2}{L6}')}`,
      `from huggingface_hub import login\nlogin(token="hf_${fake('{A4}{L9}{A2}{L5}{A6}{L8}', 2)}")`,
    ],
    negative: [
      `HF_TOKEN=hf_${fake('{L5}{A3}{L8}{A4}{L6}{A2}{L5}')}`,
      `HF_TOKEN=hf_${fake('{L5}{A3}{L8}{A4}{L6}{A2}{L6}', 3)}9`,
      `HF_TOKEN=hf_${fake('{L9}{A4}{d4}{L17}', 5)}`,
      'HF_TOKEN=hf_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
      `HF_ORG_TOKEN=api_org_${fake('{L5}{A3}{L8}{A4}{L6}{A2}{L6}', 4)}`,
    ],
  },
});
