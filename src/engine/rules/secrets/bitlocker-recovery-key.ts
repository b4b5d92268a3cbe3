import { defineRule } from '../defineRule';

/** Each of the eight blocks is a 16-bit word times 11: divisible by 11 and below 65,536 × 11. */
function isRecoveryBlock(block: string): boolean {
  const n = Number(block);
  return n % 11 === 0 && n < 720896;
}

// A BitLocker recovery password: 48 digits in eight blocks of six, each block a 16-bit piece of
// the key times 11 (Windows checks that on entry, so a typo is caught). Whoever has it unlocks the
// encrypted drive; IT inventories, tickets and `manage-bde -protectors -get` output carry it.
// Eight blocks that all pass the check by chance: one in 11⁸ × (1.1)⁸, about 1 in 460 million.
export default defineRule({
  id: 'bitlocker-recovery-key',
  category: 'secret',
  description: 'BitLocker recovery password (eight blocks of six digits, each divisible by 11)',
  keywords: [],
  nearDigits: true,
  pattern: /(?<![\w]|(?<!:)-)\d{6}(?:-\d{6}){7}(?![\w-])/gu,
  validate: (s) => s.split('-').every(isRecoveryBlock) && new Set(s.split('-')).size > 2,
  redactAs: 'bitlocker-key',
  envName: 'BITLOCKER_RECOVERY_PASSWORD',
  references: ['https://learn.microsoft.com/en-us/windows/security/operating-system-security/data-protection/bitlocker/recovery-overview', 'https://learn.microsoft.com/en-us/windows-server/administration/windows-commands/manage-bde-protectors'],
  examples: {
    positive: [
      '    Password:\n      343090-188034-533390-683485-094468-018975-676533-373934',
      'NB-0112;ThinkPad T14;Sanna Lindqvist;337854-276452-678018-686796-572583-217151-334378-218603',
    ],
    negative: ['343090-188034-533390-683485-094468-018975-676533-373935', '000000-000000-000000-000000-000000-000000-000000-000000', '123456-123456-123456-123456-123456-123456-123456-123456'],
  },
});
