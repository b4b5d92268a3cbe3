// `npm run demo`: writes a small demo project with realistic FAKE secrets and personal data into
// .demo/ (values are generated here, so no secret-shaped literal sits in the repository), then
// shows the CLI at work on it: a scan, a redacted chat prompt, and a Claude Code hook decision.
import { spawnSync } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);
const v = require(join(root, 'out/test/corpus/values.js'));
const { prng } = require(join(root, 'out/src/engine/rules/defineRule.js'));
const r = prng(42);
const demo = join(root, '.demo');
rmSync(demo, { recursive: true, force: true });

const files = {
  '.env': `# local settings — never commit
NODE_ENV=development
DATABASE_URL=postgres://shop:${v.secretValues.password(r)}@db.internal:5432/shop
STRIPE_SECRET_KEY=${v.secretValues.stripeSecret(r)}
OPENAI_API_KEY=${v.secretValues.openaiProject(r)}
API_BASE_URL=https://api.acme-corp.com
# placeholders and references are not reported:
SENTRY_DSN=\${SENTRY_DSN}
ADMIN_PASSWORD=changeme
`,
  'src/github.ts': `import { Octokit } from '@octokit/rest';

// TODO: move to the secret store
const octokit = new Octokit({ auth: '${v.secretValues.githubPat(r)}' });

export async function openIssue(title: string): Promise<void> {
  await octokit.issues.create({ owner: 'acme', repo: 'shop', title });
}
`,
  'config/aws.ini': `[default]
aws_access_key_id = ${v.secretValues.awsAccessKeyId(r)}
aws_secret_access_key = ${v.secretValues.awsSecret(r)}
region = eu-central-1

[docs-example]
aws_access_key_id = AKIAIOSFODNN7EXAMPLE
`,
  'logs/checkout.log': `2026-11-28T09:14:03Z ERROR payment declined order=58213 customer=${v.email(r)} ip=${v.publicIpv4(r)}
2026-11-28T09:14:04Z INFO retry scheduled in 30s (request 3f2b9c1e-8d4a-4c2b-9e1f-2a6b7c8d9e0f)
`,
  'support/ticket-4711.md': `Hi team,

my name is ${v.pick(r, v.FIRST)} ${v.pick(r, v.LAST)} and my card ${v.card(r)} was charged twice.
Please refund to IBAN ${v.iban(r)} or call me on ${v.phone(r)}.

Best regards
`,
};
for (const [rel, text] of Object.entries(files)) {
  mkdirSync(dirname(join(demo, rel)), { recursive: true });
  writeFileSync(join(demo, rel), text);
}

const cli = join(root, 'dist/cli.js');
function show(title, args, input) {
  console.log(`\n\x1b[1m$ prompt-hygiene ${args.join(' ')}\x1b[0m   # ${title}`);
  const res = spawnSync(process.execPath, [cli, ...args], { cwd: demo, input, encoding: 'utf8' });
  process.stdout.write(res.stdout);
  process.stderr.write(res.stderr);
  console.log(`(exit ${res.status})`);
}

console.log(`Demo project written to ${demo} (all values are fake).`);
show('scan the demo project', ['scan', '.']);
show('redact a prompt before it goes to an assistant', ['redact', 'support/ticket-4711.md', '--strategy', 'pseudonym']);
show(
  'what a Claude Code UserPromptSubmit hook answers',
  ['hook', 'claude-code'],
  JSON.stringify({ hook_event_name: 'UserPromptSubmit', session_id: 'demo-session', prompt: `Why does this fail? ${files['.env'].split('\n')[3]}` }),
);
