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

/**
 * Whether a new-format NHI (three letters, two digits, two letters; issued since the old pool ran
 * low) has its check letter: the first six characters weighted 7 to 2, mod 23, and the last letter
 * (A = 1 …) is 23 minus that.
 */
function nhiNewValid(s: string): boolean {
  let sum = 0;
  for (let i = 0; i < 6; i++) {
    const c = s.charAt(i);
    const v = i < 3 || i === 5 ? LETTERS.indexOf(c) + 1 : Number(c);
    if (v <= 0 && (i < 3 || i === 5)) return false;
    sum += v * (7 - i);
  }
  return LETTERS.indexOf(s.charAt(6)) + 1 === 23 - (sum % 23);
}

/** A new-format sample: the check letter after three letters, two digits and a letter. */
function newSample(prefix: string): string {
  for (const c of LETTERS) if (nhiNewValid(`${prefix}${c}`)) return `${prefix}${c}`;
  return prefix;
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
// four digits, the last a check digit (weights 7 to 2, mod 11); or in the new form, three letters,
// two digits and two letters, the last a check letter (weights 7 to 2, mod 23). Three letters and four digits are
// also many codes, so an NHI label or column must be near. The Ministry's test range (ZZZ…) is not
// anyone's.
export default defineRule({
  id: 'nz-nhi',
  category: 'pii',
  description: 'New Zealand National Health Index number (AAA9999 or AAA99AA, check character), near an NHI label',
  keywords: ['nhi', 'national health index'],
  window: { before: 64, after: 4000 },
  columns: true,
  pattern: /(?<![\w-])[A-HJ-NP-Z]{3}\d{2}(?:\d{2}|[A-HJ-NP-Z]{2})(?![\w-])/gu,
  validate: (s, ctx) => !s.startsWith('ZZZ') && (/\d$/u.test(s) ? nhiValid(s) : nhiNewValid(s)) && hasContext(ctx, NHI_CONTEXT, { before: 64, after: 16 }),
  redactAs: 'health-id',
  references: ['https://www.tewhatuora.govt.nz/health-services-and-programmes/digital-health/national-health-index', 'https://en.wikipedia.org/wiki/National_Health_Index'],
  examples: {
    positive: [
      `Resident involved:   Wiremu T   NHI: ${sample('GMY40')}       Room 14`,
      `nhi,name,dob\n${sample('RLP22')},"PARATA, Heni",1937-04-19`,
      // a new-format NHI in a Slack message
      `"text": "NZ patient complaint: NHI ${newSample('RKP75P')}, says the reminder came twice"`,
    ],
    negative: [
      `NHI: ${sample('GMY40').slice(0, 6)}${(Number(sample('GMY40')[6]) + 1) % 10}`,
      `order ${sample('ABC12')}`,
      'NHI: ZZZ0016',
      // a new-format one with a wrong check letter
      `NHI: ${newSample('RKP75P').slice(0, 6)}${LETTERS[(LETTERS.indexOf(newSample('RKP75P')[6] as string) + 1) % 24]}`,
    ],
  },
});
