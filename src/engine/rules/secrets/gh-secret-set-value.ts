import { defineRule, fake } from '../defineRule';
import { isLiteralSecretValue } from './_generic';

export default defineRule({
  id: 'gh-secret-set-value',
  category: 'secret',
  description: 'Secret given on the command line to gh secret set (--body / -b VALUE)',
  generic: true,
  keywords: ['gh secret set'],
  window: { before: 8, after: 600 },
  // `gh secret set NAME`, its options, then --body or -b and the value: double-quoted (group 1),
  // single-quoted (group 2) or bare (group 3).
  pattern:
    /\bgh[ \t]+secret[ \t]+set[ \t]+[A-Za-z_][A-Za-z0-9_]{0,100}(?:[ \t]+(?:--(?:repo|env|org|app|visibility|repos)|-[Reoav])(?:[ \t]+|=)[^\s-][^\s]{0,200})*[ \t]+(?:--body(?:[ \t]+|=)|-b[ \t]*=?)(?:"([^"\n]{4,1024})"|'([^'\n]{4,1024})'|([^\s"'|;&)]{4,1024}))/gu,
  secretGroup: [1, 2, 3],
  validate: (_s, ctx) => {
    const m = ctx.match;
    const value = m[1] ?? m[2] ?? m[3] ?? '';
    return isLiteralSecretValue(value, m[3] === undefined, 8) && !value.startsWith('-');
  },
  envName: 'SECRET_VALUE',
  references: ['https://cli.github.com/manual/gh_secret_set'],
  examples: {
    positive: [
      `gh secret set AWS_SECRET_ACCESS_KEY --repo acme/billing-service --body ${fake('{b40}', 211)}`,
      `gh secret set DEPLOY_TOKEN -b"${fake('{a32}', 212)}" --env production`,
      `gh secret set DB_PASSWORD --org acme --visibility all --body '${fake('{a12}', 213)}#${fake('{a6}', 214)}'`,
    ],
    negative: [
      'gh secret set AWS_SECRET_ACCESS_KEY --repo acme/billing-service --body "$AWS_SECRET_ACCESS_KEY"',
      'gh secret set DEPLOY_TOKEN < token.txt',
      'gh secret set MYSECRET --body "<your-secret>"',
    ],
  },
});
