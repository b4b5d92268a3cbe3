// A labelled corpus of realistic documents (configs, code, logs, chat transcripts, CSV, lockfiles)
// with planted secrets and personal data, and hard negatives of every filter category.
// Deterministic for a seed. Used by the accuracy test and by the benchmark.
import { prng } from '../../src/engine/rules/defineRule';
import * as v from './values';
import type { Rnd } from './values';

export interface Label {
  readonly start: number;
  readonly end: number;
  readonly category: 'secret' | 'pii';
  readonly kind: string;
}

export interface CorpusDoc {
  readonly path: string;
  readonly text: string;
  readonly labels: readonly Label[];
}

/** Appends text and records where planted values land. */
class Doc {
  text = '';
  labels: Label[] = [];
  add(s: string): this {
    this.text += s;
    return this;
  }
  plant(value: string, category: 'secret' | 'pii', kind: string): this {
    this.labels.push({ start: this.text.length, end: this.text.length + value.length, category, kind });
    this.text += value;
    return this;
  }
}

type Gen = (r: Rnd, d: Doc) => void;

const S = v.secretValues;

/** Positive snippets: each plants one or more labelled values in a realistic context. */
const POSITIVES: Gen[] = [
  (r, d) => d.add('AWS_ACCESS_KEY_ID=').plant(S.awsAccessKeyId!(r), 'secret', 'aws-id').add('\nAWS_SECRET_ACCESS_KEY=').plant(S.awsSecret!(r), 'secret', 'aws-secret').add('\n'),
  (r, d) => d.add('[default]\naws_access_key_id = ').plant(S.awsAccessKeyId!(r), 'secret', 'aws-id').add('\naws_secret_access_key = ').plant(S.awsSecret!(r), 'secret', 'aws-secret').add('\nregion = eu-west-1\n'),
  (r, d) => d.add('export GITHUB_TOKEN=').plant(S.githubPat!(r), 'secret', 'github').add('\n'),
  (r, d) => d.add('  git clone https://x-access-token:').plant(S.githubOauth!(r), 'secret', 'github').add('@github.com/acme/infra.git\n'),
  (r, d) => d.add('//registry.npmjs.org/:_authToken=').plant(S.npmToken!(r), 'secret', 'npm').add('\n'),
  (r, d) => d.add('slack:\n  bot_token: "').plant(S.slackBot!(r), 'secret', 'slack').add('"\n'),
  (r, d) => d.add('SLACK_WEBHOOK_URL=').plant(S.slackWebhook!(r), 'secret', 'slack-webhook').add('\n'),
  (r, d) => d.add("const stripe = require('stripe')('").plant(S.stripeSecret!(r), 'secret', 'stripe').add("');\n"),
  (r, d) => d.add('STRIPE_RESTRICTED_KEY=').plant(S.stripeRestricted!(r), 'secret', 'stripe').add('\n'),
  (r, d) => d.add('client = OpenAI(api_key="').plant(S.openaiProject!(r), 'secret', 'openai').add('")\n'),
  (r, d) => d.add('ANTHROPIC_API_KEY=').plant(S.anthropic!(r), 'secret', 'anthropic').add('\n'),
  (r, d) => d.add('<script src="https://maps.googleapis.com/maps/api/js?key=').plant(S.googleApiKey!(r), 'secret', 'google').add('"></script>\n'),
  (r, d) => d.add('SENDGRID_API_KEY=').plant(S.sendgrid!(r), 'secret', 'sendgrid').add('\n'),
  (r, d) => d.add('HF_TOKEN=').plant(S.huggingface!(r), 'secret', 'huggingface').add('\n'),
  (r, d) => d.add('echo ').plant(S.dockerPat!(r), 'secret', 'docker').add(' | docker login -u acmebot --password-stdin\n'),
  (r, d) => d.add('gitlab_token: ').plant(S.gitlabPat!(r), 'secret', 'gitlab').add('\n'),
  (r, d) => d.add('DIGITALOCEAN_TOKEN=').plant(S.digitalocean!(r), 'secret', 'digitalocean').add('\n'),
  (r, d) => d.add('curl -H "Authorization: Bearer ').plant(S.jwt!(r), 'secret', 'jwt').add('" https://api.acme-corp.com/v2/orders\n'),
  (r, d) => d.plant(v.pemKey(r), 'secret', 'pem').add('\n'),
  (r, d) => d.add('DATABASE_URL=postgres://app_user:').plant(S.password!(r), 'secret', 'db-url').add('@db-prod.acme-corp.com:5432/orders\n'),
  (r, d) => d.add('mongodb+srv://reporting:').plant(S.password!(r), 'secret', 'db-url').add('@cluster0.x1y2z.mongodb.net/analytics?retryWrites=true\n'),
  (r, d) => d.add('spring.datasource.password=').plant(S.password!(r), 'secret', 'password').add('\n'),
  (r, d) => d.add('  "db": { "host": "10.0.4.12", "user": "svc", "password": "').plant(S.password!(r), 'secret', 'password').add('" },\n'),
  (r, d) => d.add('PAYMENTS_API_KEY=').plant(S.genericKey!(r), 'secret', 'generic').add('\n'),
  (r, d) => d.add('mysql -h db.internal -u root -p').plant(S.password!(r), 'secret', 'cli').add(' shop < dump.sql\n'),
  // personal data
  (r, d) => d.add('Customer ').plant(v.email(r), 'pii', 'email').add(' reported the checkout error at 14:02.\n'),
  (r, d) => d.add('2024-05-03T10:22:11Z INFO login ok user=').plant(v.email(r), 'pii', 'email').add(' ip=').plant(v.publicIpv4(r), 'pii', 'ipv4').add('\n'),
  (r, d) => d.add('Please call me on ').plant(v.phone(r), 'pii', 'phone').add(' after 5pm.\n'),
  (r, d) => d.add('card_number: "').plant(v.card(r), 'pii', 'card').add('"\n'),
  (r, d) => d.add('The refund goes to IBAN ').plant(v.iban(r), 'pii', 'iban').add(', thanks.\n'),
  (r, d) => d.add('SSN: ').plant(v.ssn(r), 'pii', 'ssn').add('\n'),
  (r, d) => {
    const f = v.pick(r, v.FIRST);
    const l = v.pick(r, v.LAST);
    d.add('Hi, my name is ').plant(`${f} ${l}`, 'pii', 'name').add(' and I cannot log in since the update.\n');
  },
  (r, d) => {
    d.add('id,full_name,email,plan\n');
    for (let i = 0; i < 3; i++) {
      d.add(`${1000 + v.int(r, 0, 8999)},`).plant(`${v.pick(r, v.FIRST)} ${v.pick(r, v.LAST)}`, 'pii', 'name').add(',').plant(v.email(r), 'pii', 'email').add(`,${v.pick(r, ['pro', 'free', 'team'])}\n`);
    }
  },
];

/** Hard negatives: things that look like findings but are not. None of these is labelled. */
const NEGATIVES: Gen[] = [
  (_r, d) => d.add('AWS_ACCESS_KEY_ID=AKIAIOSFODNN7EXAMPLE\nAWS_SECRET_ACCESS_KEY=wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY\n'),
  (_r, d) => d.add('API_KEY=your-api-key-here\nDB_PASSWORD=changeme\nSECRET_TOKEN=<TOKEN>\nSTRIPE_KEY=sk_live_xxxxxxxxxxxxxxxxxxxxxxxx\n'),
  (_r, d) => d.add('password: ${DB_PASSWORD}\ntoken: "{{ secrets.DEPLOY_TOKEN }}"\napi_key = os.environ["API_KEY"]\nconst key = process.env.OPENAI_API_KEY;\n'),
  (r, d) => d.add(`request_id: ${v.chars(r, v.HEX, 8)}-${v.chars(r, v.HEX, 4)}-4${v.chars(r, v.HEX, 3)}-a${v.chars(r, v.HEX, 3)}-${v.chars(r, v.HEX, 12)}\n`),
  (r, d) => d.add(`commit ${v.chars(r, v.HEX, 40)}\nAuthor: CI Bot <ci@example.com>\n`),
  (r, d) => d.add(`    "resolved": "https://registry.npmjs.org/left-pad/-/left-pad-1.3.0.tgz",\n    "integrity": "sha512-${v.chars(r, v.B64, 86)}==",\n`),
  (r, d) => d.add(`.logo { background: url("data:image/png;base64,iVBORw0KGgo${v.chars(r, v.B64, 120)}"); }\n`),
  (_r, d) => d.add('Contact us at support@example.com or admin@test.invalid; dev box is root@localhost.\n'),
  (r, d) => d.add(`upstream backend { server 10.0.${v.int(r, 0, 255)}.${v.int(r, 1, 254)}:8080; server 192.168.1.${v.int(r, 1, 254)}:8080; }\nlisten 127.0.0.1:9000; # docs use 192.0.2.10\n`),
  (_r, d) => d.add('Use test card 4242 4242 4242 4242 or 4111-1111-1111-1111 in the sandbox.\n'),
  (r, d) => d.add(`export GITHUB_TOKEN=${v.githubToken(r, 'ghp_', false)}  # rotated, checksum mismatch\n`),
  (r, d) => d.add(`version: 1.${v.int(r, 0, 20)}.${v.int(r, 0, 20)}.${v.int(r, 0, 200)}\nbuild: 2024.05.03.1142\ntimestamp: 1714730531\n`),
  (r, d) => d.add(`order #${v.digits(r, 10)} shipped ${v.int(r, 1, 28)}/${v.int(r, 1, 12)}/2024, tracking ${v.digits(r, 12)}\n`),
  (r, d) => d.add(`const stripe = Stripe('pk_live_${v.chars(r, v.ALNUM, 24)}');\n`),
  (_r, d) => d.add('jobs:\n  build:\n    name: "build"\n    runs-on: ubuntu-latest\n    steps:\n      - name: Checkout\n        uses: actions/checkout@v4\n'),
  (_r, d) => d.add('{\n  "name": "my-package",\n  "author": "Acme Inc.",\n  "version": "2.3.1"\n}\n'),
  (_r, d) => d.add('const password = req.body.password;\nif (!isValid(password)) throw new Error("Invalid password");\n'),
  (r, d) => d.add(`IBAN check failed for DE00${v.digits(r, 18)}\n`),
  (r, d) => d.add(`sha256: ${v.chars(r, v.HEX, 64)}\nmd5 = "${v.chars(r, v.HEX, 32)}"\n`),
  (_r, d) => d.add('password_reset_url = "https://example.org/reset"\npasswordMinLength = 12\n'),
  (r, d) => d.add(`  "@types/node": "^20.${v.int(r, 0, 19)}.0",\n  "git@github.com:acme/app.git"\n`),
  (_r, d) => d.add('Authorization: Bearer <your-token>\nAuthorization: Bearer ${ACCESS_TOKEN}\n'),
];

/** Filler: ordinary code, prose and logs, so planted values sit in realistic surroundings. */
const FILLER: Gen[] = [
  (r, d) => d.add(`function handle${v.pick(r, ['Order', 'User', 'Invoice', 'Cart'])}(req, res) {\n  const id = Number(req.params.id);\n  if (Number.isNaN(id)) return res.status(400).json({ error: 'bad id' });\n  return service.load(id).then((x) => res.json(x));\n}\n`),
  (r, d) => d.add(`def compute_total(items):\n    total = sum(i.price * i.qty for i in items)\n    return round(total * ${1 + v.int(r, 0, 25) / 100}, 2)\n`),
  (r, d) => d.add(`2024-05-${String(v.int(r, 1, 28)).padStart(2, '0')} 12:${String(v.int(r, 0, 59)).padStart(2, '0')}:07 WARN pool exhausted, waiting ${v.int(r, 10, 900)}ms (active=${v.int(r, 1, 64)})\n`),
  (_r, d) => d.add('## Troubleshooting\n\nIf the build fails, clear the cache and run the install again. The CI pipeline caches dependencies per branch.\n\n'),
  (r, d) => d.add(`server:\n  port: ${v.int(r, 3000, 9000)}\n  timeout: 30s\nlogging:\n  level: info\n`),
  (_r, d) => d.add('User: the tests fail after I upgraded the ORM, here is the stack trace.\nAssistant: The error comes from the migration; run it with --fake-initial.\n'),
];

const KINDS = ['config.env', 'app.yaml', 'service.ts', 'worker.py', 'server.log', 'chat.md', 'customers.csv', 'package-lock.json', 'notes.txt'];

/** Generates `count` documents, each mixing filler, positives and hard negatives. */
export function generateCorpus(seed: number, count: number): CorpusDoc[] {
  const r = prng(seed);
  const docs: CorpusDoc[] = [];
  for (let i = 0; i < count; i++) {
    const d = new Doc();
    const parts = v.int(r, 4, 10);
    for (let p = 0; p < parts; p++) {
      const x = r();
      const gen = x < 0.35 ? v.pick(r, POSITIVES) : x < 0.65 ? v.pick(r, NEGATIVES) : v.pick(r, FILLER);
      gen(r, d);
    }
    docs.push({ path: `doc-${String(i).padStart(4, '0')}.${v.pick(r, KINDS)}`, text: d.text, labels: d.labels });
  }
  return docs;
}

/** The number of positive and negative snippet kinds (for coverage checks). */
export const SNIPPET_COUNTS = { positives: POSITIVES.length, negatives: NEGATIVES.length };
