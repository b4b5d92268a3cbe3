import { defineRule, fake } from '../defineRule';

/** How far back a secret's id may stand from its value in the same JSON object (attributes, tags and nulls lie between). */
const OBJECT_REACH = 1200;

// A secret's value in the JSON that the Azure CLI and the Key Vault REST API print for it
// (`az keyvault secret show`, a script's dump of a vault): the object's `"id"` names the secret
// (`https://<vault>.vault.azure.net/secrets/<name>/<version>`) and its `"value"` is the secret
// itself, whatever it looks like (a password, a key, a connection string). Only the value of the
// object the id belongs to: no other `"value"` and no closing brace of that object between them.
export default defineRule({
  id: 'azure-keyvault-secret-value',
  category: 'secret',
  description: 'Secret value in an Azure Key Vault secret dump (az keyvault secret show)',
  keywords: ['vault.azure.net/secrets/'],
  window: { before: 0, after: OBJECT_REACH },
  pattern: /"value"[ \t]*:[ \t]*"((?:[^"\\\r\n]|\\.){4,4096})"/gu,
  secretGroup: 1,
  validate: (_s, ctx) => {
    const before = ctx.text.slice(Math.max(0, ctx.match.index - OBJECT_REACH), ctx.match.index);
    const id = before.lastIndexOf('.vault.azure.net/secrets/');
    if (id === -1 || /"value"[ \t]*:/u.test(before.slice(id))) return false;
    // Still inside the id's object: no brace closes it before the value.
    let depth = 0;
    for (let i = id; i < before.length; i++) {
      const c = before.charCodeAt(i);
      if (c === 123) depth++;
      else if (c === 125 && --depth < 0) return false;
    }
    return true;
  },
  envName: 'KEYVAULT_SECRET',
  references: ['https://learn.microsoft.com/en-us/cli/azure/keyvault/secret#az-keyvault-secret-show'],
  examples: {
    positive: [
      `{\n  "attributes": { "enabled": true },\n  "id": "https://kv-app-qa.vault.azure.net/secrets/MailRelayPassword/${fake('{h32}', 3621)}",\n  "name": "MailRelayPassword",\n  "tags": {},\n  "value": "${fake('{a6}', 3622)}#${fake('{a8}', 3623)}"\n}`,
    ],
    negative: [
      `{\n  "id": "https://kv-app-qa.vault.azure.net/secrets/MailRelayPassword/${fake('{h32}', 3624)}",\n  "name": "MailRelayPassword"\n}\n{"setting": {"value": "Production"}}`,
      '{"name": "retries", "value": "3"}',
    ],
  },
});
