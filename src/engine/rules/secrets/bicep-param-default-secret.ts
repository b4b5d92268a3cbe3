import { native } from '../../scan/nativeRegex';
import { defineRule, fake } from '../defineRule';
import { isLiteralSecretValue } from './_generic';

/** A parameter named for a secret: `sqlAdminPassword`, `storageAccountKey`, `clientSecret`, `apiToken`. */
const SECRET_NAME = native(/(?:password|passwd|passphrase|secret|token|api_?key|apikey|accountkey|access_?key|connectionstring|sastoken)$/iu);

// An Azure Bicep parameter named for a secret with its value written in as the default
// (`param sqlAdminPassword string = '…'`, also under `@secure()`, which hides the value from
// deployment logs, not from the repository), and a `.bicepparam` file's
// `param sqlAdminPassword = '…'`. The value is group 2.
export default defineRule({
  id: 'bicep-param-default-secret',
  category: 'secret',
  description: "Secret written as the default of an Azure Bicep parameter named for one (param sqlAdminPassword string = '…')",
  generic: true,
  keywords: ['param '],
  window: { before: 0, after: 300 },
  pattern: /(?<![\w.])param[ \t]+([A-Za-z_][A-Za-z0-9_]{1,80})(?:[ \t]+string)?[ \t]*=[ \t]*'([^'\r\n$]{6,256})'/gu,
  secretGroup: [2],
  validate: (s, ctx) => SECRET_NAME.test(ctx.match[1] as string) && isLiteralSecretValue(s, true, 6) && !/^(?:https?:|\$\{|\{\{)|^[a-z]+\(/u.test(s),
  envName: 'AZURE_PARAM_SECRET',
  references: ['https://learn.microsoft.com/azure/azure-resource-manager/bicep/parameters', 'https://learn.microsoft.com/azure/azure-resource-manager/bicep/bicep-functions-parameters-file'],
  examples: {
    positive: [
      `@secure()\nparam sqlAdminPassword string = '${fake('{a18}', 4340)}_'`,
      `param storageAccountKey string = '${fake('{a40}', 4341)}=='`,
      `using './main.bicep'\nparam clientSecret = '${fake('{a10}', 4342)}~${fake('{a24}', 4343)}'`,
    ],
    negative: [
      '@secure()\nparam sqlAdminPassword string',
      "param location string = resourceGroup().location",
      "param keyVaultSecretName string = 'sql-admin-password'",
      "param adminPassword string = 'changeme'",
    ],
  },
});
