import { defineRule, fake, minEntropy } from '../defineRule';
import { UUID_SOURCE } from './_generic';

// A Scaleway API key's secret: a UUID, written after "secret key" in prose or a chat (`secret key
// 6300…`) where Scaleway or its `SCW` access key is named nearby. (Under `SCW_SECRET_KEY=` and other
// credential key names, uuid-credential finds it. Scaleway's S3 endpoint takes the pair as AWS's:
// `aws_secret_access_key = …` beside `aws_access_key_id = SCW…` in a credentials file or rclone.)
export default defineRule({
  id: 'scaleway-secret-key',
  category: 'secret',
  acceptsUuid: true,
  description: "Scaleway API secret key (a UUID) after 'secret key', near Scaleway's name or an SCW access key",
  keywords: ['scaleway', 'scw'],
  window: { before: 300, after: 300 },
  pattern: new RegExp(String.raw`(?<![A-Za-z0-9-])secret[ _-]?(?:access[ _-]?)?key["'\x60]?[ \t]*(?:[:=][ \t]*)?["'\x60]?(${UUID_SOURCE})(?![\w-])`, 'giu'),
  secretGroup: 1,
  validate: (s) => minEntropy(s.replace(/-/gu, ''), 3),
  skipFilters: true,
  envName: 'SCW_SECRET_KEY',
  references: ['https://www.scaleway.com/en/docs/iam/concepts/#api-key'],
  examples: {
    positive: [
      `[11:02] ops: access key SCW${fake('{u17}', 101320)}\n[11:02] ops: secret key ${fake('{h8}-{h4}-4{h3}-a{h3}-{h12}', 101321)}`,
      `[scw-backups]\naws_access_key_id = SCW${fake('{u17}', 101533)}\naws_secret_access_key = ${fake('{h8}-{h4}-4{h3}-b{h3}-{h12}', 101534)}\nendpoint_url = https://s3.nl-ams.scw.cloud`,
    ],
    negative: [`request id ${fake('{h8}-{h4}-4{h3}-a{h3}-{h12}', 101322)} (scaleway)`, `secret key ${fake('{h8}-{h4}-4{h3}-a{h3}-{h12}', 101323)} for the staging bucket`],
  },
});
