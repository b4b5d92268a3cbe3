import { native } from '../../scan/nativeRegex';
import { defineRule, fake } from '../defineRule';
import { isLiteralSecretValue } from './_generic';

/** A parameter name that says what SSM stores is a credential (`/prod/db/password`, `smtp-api-key`). */
const SECRET_NAME = native(/pass(?:word|wd|phrase)?|secret|token|api[_-]?key|private[_-]?key|credential/iu);
/** The options that name an SSM parameter and its type. */
const NAME_OPTION = native(/--name(?:[ \t]{1,3}|=)["']?([^\s"']{1,200})/u);
const SECURE_STRING = native(/--type(?:[ \t]{1,3}|=)["']?SecureString/u);

// A value stored in a cloud secret store from the command line: what goes into a vault is a secret
// by the command itself, whatever its name. Azure's `az keyvault secret set … --value V`, AWS's
// `aws secretsmanager create-secret | put-secret-value | update-secret … --secret-string V`, and
// `aws ssm put-parameter … --value V` when the parameter is a SecureString or its name says
// credential. The options come in any order, over continued lines too. A JSON document as the
// value is left to the generic rules, which read its keys; `file://` and variables are no values.
export default defineRule({
  id: 'cloud-secret-store-value',
  category: 'secret',
  description: 'Secret value stored from the command line (az keyvault secret set --value, aws secretsmanager --secret-string, aws ssm put-parameter SecureString --value)',
  generic: true,
  keywords: ['keyvault secret set', 'secretsmanager', 'put-parameter'],
  window: { before: 8, after: 900 },
  pattern:
    /\b(?:az[ \t]+keyvault[ \t]+secret[ \t]+set|aws[ \t]+secretsmanager[ \t]+(?:create-secret|put-secret-value|update-secret)|aws[ \t]+ssm[ \t]+put-parameter)\b((?:[^\n|;&]|\\\r?\n){0,600}?)[ \t](?:--value|--secret-string)(?:[ \t]{1,3}|=)(?:"([^"\n]{4,1024})"|'([^'\n]{4,1024})'|([^\s"'|;&)]{4,1024}))(?=\s|$|[|;&)])((?:[^\n|;&]|\\\r?\n){0,300})/gu,
  secretGroup: [2, 3, 4],
  validate: (value, ctx) => {
    const m = ctx.match;
    if (value.startsWith('-') || value.startsWith('{') || value.startsWith('[') || /^(?:file|fileb):\/\//u.test(value)) return false;
    if (m[0].includes('put-parameter')) {
      const options = `${m[1] ?? ''} ${m[5] ?? ''}`;
      const name = NAME_OPTION.exec(options)?.[1] ?? '';
      if (!SECURE_STRING.test(options) && !SECRET_NAME.test(name)) return false;
    }
    return isLiteralSecretValue(value, m[4] === undefined, 8);
  },
  envName: 'SECRET_VALUE',
  references: [
    'https://learn.microsoft.com/en-us/cli/azure/keyvault/secret#az-keyvault-secret-set',
    'https://docs.aws.amazon.com/cli/latest/reference/secretsmanager/create-secret.html',
    'https://docs.aws.amazon.com/cli/latest/reference/ssm/put-parameter.html',
  ],
  examples: {
    positive: [
      `az keyvault secret set --vault-name kv-shop-prod --name smtp-relay --value '${fake('{a12}', 101134)}${fake('{d4}', 101135)}'`,
      `aws secretsmanager create-secret --name prod/payments/webhook --secret-string "${fake('{a24}', 101136)}" --region eu-west-1`,
      `aws ssm put-parameter \\\n  --name /prod/reporting/db-password \\\n  --value ${fake('{a10}', 101137)}#${fake('{d4}', 101138)} \\\n  --overwrite`,
      `aws ssm put-parameter --value '${fake('{a20}', 101139)}' --type SecureString --name /prod/app/signing`,
    ],
    negative: [
      'az keyvault secret set --vault-name kv-shop-prod --name smtp-relay --value "$SMTP_PASSWORD"',
      'aws secretsmanager create-secret --name prod/db --secret-string file://creds.json',
      'aws ssm put-parameter --name /prod/app/log-level --value debug-verbose-mode --type String',
      `aws secretsmanager put-secret-value --secret-id prod/db --secret-string '{"username":"app","engine":"postgres"}'`,
      'az keyvault secret set --vault-name kv --name smtp --value <your-secret-here>',
    ],
  },
});
