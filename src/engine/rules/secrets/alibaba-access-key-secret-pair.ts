import { defineRule, fake, hasCharClasses } from '../defineRule';
import { looksRandom } from './_providerKit';

export default defineRule({
  id: 'alibaba-access-key-secret-pair',
  category: 'secret',
  description: 'Alibaba Cloud AccessKey secret given right after its LTAI… id (oss2.Auth, AcsClient, ossutil -i/-k)',
  keywords: ['ltai'],
  window: { before: 8, after: 160 },
  // The id, then the next argument: `Auth('LTAI…', '<secret>')`, `AcsClient("LTAI…", "<secret>", …)`,
  // `ossutil … -i LTAI… -k <secret>` (a shell default, `${OSS_SK:-…}`, allowed, and a line continued
  // between them), the next line's `…_SK =` or `…Secret:` after the id's, a table's `LTAI… / <secret>`;
  // the secret is 30 alphanumerics. (Or the next cell of an inventory's row: `batch-export,LTAI…,<secret>,data-team`.)
  pattern:
    /(?<![\w]|(?<!:)-)LTAI[A-Za-z0-9]{12,20}(?:["'}]{1,2}[ \t]*,[ \t]*|["']?[,;\t|][ \t]*|["'}]{0,2}(?:[ \t]+\\\r?\n)?[ \t]+-k[ \t]+|["'`]?[ \t]*\/[ \t]*|["']?[ \t]*\r?\n[ \t]*(?:export[ \t]+)?[A-Za-z_.]{0,40}(?:SK|sk|SECRET|[Ss]ecret|KEY_SECRET|[Kk]ey[Ss]ecret)["']?[ \t]*[:=][ \t]*)["'`]?(?:\$\{[A-Za-z_][A-Za-z0-9_]{0,40}:-)?([A-Za-z0-9]{30})(?![\w-])/gu,
  secretGroup: 1,
  validate: (s) => hasCharClasses(s, 2) && looksRandom(s, 3.5),
  envName: 'ALIBABA_CLOUD_ACCESS_KEY_SECRET',
  references: ['https://www.alibabacloud.com/help/en/oss/developer-reference/initialization-10', 'https://www.alibabacloud.com/help/en/oss/developer-reference/ossutil'],
  examples: {
    positive: [
      `auth = oss2.Auth('LTAI${fake('{a20}', 191)}', '${fake('{a30}', 192)}')`,
      `ossutil cp dump.sql.gz oss://db-backup/ -i "\${OSS_AK:-LTAI${fake('{a20}', 193)}}" -k "\${OSS_SK:-${fake('{a30}', 194)}}"`,
      // a backup script's continued line, an env file's pair, a runbook's table
      `ossutil64 cp dump.gz oss://bk/ -e oss.example.com \\\n  -i LTAI${fake('{a20}', 101699)} \\\n  -k ${fake('{a30}', 101700)}\n`,
      `SMS_AK=LTAI${fake('{a20}', 101701)}\nSMS_SK=${fake('{a30}', 101702)}\n`,
      `| RAM AK (logs) | \`LTAI${fake('{a20}', 101703)}\` / \`${fake('{a30}', 101704)}\` | active |`,
      // an inventory of access keys exported as CSV
      `user,ak_id,ak_secret,owner\nbatch-export,LTAI${fake('{a20}', 101772)},${fake('{a30}', 101773)},data-team\n`,
    ],
    negative: [
      `auth = oss2.Auth('LTAI${fake('{a20}', 191)}', os.environ['OSS_SECRET'])`,
      `auth = oss2.Auth('LTAI${fake('{a20}', 191)}', '${fake('{a24}', 195)}')`,
      `ids = ['LTAI${fake('{a20}', 196)}', 'LTAI${fake('{a20}', 197)}']`,
    ],
  },
});
