import { defineRule, fake, minEntropy } from '../defineRule';
import { textBefore } from './_keyedValue';
import { decodeBase64, encodeBase64 } from './_providerKit';

/** A Data Center personal access token for the examples: base64 of "<12-digit id>:<20 random bytes>". */
function samplePat(seed: number): string {
  const bytes = fake('{b27}', seed).slice(0, 20);
  return encodeBase64(`${fake('{d12}', seed)}:${bytes}`);
}

export default defineRule({
  id: 'atlassian-personal-access-token',
  category: 'secret',
  description: 'Jira, Confluence or Bitbucket Data Center personal access token (44-character base64 of id:secret) near a product name',
  keywords: ['jira', 'confluence', 'bitbucket', 'atlassian'],
  // 44 base64 characters; they decode to a 10-14 digit token id, ':' and random bytes. The first
  // character is M/N/O because the decoded text starts with a digit.
  pattern: /(?<![\w+/-])[MNO][A-Za-z0-9+/]{43}(?![\w+/=-])/gu,
  validate: (s, ctx) =>
    /^\d{10,14}:/u.test(decodeBase64(s) ?? '') &&
    minEntropy(s, 4) &&
    /jira|confluence|bitbucket|atlassian/iu.test(`${textBefore(ctx.text, ctx.start, 300)} ${ctx.text.slice(ctx.end, ctx.end + 120)}`),
  envName: 'JIRA_PERSONAL_ACCESS_TOKEN',
  references: ['https://confluence.atlassian.com/enterprise/using-personal-access-tokens-1026032365.html'],
  examples: {
    positive: [
      `JIRA_PAT=${samplePat(1)}`,
      `curl -H "Authorization: Bearer ${samplePat(2)}" https://jira.acme.io/rest/api/2/myself`,
      `confluence:\n  base_url: https://wiki.acme.io\n  token: ${samplePat(3)}`,
    ],
    negative: [
      `JIRA_PAT=${fake('M{b43}')}`,
      `JIRA_PAT=${samplePat(4).slice(0, 40)}`,
      `AWS_SECRET_ACCESS_KEY=${samplePat(5)}`,
      'JIRA_PAT=MDAwMDAwMDAwMDAwOjAwMDAwMDAwMDAwMDAwMDAwMDAw',
    ],
  },
});
