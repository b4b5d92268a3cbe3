import { crc32, defineRule, fake } from '../defineRule';

/** The token's check: CRC-32 of its 32 random characters, in decimal, zero-padded to ten digits. */
function checksum(random: string): string {
  return String(crc32(random)).padStart(10, '0');
}

function sample(seed: number): string {
  const random = fake('{a32}', seed);
  return `d2pat_${random}${checksum(random)}`;
}

export default defineRule({
  id: 'dhis2-personal-access-token',
  category: 'secret',
  description: 'DHIS2 personal access token (d2pat_…, with its CRC-32 check)',
  keywords: ['d2pat_'],
  // d2pat_ + 32 alphanumerics + their CRC-32 as ten decimal digits
  pattern: /(?<![\w]|(?<!:)-)d2pat_([A-Za-z0-9]{32})(\d{10})(?![\w-])/gu,
  validate: (_s, ctx) => checksum(ctx.match[1] ?? '') === ctx.match[2],
  publicPrefix: 6,
  envName: 'DHIS2_TOKEN',
  references: ['https://docs.dhis2.org/en/use/user-guides/dhis-core-version-master/working-with-your-account/personal-access-tokens.html'],
  examples: {
    positive: [`curl -H "Authorization: ApiToken ${sample(121)}" https://dhis2.ministry.example/api/me`, `DHIS2_TOKEN=${sample(122)}`],
    negative: [`DHIS2_TOKEN=${sample(123).replace(/\d$/u, (d) => String((Number(d) + 1) % 10))}`, `DHIS2_TOKEN=d2pat_${fake('{a32}', 124)}0000000000`, 'DHIS2_TOKEN=d2pat_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx0123456789'],
  },
});
