import { defineRule, fake } from '../defineRule';
import { unescapeBase64 } from './_azure';
import type { MatchContext } from '../../types';

/** The query string (or connection-string fragment) holding the signature. */
function queryAround(ctx: MatchContext): string {
  const from = Math.max(0, ctx.start - 2000);
  const before = ctx.text.slice(from, ctx.start);
  const stop = Math.max(before.search(/[\s"'`<>]+[^\s"'`<>]*$/u), -1);
  const head = stop === -1 ? before : before.slice(stop);
  const tail = /^[^\s"'`<>]{0,2000}/u.exec(ctx.text.slice(ctx.end))?.[0] ?? '';
  return head + ctx.text.slice(ctx.start, ctx.end) + tail;
}

export default defineRule({
  id: 'azure-sas-token',
  category: 'secret',
  description: 'Azure shared access signature (sig=… in a query with sv= and se=, or a Service Bus token with se= and skn=)',
  keywords: ['sig='],
  // [?&;] + sig= + the signature (group 1): a base64 HMAC-SHA256 (43 characters + "="),
  // usually URL-escaped (%2B %2F %3D). The same query must carry sv=<date> and se= (or si=).
  pattern: /(?<=[?&;])sig=([A-Za-z0-9%+/]{40,130}(?:=|%3[Dd])?)(?![A-Za-z0-9%+/=])/gu,
  secretGroup: 1,
  validate: (s, ctx) => {
    if (!/^[A-Za-z0-9+/]{43}=$/u.test(unescapeBase64(s))) return false;
    const q = queryAround(ctx);
    // A bare query string in a variable starts with sv= after its quote or the `=` and a space
    // (`sas = "sv=2022-11-02&…"`, DVC's `sas_token = sv=2022-11-02&…`).
    if (/(?:^|[?&;="'`\s])sv=\d{4}-\d{2}-\d{2}/u.test(q) && /[?&;]s[ei]=/u.test(q)) return true;
    // Service Bus, Event Hubs and IoT Hub tokens: `SharedAccessSignature sr=…&sig=…&se=<epoch>&skn=<key name>`.
    return /[?&;]skn=[\w.-]/u.test(q) && /[?&;]se=\d{9,11}(?!\d)/u.test(q);
  },
  envName: 'AZURE_STORAGE_SAS_TOKEN',
  references: [
    'https://learn.microsoft.com/en-us/rest/api/storageservices/create-service-sas',
    'https://learn.microsoft.com/en-us/azure/storage/common/storage-sas-overview',
  ],
  examples: {
    positive: [
      `https://acme.blob.core.windows.net/backups/db.bak?sp=r&st=2024-05-01T10:00:00Z&se=2024-05-02T10:00:00Z&spr=https&sv=2022-11-02&sr=b&sig=${fake('{a20}%2B{a12}%2F{a9}')}%3D`,
      `AZURE_STORAGE_SAS_TOKEN="?sv=2022-11-02&ss=bfqt&srt=sco&sp=rwdlacupiytfx&se=2025-01-01T00:00:00Z&st=2024-01-01T00:00:00Z&spr=https&sig=${fake('{a43}', 3)}="`,
      `backup_container_sas = "sv=2022-11-02&ss=b&srt=co&sp=rwdlac&se=2025-06-30T18:00:00Z&spr=https&sig=${fake('{a43}', 4)}="`,
      `Authorization: SharedAccessSignature sr=https%3A%2F%2Fsb-example.servicebus.windows.net%2Forders&sig=${fake('{a20}%2B{a22}', 6)}%3D&se=1715774400&skn=dlq-operator`,
      `['remote "azure-backup"']\n    url = azure://dvc-backup/churn\n    sas_token = sv=2022-11-02&ss=b&srt=co&sp=rl&se=2025-06-30T17:59:59Z&spr=https&sig=${fake('{a43}', 5)}%3D`,
    ],
    negative: [
      `SharedAccessSignature sr=https%3A%2F%2Fns.servicebus.windows.net%2Fq&sig=${fake('{a43}', 7)}%3D&se=tomorrow`,
      `https://cdn.example.com/img.png?w=200&sig=${fake('{a43}')}=`,
      `https://acme.blob.core.windows.net/c/f?sv=2022-11-02&se=2024-05-02&sig=${fake('{a20}')}`,
      'https://acme.blob.core.windows.net/c/f?sv=2022-11-02&se=2024-05-02&sig=<signature>',
      `https://acme.blob.core.windows.net/c/f?sv=2022-11-02&se=2024-05-02&sig=${fake('{h64}')}`,
    ],
  },
});
