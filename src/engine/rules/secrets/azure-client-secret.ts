import { defineRule, fake, hasCharClasses, minEntropy } from '../defineRule';
import { contextWords } from './_context';
import { windowAround } from './_providerKit';

const AZURE_NEARBY = /azure|microsoftonline|\baad\b|entra|AzureAd|tenant[_-]?id|ARM_/iu;

export default defineRule({
  id: 'azure-client-secret',
  category: 'secret',
  description: 'Microsoft Entra ID (Azure AD) client secret, any format, assigned to a client-secret name in an Azure context',
  keywords: ['client_secret', 'clientsecret', 'client-secret', 'client.secret'],
  // context: AZURE_CLIENT_SECRET / ARM_CLIENT_SECRET / AzureAd:ClientSecret / client_secret, an
  // assignment, then the value (group 1): 32-44 characters of the legacy secret alphabet
  // ([A-Za-z0-9] plus . = - : [ _ @ / * ] + ? ~).
  pattern:
    /(?<![A-Za-z0-9])(?:(?:azure|arm|aad|entra)[_.:-]{0,2}(?:ad[_.:-]{0,2})?(?:app[_.-]?)?client[_.-]?secret|client[_.-]?secret)["'`]?(?:[ \t]{0,5}(?:=|:=|=>|:)[ \t]{0,5}|[ \t]{1,5})["'`]?([A-Za-z0-9.=:[_@/*\]+?~-]{32,44})(?![A-Za-z0-9.=:[_@/*\]+?~-])/giu,
  secretGroup: 1,
  // A bare client_secret counts only with Azure words within 400 characters.
  validate: (s, ctx) => {
    if (/^GOCSPX-/u.test(s) || !hasCharClasses(s, 2) || !minEntropy(s, 3.5)) return false;
    if (/azure|arm|aad|entra/u.test(contextWords(ctx))) return true;
    return AZURE_NEARBY.test(windowAround(ctx, 400, 400).replace(s, ''));
  },
  envName: 'AZURE_CLIENT_SECRET',
  references: [
    'https://learn.microsoft.com/en-us/entra/identity-platform/how-to-add-credentials',
    'https://learn.microsoft.com/en-us/dotnet/api/azure.identity.environmentcredential',
  ],
  examples: {
    positive: [
      `ARM_CLIENT_SECRET=${fake('{a32}')}`,
      `"AzureAd": {\n  "TenantId": "${fake('{h8}-{h4}-{h4}-{h4}-{h12}')}",\n  "ClientSecret": "${fake('{a20}.{a10}_{a3}', 2)}"\n}`,
      `AZURE_CLIENT_SECRET=${fake('{a3}8Q~{w34}')}`,
    ],
    negative: [
      `"web": {"client_secret": "${fake('{a32}', 2)}", "auth_uri": "https://accounts.google.com/o/oauth2/auth"}`,
      `AZURE_CLIENT_SECRET=${fake('{a20}')}`,
      'AZURE_CLIENT_SECRET=<client-secret-value>',
      `AZURE_CLIENT_SECRET=${fake('GOCSPX-{w28}')}`,
    ],
  },
});
