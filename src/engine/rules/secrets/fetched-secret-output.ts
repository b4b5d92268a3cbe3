import { defineRule, fake, hasCharClasses } from '../defineRule';
import { isLiteralSecretValue } from './_generic';
import { looksRandom } from './_providerKit';
import { native } from '../../scan/nativeRegex';

/**
 * Commands whose whole output is one secret value: a Kubernetes secret's field (decoded, or as the
 * base64 jsonpath prints it), `vault kv get -field=…`, AWS Secrets Manager and SSM with text
 * output, `gcloud secrets versions access`, `az keyvault secret show -o tsv`, 1Password's `op
 * read`, `doppler secrets get --plain`, `heroku config:get`, `pass show`, the macOS keychain's
 * `security find-generic-password -w`, Bitwarden's `bw get password`.
 */
const FETCH_COMMAND = [
  String.raw`kubectl\b[^\n]{0,300}?[ \t]get[ \t]+secrets?\b[^\n]{0,400}?(?:\|[ \t]*base64[ \t]+(?:-d|--decode|-D)\b|base64decode|jsonpath=?[ \t]*["']?\{\.data[.[])`,
  String.raw`vault[ \t]+(?:kv[ \t]+get|read)\b[^\n]{0,200}?[ \t]-field[ =]`,
  String.raw`aws[ \t]+(?:secretsmanager[ \t]+get-secret-value|ssm[ \t]+get-parameter)\b[^\n]{0,400}?--output[ =]text`,
  String.raw`gcloud[ \t]+secrets[ \t]+versions[ \t]+access\b`,
  String.raw`az[ \t]+keyvault[ \t]+secret[ \t]+show\b[^\n]{0,400}?(?:-o|--output)[ =]tsv`,
  String.raw`op[ \t]+read[ \t]`,
  String.raw`doppler[ \t]+secrets[ \t]+get\b[^\n]{0,200}?--plain`,
  String.raw`heroku[ \t]+config:get[ \t]`,
  String.raw`(?:go)?pass[ \t]+show[ \t]`,
  String.raw`security[ \t]+find-(?:generic|internet)-password\b[^\n]{0,300}?[ \t]-w\b`,
  String.raw`bw[ \t]+get[ \t]+password[ \t]`,
].join('|');

/** A field that holds no secret, as the command names it: `{.data.username}`, `-field=host`, `--name db-user`. */
const NOT_SECRET_FIELD = native(/(?:\.data\.|\.data\[["']|-field[ =]|--name[ =]|--secret-id[ =])["']?[\w./-]{0,40}?[_./-]?(?:user(?:_?name)?|login|host(?:name)?|port|database|db_?name|email|url|endpoint|region|account)\b/iu);

// A terminal session pasted into a chat or a runbook: the command that prints a secret, then its
// output on the next line, one value alone on its line. The line after the command is read only
// when it holds nothing else (a prompt, a table or an error message has spaces).
export default defineRule({
  id: 'fetched-secret-output',
  category: 'secret',
  description: 'Secret printed by a secret-store command in a pasted terminal session (kubectl get secret | base64 -d, vault kv get -field, op read, …)',
  generic: true,
  keywords: [
    'kubectl', 'vault kv', 'vault read', 'secretsmanager', 'ssm get-parameter', 'gcloud secrets', 'keyvault secret', 'op read', 'doppler secrets',
    'config:get', 'pass show', 'find-generic-password', 'find-internet-password', 'bw get',
  ],
  window: { before: 16, after: 1400 },
  pattern: new RegExp(String.raw`\b(?:${FETCH_COMMAND})[^\n]*\n[ \t]*([^\s]{8,200})[ \t]*\r?(?=\n|$)`, 'gu'),
  secretGroup: 1,
  validate: (value, ctx) => {
    if (/^[{[<(]|^(?:error|warning|usage|fatal)\b/iu.test(value)) return false;
    // (Nor a shell history's timestamp line, `#1718172646`, which HISTTIMEFORMAT writes before each command.)
    if (/^#\d{9,11}$/u.test(value)) return false;
    // The field asked for names a non-secret: `{.data.username}`, `-field=host`.
    if (NOT_SECRET_FIELD.test(ctx.match[0])) return false;
    if (!isLiteralSecretValue(value, true, 8)) return false;
    // A name (a resource, a user, the next command's argument) is not a value: letters and digits
    // mixed, a symbol other than a name's separators, or a random-looking run of both cases.
    if (hasCharClasses(value, 2) && /[0-9]/u.test(value)) return true;
    if (/[^A-Za-z0-9._-]/u.test(value)) return true;
    return hasCharClasses(value, 2) && looksRandom(value, 3.5);
  },
  envName: 'SECRET_VALUE',
  references: [
    'https://kubernetes.io/docs/tasks/configmap-secret/managing-secret-using-kubectl/#decoding-secret',
    'https://developer.hashicorp.com/vault/docs/commands/kv/get',
    'https://developer.1password.com/docs/cli/reference/commands/read/',
  ],
  examples: {
    positive: [
      `$ kubectl -n payments get secret payments-db -o jsonpath='{.data.password}' | base64 -d\n${fake('{a12}!{d3}', 1)}\n$ `,
      `ops@bastion:~$ vault kv get -field=api_key secret/billing/stripe\n${fake('{a40}', 2)}`,
      `PS C:\\> az keyvault secret show --vault-name kv-prod --name sql-admin --query value -o tsv\n${fake('{a20}', 3)}`,
      `❯ op read "op://Platform/Grafana/credential"\n${fake('{w32}', 4)}\n`,
      `$ aws secretsmanager get-secret-value --secret-id prod/db --query SecretString --output text\n${fake('{a16}#{d4}', 5)}`,
    ],
    negative: [
      `$ kubectl get secret payments-db -o yaml\napiVersion: v1\nkind: Secret`,
      `$ vault kv get -field=api_key secret/billing/stripe\nError reading secret/billing/stripe: permission denied`,
      `$ op read "op://Platform/Grafana/credential"\n[ERROR] 2024/05/14 item not found`,
      `$ kubectl get secrets -o jsonpath='{.items[*].metadata.name}'\ndefault-token-abcde payments-db`,
      `$ pass show work/db\n\${DB_PASSWORD}`,
      `$ kubectl get secrets -o jsonpath='{.items[0].metadata.name}'\npayments-db-credentials`,
      `$ kubectl get secret db -o jsonpath='{.data.username}' | base64 -d\nsvc-payments01`,
      // a shell history with timestamps: the line after the command is the next one's time
      '#1718172370\nexport PGPASSWORD=$(az keyvault secret show --vault-name kv-prod -n pg-password --query value -o tsv)\n#1718172646\npsql -h db.internal -U app app\n',
      '$ vault kv get -field=db_host secret/payments\ndb01.prod.internal',
    ],
  },
});
