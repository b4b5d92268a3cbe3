import { defineRule, fake, minEntropy } from '../defineRule';
import { withSignatureBranch } from './_providerKit';
import { contextWords, lineAround } from './_context';

/** An identifiable Cosmos DB key: 76 base64 characters, the "ACDb" signature, 5 more, then [AQgw]==. */
const IDENTIFIABLE = /^[A-Za-z0-9+/]{76}ACDb[A-Za-z0-9+/]{5}[AQgw]==$/u;

export default defineRule({
  id: 'azure-cosmosdb-key',
  category: 'secret',
  description: 'Azure Cosmos DB account key (AccountKey=… with a documents.azure.com endpoint, or a Cosmos key setting)',
  keywords: ['cosmos', 'documents.azure.com', 'acdb'],
  // context: AccountKey= (on a line with AccountEndpoint= or documents.azure.com) or a Cosmos key
  // name (COSMOS_KEY, cosmosDbPrimaryKey, CosmosDb:AuthKey, cosmos_master_key), an assignment,
  // then the value (group 1): 86 base64 characters + "==". The identifiable format (ACDb
  // signature at offset 76) needs no context; its branch comes from withSignatureBranch (group 2).
  pattern:
    withSignatureBranch(
    /(?:(?<![A-Za-z0-9])(?:AccountKey|cosmos(?:[_.-]?db)?[_.:-]{0,2}(?:primary[_.-]?|secondary[_.-]?)?(?:master[_.-]?|account[_.-]?|auth[_.-]?|access[_.-]?)?key)["'`]?[ \t]{0,24}(?:=|:=|=>|:)[ \t]{0,5}["'`]?)([A-Za-z0-9+/]{86}==)(?![A-Za-z0-9+/=])/giu,
    { signature: String.raw`ACDb`, offset: 76, chars: String.raw`A-Za-z0-9+/`, value: String.raw`[A-Za-z0-9+/]{86}==`, after: String.raw`(?![A-Za-z0-9+/=])` },
  ),
  secretGroup: [1, 2],
  validate: (s, ctx) => {
    if (!minEntropy(s, 4)) return false;
    const words = contextWords(ctx);
    if (words === '') return IDENTIFIABLE.test(s);
    if (words.startsWith('accountkey')) return /documents\.azure\.com|AccountEndpoint\s*=/iu.test(lineAround(ctx));
    return true;
  },
  envName: 'AZURE_COSMOS_KEY',
  references: [
    'https://learn.microsoft.com/en-us/azure/cosmos-db/secure-access-to-data',
    'https://learn.microsoft.com/en-us/azure/cosmos-db/nosql/how-to-dotnet-get-started#connect-with-a-connection-string',
  ],
  examples: {
    positive: [
      // a PowerShell hashtable aligned with spaces
      `    'P1--CosmosKey'         = '${fake('{b86}', 7314)}=='`,
      `COSMOS_KEY=${fake('{b86}', 2)}==`,
      `COSMOS_CONNECTION_STRING="AccountEndpoint=https://acme.documents.azure.com:443/;AccountKey=${fake('{b86}')}==;"`,
      `"CosmosDb": { "Endpoint": "https://acme.documents.azure.com:443/", "AuthKey": "x" }, "CosmosDbAuthKey": "${fake('{b86}', 5)}=="`,
    ],
    negative: [
      `AZURE_STORAGE_CONNECTION_STRING="DefaultEndpointsProtocol=https;AccountName=acme;AccountKey=${fake('{b86}')}==;EndpointSuffix=core.windows.net"`,
      `COSMOS_KEY=${fake('{b40}')}==`,
      'COSMOS_KEY=<primary-key>',
      `COSMOS_ENDPOINT=https://acme.documents.azure.com:443/`,
    ],
  },
});
