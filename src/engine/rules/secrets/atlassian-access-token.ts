import { defineRule, fake, minEntropy } from '../defineRule';
import { sampleAtlassianToken } from './_atlassianToken';

export default defineRule({
  id: 'atlassian-access-token',
  category: 'secret',
  description: 'Atlassian access token: Bitbucket repository/project/workspace access token or organization admin API key (ATCTT3…)',
  keywords: ['atctt3'],
  // ATCTT3 + 150-300 base64url characters (observed: 192 in total, ending = + 8 upper-case hex)
  pattern: /(?<![\w]|(?<!:)-)ATCTT3[\w=-]{150,300}(?![\w=-])/gu,
  validate: (s) => minEntropy(s.slice(6), 4),
  publicPrefix: 6,
  envName: 'BITBUCKET_ACCESS_TOKEN',
  references: [
    'https://support.atlassian.com/bitbucket-cloud/docs/repository-access-tokens/',
    'https://support.atlassian.com/organization-administration/docs/manage-an-organization-with-the-admin-apis/',
  ],
  examples: {
    positive: [
      `curl -H "Authorization: Bearer ${sampleAtlassianToken('ATCTT3xFfGN0', 2)}" https://api.atlassian.com/admin/v1/orgs`,
      `git clone https://x-token-auth:${sampleAtlassianToken('ATCTT3xFfGN0', 1)}@bitbucket.org/acme/api.git`,
    ],
    negative: [
      `BITBUCKET_TOKEN=ATCTT3${fake('{w90}')}`,
      `JIRA_API_TOKEN=${sampleAtlassianToken('ATATT3xFfGF0', 3)}`,
      `BITBUCKET_TOKEN=ATCTT3${'x'.repeat(186)}`,
    ],
  },
});
