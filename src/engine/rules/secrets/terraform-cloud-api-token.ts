import { defineRule, fake, minEntropy } from '../defineRule';

export default defineRule({
  id: 'terraform-cloud-api-token',
  category: 'secret',
  description: 'HCP Terraform / Terraform Enterprise API token (….atlasv1.…)',
  keywords: ['atlasv1'],
  // 14 alphanumerics (token id) + .atlasv1. + 60-70 base64url/= characters
  pattern: /(?<![\w.]|(?<!:)-)[A-Za-z0-9]{14}\.atlasv1\.[\w=-]{60,70}(?![\w=-])/gu,
  validate: (s) => minEntropy(s.slice(23), 3.5),
  envName: 'TFE_TOKEN',
  references: ['https://developer.hashicorp.com/terraform/cloud-docs/users-teams-organizations/api-tokens', 'https://developer.hashicorp.com/terraform/cli/config/config-file#credentials'],
  examples: {
    positive: [
      `TF_TOKEN_app_terraform_io=${fake('{a14}.atlasv1.{w64}', 2)}`,
      `credentials "app.terraform.io" {\n  token = "${fake('{a14}.atlasv1.{w67}')}"\n}`,
    ],
    negative: [
      fake('{a14}.atlasv1.{w40}'),
      fake('{a14}.atlasv2.{w67}'),
      fake('{a10}.atlasv1.{w67}'),
      'token = "xxxxxxxxxxxxxx.atlasv1.xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"',
    ],
  },
});
