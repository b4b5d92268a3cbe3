import { defineRule } from '../defineRule';
import { isServiceAccount } from './_handles';

// The login of the person that a developer tool's output or export names, where the tool only ever
// puts a person's account (or a bot's, which isServiceAccount turns down):
//  1. Terraform's lock info (`Who:       vnair@ip-10-40-101-17`), pasted into every chat about a stuck state lock;
//  2. VS Code's chat export (`"requesterUsername": "priya-raghunathan"`; the responder is the assistant);
//  3. the assignee or reviewer of a `gh issue create` / `gh pr create` command (`--assignee thaldane`);
//  4. a Perforce protections table's user line (`=write user mheikkinen * //depot/main/...`).
export default defineRule({
  id: 'tool-user-login',
  category: 'pii',
  description: "Login of the person a tool names: Terraform's lock Who:, a chat export's requesterUsername, gh --assignee/--reviewer, a Perforce protections line",
  keywords: ['who:', 'requesterusername', '--assignee', '--reviewer', 'write user ', 'read user ', 'open user ', 'list user ', 'admin user ', 'super user ', 'review user '],
  // (Back far enough for the gh command before its --assignee.)
  window: { before: 320, after: 80 },
  pattern:
    /(?<![\w-])Who:[ \t]+([a-z][a-z0-9._-]{1,31})@[\w.-]{1,64}|"requesterUsername"[ \t]*:[ \t]*"([A-Za-z0-9][A-Za-z0-9-]{0,38})"|(?<![\w-])--(?:assignee|reviewer)[ =]@?([A-Za-z0-9][A-Za-z0-9-]{1,38})(?![\w-])(?<=\bgh[ \t]+(?:issue|pr)[ \t][^\n]{0,300})|(?:^|\n)[ \t]*=?(?:super|admin|write|read|open|list|review|branch)[ \t]+user[ \t]+([a-z][a-z0-9._-]{1,31})[ \t]+\S{1,64}[ \t]+-?\/\/[^\s]/gu,
  secretGroup: [1, 2, 3, 4],
  // (A depot's own accounts, `p4admin`, `swarm`, hold its super and admin lines.)
  validate: (s, ctx) => !isServiceAccount(s) && !/^(?:me|@me|copilot)$/iu.test(s) && !(ctx.match[4] !== undefined && /admin|^p4|perforce|swarm|jenkins|teamcity|build/iu.test(s)),
  redactAs: 'user',
  references: ['https://developer.hashicorp.com/terraform/language/state/locking', 'https://cli.github.com/manual/gh_issue_create'],
  examples: {
    positive: [
      '│   Who:       vnair@ip-10-40-101-17',
      '  "requesterUsername": "priya-raghunathan",\n  "responderUsername": "GitHub Copilot",',
      'gh issue create --repo acme/infra --title "RDS password in state" --assignee thaldane --label security',
      'gh pr create --fill --reviewer mkowalska',
      'Protections:\n\tsuper group admins * //...\n\t=write user mheikkinen * //driftmoor/main/Binaries/...',
    ],
    negative: ['\tsuper user p4admin * //...', '\twrite group artists * //depot/art/...', 'admin user build_svc 10.20.0.0/16 //...', 'az role assignment create --assignee e8a3b1c7-9d24-4f50-8b6e-3a71c0f9d2e5 --role Reader', 'gh issue create --assignee @me --title x', '│   Who:       runner@fv-az123-456', 'gh pr create --reviewer dependabot', 'Who: is on call tonight?'],
  },
});
