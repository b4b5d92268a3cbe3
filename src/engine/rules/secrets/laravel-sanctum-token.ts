import { crc32, defineRule, fake } from '../defineRule';

// Laravel Sanctum's personal access tokens (Sanctum 4, Laravel 11 and later) are handed out as
// `<token id>|<prefix><40 random alphanumerics><CRC-32 of those 40, as 8 lower-case hex digits>`;
// the prefix is the app's optional `sanctum.token_prefix`. The id alone is not secret, the part
// after the bar is. Older Sanctum releases have no check digits and are left to the bearer rules.

/** The token's check: CRC-32 of its 40 random characters, as eight lower-case hex digits. */
function checksum(random: string): string {
  return crc32(random).toString(16).padStart(8, '0');
}

function sample(seed: number, prefix = ''): string {
  const random = fake('{a40}', seed);
  return `${(seed * 7919) % 90000}|${prefix}${random}${checksum(random)}`;
}

export default defineRule({
  id: 'laravel-sanctum-token',
  category: 'secret',
  description: 'Laravel Sanctum personal access token (<id>|…, with its CRC-32 check)',
  keywords: ['bearer', 'token', 'sanctum'],
  window: { before: 40, after: 200 },
  // the id, the bar, an optional prefix, 40 alphanumerics and their CRC-32 in hex
  pattern: /(?<![\w|])\d{1,12}\|((?:[A-Za-z0-9_-]{1,24}?)?([A-Za-z0-9]{40})([0-9a-f]{8}))(?![\w-])/gu,
  secretGroup: 1,
  validate: (_s, ctx) => checksum(ctx.match[2] ?? '') === ctx.match[3],
  publicPrefix: 0,
  envName: 'SANCTUM_TOKEN',
  references: ['https://laravel.com/docs/11.x/sanctum#issuing-api-tokens', 'https://github.com/laravel/sanctum/blob/4.x/src/HasApiTokens.php'],
  examples: {
    positive: [
      `curl -H "Authorization: Bearer ${sample(31)}" https://api.shop.example/api/orders`,
      `{"token":"${sample(32)}","token_type":"Bearer"}`,
      `API_TOKEN=${sample(33, 'app_')}`,
    ],
    negative: [
      // one check digit off
      `Authorization: Bearer ${sample(34).replace(/[0-9a-f]$/u, (d) => (d === '0' ? '1' : '0'))}`,
      // an older Sanctum token without check digits
      `Authorization: Bearer 12|${fake('{a40}', 35)}`,
      'Authorization: Bearer 1|xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx00000000',
    ],
  },
});
