import { defineRule, fake, minEntropy } from '../defineRule';
import { withSignatureBranch } from './_providerKit';
import { contextWords, lineAround } from './_context';

/** An identifiable storage key: 76 base64 characters, the "+ASt" signature, 5 more, then [AQgw]==. */
const IDENTIFIABLE = /^[A-Za-z0-9+/]{76}\+ASt[A-Za-z0-9+/]{5}[AQgw]==$/u;

export default defineRule({
  id: 'azure-storage-account-key',
  category: 'secret',
  description: 'Azure Storage account key (AccountKey=… in a connection string, a storage-key setting, or Hadoop/Spark fs.azure.account.key.*)',
  keywords: ['accountkey', 'account_key', 'account-key', 'keyname', 'primary_access_key', 'secondary_access_key', 'primary_key', 'secondary_key', 'azure_storage', 'azure-storage', 'azurestorage', 'storage_account_key', 'storageaccountkey', 'storage-account-key', 'storagekey', 'storage_key', 'storage-key', 'storage.key', '+ast', '--account-key', 'fs.azure.account.key'],
  // context: AccountKey= / AZURE_STORAGE_KEY / storage_account_key / azureStorageAccessKey, an
  // assignment, then the value (group 1): 86 base64 characters + "==" (a 64-byte key). A key in
  // the identifiable format (+ASt signature at offset 76) needs no context (group 2, read back from
  // the signature: see withSignatureBranch). Also a Terraform plan's `primary_access_key = "…"` and
  // `az storage account keys list` output (`"keyName": "key1", "permissions": "FULL", "value": "…"`).
  // (A JSON string escapes the quotes: a chat export's pasted plan.)
  pattern:
    withSignatureBranch(
    /(?:(?<![A-Za-z0-9])(?:AccountKey|azure[_.-]?storage[_.-]?(?:account[_.-]?)?(?:access[_.-]?)?key|storage[_.-]?(?:account[_.-]?)?(?:access[_.-]?)?key|account[_.-]?key)["'`]?[ \t]{0,5}(?:=|:=|=>|:)[ \t]{0,5}["'`]?|--account-key(?:[ \t]{1,3}|=)["']?|(?<![A-Za-z0-9])(?:primary|secondary)_(?:access_)?key[ \t]{0,24}=[ \t]{0,3}\\?"|"value"[ \t]*:[ \t]*"(?<="keyName"[^{}]{0,160}"value"[ \t]*:[ \t]*")|fs\.azure\.account\.key\.[\w.-]{1,120}?\.core\.windows\.net(?:["']?[ \t]*[=:,][ \t]*["']?|[ \t]{1,40}|<\/name>\s{0,40}<value>))([A-Za-z0-9+/]{86}==)(?![A-Za-z0-9+/=])/giu,
    { signature: String.raw`\+ASt`, offset: 76, chars: String.raw`A-Za-z0-9+/`, value: String.raw`[A-Za-z0-9+/]{86}==`, after: String.raw`(?![A-Za-z0-9+/=])` },
  ),
  secretGroup: [1, 2],
  // NOTE: Cosmos DB connection strings also say AccountKey=; those belong to azure-cosmosdb-key.
  validate: (s, ctx) => {
    if (!minEntropy(s, 4)) return false;
    const words = contextWords(ctx);
    if (words === '') return IDENTIFIABLE.test(s);
    return !/documents\.azure\.com|AccountEndpoint\s*=/iu.test(lineAround(ctx));
  },
  envName: 'AZURE_STORAGE_KEY',
  references: [
    'https://learn.microsoft.com/en-us/azure/storage/common/storage-configure-connection-string',
    'https://learn.microsoft.com/en-us/azure/storage/common/storage-account-keys-manage',
  ],
  examples: {
    positive: [
      `AZURE_STORAGE_KEY=${fake('{b86}', 2)}==`,
      // a PowerShell backup script's storage key
      `$StorageAccount = "backupsarchive"\n$StorageKey = "${fake('{b86}', 101557)}=="`,
      `az storage blob upload --account-name backupprod --account-key "${fake('{b86}', 569)}==" -c pve -f dump.zst`,
      `AZURE_STORAGE_CONNECTION_STRING="DefaultEndpointsProtocol=https;AccountName=acmeprod;AccountKey=${fake('{b86}')}==;EndpointSuffix=core.windows.net"`,
      `key: ${fake('{b76}', 3)}+ASt${fake('{b5}', 3)}A==`,
      `#   {\n#     "keyName": "key1",\n#     "permissions": "FULL",\n#     "value": "${fake('{b86}', 570)}=="\n#   },`,
      `  ~ primary_access_key   = "${fake('{b86}', 571)}=="`,
      `spark.hadoop.fs.azure.account.key.acmelake.dfs.core.windows.net    ${fake('{b86}', 4)}==`,
      `spark.conf.set("fs.azure.account.key.acmelake.dfs.core.windows.net", "${fake('{b86}', 5)}==")`,
    ],
    negative: [
      `COSMOS="AccountEndpoint=https://acme.documents.azure.com:443/;AccountKey=${fake('{b86}')}==;"`,
      `AccountName=acmeprod;AccountKey=${fake('{b60}')}==`,
      'AccountName=devstoreaccount1;AccountKey=<account-key>',
      `blob: ${fake('{b86}', 2)}==`,
    ],
  },
});
