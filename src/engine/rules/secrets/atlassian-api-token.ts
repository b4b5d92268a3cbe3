import { defineRule, fake, minEntropy } from '../defineRule';
import { sampleAtlassianToken } from './_atlassianToken';

export default defineRule({
  id: 'atlassian-api-token',
  category: 'secret',
  description: 'Atlassian account API token for Jira, Confluence and Bitbucket Cloud (ATATT3…)',
  keywords: ['atatt3'],
  // ATATT3 + 150-300 base64url characters; the tokens seen so far are 192 characters long and end
  // in = + 8 upper-case hex (a CRC32). Atlassian documents the length as variable, so neither is
  // required.
  pattern: /(?<![\w]|(?<!:)-)ATATT3[\w=-]{150,300}(?![\w=-])/gu,
  validate: (s) => minEntropy(s.slice(6), 4),
  publicPrefix: 6,
  envName: 'ATLASSIAN_API_TOKEN',
  references: ['https://support.atlassian.com/atlassian-account/docs/manage-api-tokens-for-your-atlassian-account/'],
  examples: {
    positive: [
      `JIRA_API_TOKEN=${sampleAtlassianToken('ATATT3xFfGF0', 1)}`,
      `curl -u me@acme.io:${sampleAtlassianToken('ATATT3xFfGF0', 2)} https://acme.atlassian.net/rest/api/3/myself`,
    ],
    negative: [
      `JIRA_API_TOKEN=ATATT3${fake('{w100}')}`,
      `BITBUCKET_TOKEN=${sampleAtlassianToken('ATCTT3xFfGN0', 3)}`,
      `JIRA_API_TOKEN=ATATT3${'x'.repeat(186)}`,
      `JIRA_API_TOKEN=${fake('{a24}')}`,
    ],
  },
});
