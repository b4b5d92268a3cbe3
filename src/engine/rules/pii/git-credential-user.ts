import { native } from '../../scan/nativeRegex';
import { defineRule, fake } from '../defineRule';
import { isServiceAccount } from './_handles';

/** User names that a code host's token takes in place of a person's (`oauth2`, `x-access-token`, `x-token-auth`). */
const TOKEN_USERS = native(/^(?:oauth2?|x-access-token|x-token-auth|x-oauth-basic|token|pat|private-token|gitlab-ci-token|build|api|user|username|anonymous)$/iu);

// A person's account on a code host, as a `.git-credentials` line or a remote URL carries it with
// its token: `https://<user>:<token>@github.com`. The token is the secrets rules'; the user name
// before it says whose the token is. Only on code hosts (GitHub, GitLab, Bitbucket, Azure DevOps,
// a company's `git.`/`gitlab.`/`bitbucket.` host): a database URL's user is an application's.
export default defineRule({
  id: 'git-credential-user',
  category: 'pii',
  // Decision (fifty-second session): opt-in, as all login rules are. Over the nine held-out corpora
  // of the fifty-first and fifty-second sessions, the login rules' findings were 0 true: writers
  // label names, not logins (docs/performance-and-accuracy-history.md, "Logins are opt-in").
  optIn: true,
  description: "A person's user name before a token in a code host's credential URL (.git-credentials, a remote)",
  severity: 'info',
  keywords: ['://'],
  window: { before: 48, after: 260 },
  pattern:
    /https?:\/\/([A-Za-z0-9][\w.-]{1,38}):[^\s@\/:"'`]{8,200}@(?:github\.com|gitlab\.com|bitbucket\.org|dev\.azure\.com|[\w-]{1,63}\.visualstudio\.com|(?:git|gitlab|bitbucket|gitea|forgejo|code|scm)\.[\w-]{1,63}(?:\.[\w-]{1,63}){1,4})(?=[\/:\s"'`]|$)/gmu,
  secretGroup: 1,
  validate: (s) => !TOKEN_USERS.test(s) && !isServiceAccount(s) && !/^\d+$/u.test(s),
  redactAs: 'username',
  references: ['https://git-scm.com/docs/git-credential-store#_storage_format'],
  examples: {
    positive: [
      `https://ana-builds:ghp_${fake('{a36}', 4521)}@github.com`,
      `git remote set-url origin https://lmorais:${fake('{a20}', 4522)}@bitbucket.acme-travel.internal/scm/ndc/gateway.git`,
    ],
    negative: [
      `https://oauth2:glpat-${fake('{w20}', 4523)}@gitlab.com`,
      `https://x-access-token:ghs_${fake('{a36}', 4524)}@github.com/acme/api.git`,
      `https://release-bot:${fake('{a20}', 4525)}@github.com`,
      `postgres://app_user:${fake('{a16}', 4526)}@db.internal:5432/app`,
    ],
  },
});
