import { defineRule, fake, hasCharClasses, minEntropy } from '../defineRule';
import { keyPrefix, prefixedValue, textBefore } from './_keyedValue';

export default defineRule({
  id: 'atlassian-legacy-api-token',
  category: 'secret',
  description: 'Atlassian API token in the unprefixed 24-character format, next to a Jira, Confluence or Atlassian token name',
  keywords: ['jira', 'confluence', 'atlassian'],
  // 24 alphanumerics after a key such as JIRA_API_TOKEN / confluence_token / atlassian password,
  // or as the password of `-u email:token` with an atlassian.net URL nearby
  pattern: prefixedValue(
    [
      keyPrefix(String.raw`(?:jira|confluence|atlassian)[\w.-]{0,20}?(?:token|api[_.-]?key|secret|password|pass|pat)`),
      String.raw`(?:-u|--user)[ \t]{1,3}["']?[^\s:"'@]{1,64}@[^\s:"']{1,253}:`,
    ],
    '[A-Za-z0-9]{24}',
  ),
  secretGroup: 1,
  validate: (s, ctx) =>
    hasCharClasses(s, 2) && minEntropy(s, 3.3) && /jira|confluence|atlassian/iu.test(`${textBefore(ctx.text, ctx.start, 200)}${ctx.text.slice(ctx.end, ctx.end + 120)}`),
  envName: 'JIRA_API_TOKEN',
  references: ['https://support.atlassian.com/atlassian-account/docs/manage-api-tokens-for-your-atlassian-account/', 'https://developer.atlassian.com/cloud/jira/platform/basic-auth-for-rest-apis/'],
  examples: {
    positive: [
      `JIRA_API_TOKEN=${fake('{a24}')}`,
      `confluence:\n  url: https://acme.atlassian.net/wiki\n  confluence_api_token: "${fake('{a24}', 2)}"`,
      `curl -u ops@acme.io:${fake('{a24}', 3)} https://acme.atlassian.net/rest/api/2/issue/OPS-12`,
    ],
    negative: [
      `JIRA_API_TOKEN=${fake('{a20}')}`,
      'JIRA_API_TOKEN=your_jira_api_token_here',
      `JIRA_PROJECT_KEY=${fake('{u24}')}`,
      `curl -u ops@acme.io:${fake('{a24}', 4)} https://api.acme.io/v1`,
      `JIRA_API_TOKEN=${fake('{a30}')}`,
    ],
  },
});
