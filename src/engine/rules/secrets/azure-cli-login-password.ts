import { defineRule, fake } from '../defineRule';
import { isLiteralSecretValue } from './_generic';

/** A certificate file given to `-p` (older Azure CLIs took a PEM's path there): a path, not a secret. */
const CERTIFICATE_FILE = /\.(?:pem|crt|cer|pfx|p12)$/iu;

export default defineRule({
  id: 'azure-cli-login-password',
  category: 'secret',
  description: "Service principal's secret on an Azure CLI sign-in (az login --service-principal -u ID -p SECRET)",
  generic: true,
  keywords: ['az login'],
  window: { before: 8, after: 600 },
  // `az login` then up to twelve arguments, then -p / --password and the value: double-quoted
  // (group 1), single-quoted (group 2) or bare (group 3). (`--password` alone is cli-password-argument's.)
  pattern: /\baz[ \t]+login\b(?:[ \t]+(?:\\\r?\n[ \t]*)?[^\s|;&]{1,256}){0,12}?[ \t]+(?:\\\r?\n[ \t]*)?(?:-p|--password)(?:[ \t]{1,3}|=)(?:"([^"\s]{4,256})"|'([^'\s]{4,256})'|([^\s"'|;&)]{4,256}))/gu,
  secretGroup: [1, 2, 3],
  validate: (_s, ctx) => {
    const m = ctx.match;
    const value = m[1] ?? m[2] ?? m[3] ?? '';
    if (value.startsWith('-') || CERTIFICATE_FILE.test(value)) return false;
    return isLiteralSecretValue(value, m[3] === undefined, 8) && /\d/u.test(value) && /[A-Za-z]/u.test(value);
  },
  envName: 'AZURE_CLIENT_SECRET',
  references: ['https://learn.microsoft.com/cli/azure/authenticate-azure-cli-service-principal'],
  examples: {
    positive: [
      `az login --service-principal -u ${fake('{h8}-{h4}-{h4}-{h4}-{h12}', 71)} -p ${fake('{a3}8Q~{a34}', 72)} --tenant contoso.onmicrosoft.com`,
      `az login --service-principal --username http://deploy-app -p '${fake('{a20}', 73)}' --tenant ${fake('{h8}-{h4}-{h4}-{h4}-{h12}', 74)}`,
      `az login --service-principal \\\n  -u ${fake('{h8}-{h4}-{h4}-{h4}-{h12}', 75)} \\\n  -p "${fake('{a24}', 76)}" \\\n  --tenant ${fake('{h8}-{h4}-{h4}-{h4}-{h12}', 77)}`,
    ],
    negative: [
      'az login --service-principal -u $ARM_CLIENT_ID -p $ARM_CLIENT_SECRET --tenant $ARM_TENANT_ID',
      'az login --service-principal -u http://deploy-app -p ~/certs/deploy-app.pem --tenant contoso.onmicrosoft.com',
      'az login --service-principal -u "${{ secrets.AZURE_CLIENT_ID }}" -p "${{ secrets.AZURE_CLIENT_SECRET }}" --tenant "${{ secrets.AZURE_TENANT_ID }}"',
      'az login --use-device-code',
    ],
  },
});
