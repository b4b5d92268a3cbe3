import { defineRule } from '../defineRule';
import { hasContext } from './_context';

/** The NHI alphabet: A–Z without I and O, A = 1 … Z = 24. */
const LETTERS = 'ABCDEFGHJKLMNPQRSTUVWXYZ';

/** Whether an old-format NHI (three letters, four digits) has its check digit: the first six characters weighted 7 to 2, mod 11. */
function nhiValid(s: string): boolean {
  let sum = 0;
  for (let i = 0; i < 6; i++) {
    const c = s.charAt(i);
    const v = i < 3 ? LETTERS.indexOf(c) + 1 : Number(c);
    if (v <= 0 && i < 3) return false;
    sum += v * (7 - i);
  }
  const rem = sum % 11;
  if (rem === 0) return false;
  return (11 - rem) % 10 === Number(s.charAt(6));
}

/** Builds a valid sample from three letters and three digits. */
function sample(prefix: string): string {
  for (let d = 0; d <= 9; d++) {
    const s = `${prefix}${d}`;
    for (let c = 0; c <= 9; c++) if (nhiValid(`${s}${c}`)) return `${s}${c}`;
  }
  return prefix;
}

const NHI_CONTEXT = /(?<![a-z])nhi(?![a-z])|national health index/u;

// A New Zealand National Health Index number in its original form: three letters (not I or O),
// four digits, the last a check digit (weights 7 to 2, mod 11). Three letters and four digits are
// also many codes, so an NHI label or column must be near. The Ministry's test range (ZZZ…) is not
// anyone's.
export default defineRule({
  id: 'nz-nhi',
  category: 'pii',
  description: 'New Zealand National Health Index number (AAA9999, check digit), near an NHI label',
  keywords: ['nhi', 'national health index'],
  window: { before: 64, after: 4000 },
  columns: true,
  pattern: /(?<![\w-])[A-HJ-NP-Z]{3}\d{4}(?![\w-])/gu,
  validate: (s, ctx) => !s.startsWith('ZZZ') && nhiValid(s) && hasContext(ctx, NHI_CONTEXT, { before: 64, after: 16 }),
  redactAs: 'health-id',
  references: ['https://www.tewhatuora.govt.nz/health-services-and-programmes/digital-health/national-health-index', 'https://en.wikipedia.org/wiki/National_Health_Index'],
  examples: {
    positive: [`Resident involved:   Wiremu T   NHI: ${sample('GMY40')}       Room 14`, `nhi,name,dob\n${sample('RLP22')},"PARATA, Heni",1937-04-19`],
    negative: [`NHI: ${sample('GMY40').slice(0, 6)}${(Number(sample('GMY40')[6]) + 1) % 10}`, `order ${sample('ABC12')}`, 'NHI: ZZZ0016'],
  },
});
