import { defineRule } from '../defineRule';
import { isServiceAccount } from './_handles';

// The login of the person that a developer tool's output or export names, where the tool only ever
// puts a person's account (or a bot's, which isServiceAccount turns down):
//  1. Terraform's lock info (`Who:       vnair@ip-10-40-101-17`), pasted into every chat about a stuck state lock;
//  2. VS Code's chat export (`"requesterUsername": "priya-raghunathan"`; the responder is the assistant);
//  3. the assignee or reviewer of a `gh issue create` / `gh pr create` command (`--assignee thaldane`);
//  4. a Perforce protections table's user line (`=write user mheikkinen * //depot/main/...`);
//  5. JupyterHub's (and Jupyter Server's) request log, which ends each line with the user and
//     their address (`200 GET /user/<login>/api/sessions (<login>@203.0.113.9) 149.83ms`).
export default defineRule({
  id: 'tool-user-login',
  category: 'pii',
  // Decision (fifty-second session): opt-in, as all login rules are. Over the nine held-out corpora
  // of the fifty-first and fifty-second sessions, the login rules' findings were 0 true: writers
  // label names, not logins (docs/performance-and-accuracy-history.md, "Logins are opt-in").
  optIn: true,
  description: "Login of the person a tool names: Terraform's lock Who:, a chat export's requesterUsername, gh --assignee/--reviewer, a Perforce protections line, a JupyterHub request log",
  keywords: ['who:', 'requesterusername', '--assignee', '--reviewer', 'write user ', 'read user ', 'open user ', 'list user ', 'admin user ', 'super user ', 'review user ', 'jupyterhub log:', 'singleuser log:', 'serverapp log:'],
  // (Back far enough for the gh command before its --assignee.)
  window: { before: 320, after: 80 },
  keywordWindows: { 'jupyterhub log:': { before: 320, after: 600 }, 'singleuser log:': { before: 320, after: 600 }, 'serverapp log:': { before: 320, after: 600 } },
  pattern:
    /(?<![\w-])Who:[ \t]+([a-z][a-z0-9._-]{1,31})@[\w.-]{1,64}|"requesterUsername"[ \t]*:[ \t]*"([A-Za-z0-9][A-Za-z0-9-]{0,38})"|(?<![\w-])--(?:assignee|reviewer)[ =]@?([A-Za-z0-9][A-Za-z0-9-]{1,38})(?![\w-])(?<=\bgh[ \t]+(?:issue|pr)[ \t][^\n]{0,300})|(?:^|\n)[ \t]*=?(?:super|admin|write|read|open|list|review|branch)[ \t]+user[ \t]+([a-z][a-z0-9._-]{1,31})[ \t]+\S{1,64}[ \t]+-?\/\/[^\s]|(?:JupyterHub|SingleUser|ServerApp) log:\d{1,5}\][ \t]\d{3}[ \t][A-Z]{3,7}[ \t][^\s]{1,240}(?:[ \t]->[ \t][^\s]{1,240})?[ \t]\(([a-z][a-z0-9._-]{1,38})@[0-9a-fA-F.:]{3,45}\)/gu,
  secretGroup: [1, 2, 3, 4, 5],
  // (A depot's own accounts, `p4admin`, `swarm`, hold its super and admin lines.)
  // (JupyterHub's own services, the idle culler above all, log their requests the same way.)
  validate: (s, ctx) =>
    !isServiceAccount(s) &&
    !/^(?:me|@me|copilot)$/iu.test(s) &&
    !(ctx.match[4] !== undefined && /admin|^p4|perforce|swarm|jenkins|teamcity|build/iu.test(s)) &&
    !(ctx.match[5] !== undefined && /^(?:cull|idle|jupyterhub|hub|announcement|grafana|prometheus)/u.test(s)),
  redactAs: 'user',
  references: ['https://developer.hashicorp.com/terraform/language/state/locking', 'https://cli.github.com/manual/gh_issue_create'],
  examples: {
    positive: [
      '│   Who:       vnair@ip-10-40-101-17',
      '  "requesterUsername": "priya-raghunathan",\n  "responderUsername": "GitHub Copilot",',
      'gh issue create --repo acme/infra --title "RDS password in state" --assignee thaldane --label security',
      'gh pr create --fill --reviewer mkowalska',
      'Protections:\n\tsuper group admins * //...\n\t=write user mheikkinen * //driftmoor/main/Binaries/...',
      '[I 2024-09-18 12:59:48.710 JupyterHub log:192] 200 GET /hub/home (tokonkwo@198.51.100.17) 149.83ms',
      '[I 2024-09-18 13:08:47.168 JupyterHub log:192] 302 GET /hub/oauth_callback?code=[secret] -> /hub/home (mpatel@198.51.100.16) 281.88ms',
    ],
    negative: ['\tsuper user p4admin * //...', '\twrite group artists * //depot/art/...', 'admin user build_svc 10.20.0.0/16 //...', 'az role assignment create --assignee e8a3b1c7-9d24-4f50-8b6e-3a71c0f9d2e5 --role Reader', 'gh issue create --assignee @me --title x', '│   Who:       runner@fv-az123-456', 'gh pr create --reviewer dependabot', 'Who: is on call tonight?', '[I 2024-09-18 12:59:59.205 JupyterHub log:192] 200 GET /hub/health (@10.0.0.7) 1.02ms', '[I 2024-09-18 12:59:59.205 JupyterHub log:192] 200 GET /hub/api (cull-idle@127.0.0.1) 3.10ms'],
  },
});
