import { defineRule, fake } from '../defineRule';
import { isLiteralSecretValue } from './_generic';

// A secret written inline as a SecureString: an Azure Data Factory or Synapse linked service's
// password, account key or service principal key (`"password": {"type": "SecureString", "value":
// "…"}`; the safe form is an AzureKeyVaultSecret reference), or an ARM or Bicep template
// parameter's default (`"type": "securestring", "defaultValue": "…"`). The type marks the value
// as a secret whatever its name. The value is group 1 (type first) or group 2 (value first).
export default defineRule({
  id: 'azure-securestring-value',
  category: 'secret',
  description: 'Secret written inline as a SecureString value (Azure Data Factory linked services, ARM template parameters)',
  generic: true,
  keywords: ['securestring'],
  window: { before: 300, after: 1200 },
  pattern:
    /"type"[ \t]*:[ \t]*"[Ss]ecure[Ss]tring"[ \t]*,[ \t\r\n]*"(?:value|defaultValue)"[ \t]*:[ \t]*"((?:[^"\\\r\n]|\\.){4,1024})"|"(?:value|defaultValue)"[ \t]*:[ \t]*"((?:[^"\\\r\n]|\\.){4,1024})"[ \t]*,[ \t\r\n]*"type"[ \t]*:[ \t]*"[Ss]ecure[Ss]tring"/gu,
  secretGroup: [1, 2],
  validate: (s) => isLiteralSecretValue(s, true, 4) && !/^\*+$|^\[parameters\(|^@\{?(?:linkedService|pipeline|dataset)\(/iu.test(s),
  envName: 'SECRET',
  references: ['https://learn.microsoft.com/azure/data-factory/store-credentials-in-key-vault', 'https://learn.microsoft.com/azure/azure-resource-manager/templates/best-practices#security-recommendations-for-parameters'],
  examples: {
    positive: [
      `"accountKey": {\n    "type": "SecureString",\n    "value": "${fake('{b86}', 4240)}=="\n}`,
      `"password": { "type": "SecureString", "value": "${fake('{a8}', 4241)}@${fake('{d4}', 4242)}" }`,
      `"adminPassword": {\n  "type": "securestring",\n  "defaultValue": "${fake('{a14}', 4243)}!"\n}`,
    ],
    negative: [
      '"password": { "type": "AzureKeyVaultSecret", "store": { "referenceName": "ls_keyvault", "type": "LinkedServiceReference" }, "secretName": "sftp-password" }',
      '"password": { "type": "SecureString", "value": "**********" }',
      '"adminPassword": { "type": "securestring", "defaultValue": "[parameters(\'vmPassword\')]" }',
    ],
  },
});
