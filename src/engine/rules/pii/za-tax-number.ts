import { defineRule, fake } from '../defineRule';
import { luhn, withLuhn } from './_checksums';
import { hasContext, inLongerNumber, isOnPlaceholderPersonLine, isOnTestRecordLine, isValueUnderTest, NOT_IN_LONGER_NUMBER } from './_context';
import { ZA_HINTS } from './za-id-number';
import { native } from '../../scan/nativeRegex';

/**
 * Labels of a person's income tax reference number, as payroll exports, IRP5 certificates and
 * letters write them (`Income Tax Number`, `Income Tax Ref`, `tax_ref_no`, Afrikaans
 * `belastingnommer`, `inkomstebelastingverwysingsnommer`), normalised to lower case.
 */
const ZA_TAX_LABEL = native(
  /(?<![a-z])(?:(?:income[ _-]?)?tax[ _-]?(?:ref(?:erence)?[ _-]?)?(?:no|nr|number|num|#|ref(?:erence)?)|itr12?[ _-]?ref|sars[ _-]?(?:tax[ _-]?)?(?:ref(?:erence)?|no|number)|(?:inkomste)?belasting(?:verwysing)?s?[ _-]?(?:nommer|no|verwysing)|inombolo(?: yakho)? ye-?tax)(?![a-z])/u,
);

/** A sample: a first digit of an individual's number (0 to 3), eight digits, the Luhn check digit. */
function sample(seed: number): string {
  return withLuhn(`${seed % 4}${fake('{d8}', seed)}`);
}

// A South African income tax reference number: ten digits, the last a Luhn check digit (SARS's
// modulus-10 test). An individual's starts with 0, 1, 2 or 3; a company's or a trust's with 9,
// and an employer's PAYE, UIF or SDL reference with 7, U or L: those are no person's. The check
// digit leaves one random number in ten through, so a label or its column must say what it is,
// in a South African text (ZA_HINTS).
export default defineRule({
  id: 'za-tax-number',
  category: 'pii',
  description: 'South African income tax reference number (10 digits, Luhn check digit), near its label',
  keywords: ['tax', 'belasting', 'sars', 'itr12'],
  window: { before: 16, after: 64 },
  columns: true,
  // (An isiZulu reply may glue it to its copula: `Inombolo yakho ye-tax ngu-0…`.)
  pattern: new RegExp(String.raw`(?:(?<![\w.-])|(?<=(?<![\w-])ngu-))[0-3]\d{9}(?![\w-])` + NOT_IN_LONGER_NUMBER, 'gu'),
  hints: ZA_HINTS,
  validate: (s, ctx) => {
    if (!luhn(s) || /^(\d)\1+$/u.test(s.slice(1)) || inLongerNumber(ctx)) return false;
    if (!ZA_HINTS.some(ctx.hasHint)) return false;
    // (Nor a validator's test input: `validate_tax_number("0…")`.)
    return hasContext(ctx, ZA_TAX_LABEL, { before: 64 }) && !isValueUnderTest(ctx.text, ctx.start) && !isOnPlaceholderPersonLine(ctx) && !isOnTestRecordLine(ctx);
  },
  redactAs: 'tax-id',
  references: ['https://www.sars.gov.za/types-of-tax/personal-income-tax/', 'https://en.wikipedia.org/wiki/Luhn_algorithm'],
  examples: {
    positive: [
      `Income Tax Number: ${sample(102025)} (SARS eFiling, Durban)`,
      // a payroll export's column, its rows' mobiles in +27
      `Employee Number,First Name,Last Name,Income Tax Number,Mobile\nE-7,A.,Example,${sample(102026)},+27 82 000 1234\n`,
      // an Afrikaans e-mail about an IRP5
      `Goeie môre, my belastingnommer is ${sample(102027)} en my IRP5 van Capitec se loonstaat ontbreek.`,
      // a payroll fixture's JSON record; an isiZulu support reply
      `{\n  "first_name": "A.",\n  "tax_number": "${sample(102031)}",\n  "email": "a.example@kestrel.co.za"\n}`,
      `Sawubona. Inombolo yakho ye-tax ngu-${sample(102032)}. Ungayisebenzisa ku-eFiling, Durban.`,
      // an EMP501 reconciliation: a comment line above its header, whose columns hold the IRP5 source codes
      `# Kestrel Sitrus CC,PAYE ref ${withLuhn('7' + fake('{d8}', 102034))},UIF ref U${fake('{d9}', 102035)},Tax year 2024,,\nCertificate No,Surname,Income Tax Ref,3601 Income,4102 PAYE,4141 UIF\n${fake('{d20}', 102036)},Example,${sample(102037)},177190.00,14659.20,1771.90\n`,
    ],
    negative: [
      // a wrong check digit; an employer's PAYE reference (7…); a tax number outside a South African text
      `Income Tax Number: ${sample(102025).slice(0, 9)}${(Number(sample(102025).slice(9)) + 1) % 10} (SARS eFiling, Durban)`,
      `# Kestrel Sitrus CC,PAYE ref ${withLuhn('7' + fake('{d8}', 102028))},Tax year 2024 (Johannesburg)`,
      `Tax number: ${sample(102029)}`,
      // an order number in a South African shop's log
      `order ${sample(102030)} shipped to Cape Town`,
      // a validator's test input in a South African payroll's tests
      `assert validate_tax_number("${sample(102033)}")  # SARS, Johannesburg`,
    ],
  },
});
