import { defineRule, fake, hasCharClasses, minEntropy } from '../defineRule';
import { withSignatureBranch } from './_providerKit';
import { unescapeBase64 } from './_azure';
import { contextWords } from './_context';

/** An identifiable Functions key: 44 base64url characters, "AzFu", 5 more, then [AQgw]==. */
const IDENTIFIABLE = /^[A-Za-z0-9_-]{44}AzFu[A-Za-z0-9_-]{5}[AQgw]==$/u;

export default defineRule({
  id: 'azure-functions-key',
  category: 'secret',
  description: 'Azure Functions access key (x-functions-key header, ?code= on an azurewebsites.net function URL, or a function-key setting)',
  keywords: ['functions-key', 'functions_key', 'function_key', 'functionkey', 'functionskey', 'function-key', 'azurewebsites.net', 'azfu'],
  // context: an x-functions-key header or a function key name (FUNCTION_KEY, AzureFunctionsKey,
  // function_app_master_key), an assignment; or a https://<app>.azurewebsites.net/api/… URL's
  // code= parameter; or nothing for the identifiable format (AzFu signature at offset 44).
  // The value (group 1): 40-120 base64 or base64url characters, possibly URL-escaped.
  pattern:
    withSignatureBranch(
    /(?:(?<![A-Za-z0-9])(?:x-functions-key|(?:azure[_.-]?)?functions?[_.-]?(?:app[_.-]?)?(?:master[_.-]?|host[_.-]?|default[_.-]?|access[_.-]?|api[_.-]?)?key)["'`]?[ \t]{0,5}(?:=|:=|=>|:)[ \t]{0,5}["'`]?|\.azurewebsites\.net\/api\/[\w./-]{0,200}\?(?:[\w.%=-]{0,300}&)?code=)([A-Za-z0-9_/+%-]{40,120}={0,2})(?![A-Za-z0-9_/+%=-])/giu,
    { signature: String.raw`AzFu`, offset: 44, chars: String.raw`\w-`, value: String.raw`[A-Za-z0-9_/+%-]{40,120}={0,2}`, after: String.raw`(?![A-Za-z0-9_/+%=-])` },
  ),
  secretGroup: [1, 2],
  // the value follows its key name or URL (up to ~620 chars on), or starts 44 chars before AzFu
  window: { before: 64, after: 700 },
  validate: (s, ctx) => {
    const key = unescapeBase64(s);
    if (contextWords(ctx) === '') return IDENTIFIABLE.test(key);
    return /^[A-Za-z0-9_/+-]{40,96}={0,2}$/u.test(key) && hasCharClasses(key, 3) && minEntropy(key, 4);
  },
  envName: 'AZURE_FUNCTIONS_KEY',
  references: [
    'https://learn.microsoft.com/en-us/azure/azure-functions/function-keys-how-to',
    'https://learn.microsoft.com/en-us/azure/azure-functions/functions-bindings-http-webhook-trigger#api-key-authorization',
  ],
  examples: {
    positive: [
      `FUNCTION_KEY=${fake('{w44}AzFu{w5}', 3)}A==`,
      `curl -H "x-functions-key: ${fake('{w54}')}==" https://acme-fn.azurewebsites.net/api/orders`,
      `https://acme-fn.azurewebsites.net/api/HttpTrigger1?code=${fake('{a30}%2F{a23}')}%3D%3D`,
    ],
    negative: [
      'https://acme-fn.azurewebsites.net/api/HttpTrigger1?code=<function-key>',
      `https://acme-fn.azurewebsites.net/api/HttpTrigger1?code=${fake('{a20}')}`,
      `x-functions-key: ${'a'.repeat(54)}==`,
      `https://login.example.com/callback?code=${fake('{w54}')}==`,
    ],
  },
});
