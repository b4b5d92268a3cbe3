import { defineRule, fake } from '../defineRule';
import { calcNhsCheck, nhsMod11 } from './_checksums';
import { hasDateAt } from './_dates';
import { hasContext, inLongerNumber, isTrivialNumber } from './_context';
import { breakLastDigit, group } from './_format';

/** NHS, Scotland's CHI, or the Personal Demographics Service (PDS) and the Spine that hold the number. */
const NHS_CONTEXT = /(?<![a-z])(?:nhs|chi (?:no|number)|health (?:service|care) (?:no|number)|health[ _]?id(?![a-z])|patient (?:no|number|id)|pds(?![a-z])|spine(?![a-z]))/u;
/**
 * A bare scheme name: Scotland's CHI or Northern Ireland's HSC, as a column's header or the cell
 * before the number (`CHI\t…`). Alone these are short words, so the number must also have the shape
 * of its scheme: a CHI number starts with its holder's birth date (DDMMYY), an HSC number with 320–399.
 */
const SCHEME_CONTEXT = /(?<![a-z])(?:chi|hsc)(?![a-z])/u;
const PHONE_CONTEXT = /(?<![a-z])(?:phone|tel(?![a-z])|telephone|mobile|cell|fax|call|whats ?app|contact)/u;

function sample(seed: number, lead = '4'): string {
  for (let s = seed; ; s++) {
    const body = lead + fake(`{d${9 - lead.length}}`, s);
    const c = calcNhsCheck(body);
    if (c !== undefined) return body + String(c);
  }
}

// Ten digits, 3-3-4, the last a modulus-11 check over the first nine (weights 10..2). With an NHS
// label any grouping counts; without one only the spaced 3 3 4 form in the ranges England and Wales
// issue (4xx, 6xx, 7xx), and not next to phone words, since 3 3 4 is also how phone numbers are written.
export default defineRule({
  id: 'uk-nhs-number',
  category: 'pii',
  description: 'UK NHS number (10 digits with modulus-11 check)',
  // The spaced 3 3 4 form appears without a label; the pattern starts at a digit.
  keywords: [],
  pattern: /(?<![\w-])\d{3}([ -]?)\d{3}\1\d{4}(?![\w-])/gu,
  nearDigits: 'dense',
  validate: (s, ctx) => {
    const d = s.replace(/\D/gu, '');
    if (!nhsMod11(d) || isTrivialNumber(d) || inLongerNumber(ctx)) return false;
    if (d.startsWith('999')) return false; // test range
    // NHS Digital's documented example number, in its guidance and in every validator's docstring.
    if (d === '9434765919') return false;
    if (hasContext(ctx, NHS_CONTEXT, { after: 16 })) return true;
    if ((hasDateAt(d, 0, 'DDMMYY', [1900, 2000]) || /^3[2-9]/u.test(d)) && hasContext(ctx, SCHEME_CONTEXT, { before: 16 })) return true;
    // A FHIR reference to a patient by a ten-digit id with the NHS check digit (`Patient/943…`, as
    // PDS and GP Connect name patients): the NHS number.
    if (d === s && ctx.text.slice(Math.max(0, ctx.start - 8), ctx.start) === 'Patient/') return true;
    if (ctx.match[1] !== ' ' || !/^[467]/u.test(d)) return false;
    const before = ctx.text.slice(Math.max(0, ctx.start - 2), ctx.start);
    if (/[+(]/u.test(before)) return false;
    return !hasContext(ctx, PHONE_CONTEXT, { header: true });
  },
  redactAs: 'nhs-number',
  references: ['https://www.datadictionary.nhs.uk/attributes/nhs_number.html'],
  examples: {
    positive: [
      `NHS No: ${group(sample(41), [3, 3, 4])}`,
      `Patient ${group(sample(42), [3, 3, 4])} was seen today`,
      `nhs_number=${sample(43)}`,
      // an agent's tool result: a file read with its line numbers, inside a JSON string after the record's keys
      `{"parentUuid": "p-7", "isSidechain": false, "cwd": "/home/dev/app", "version": "1.0.24", "timestamp": "2025-01-02T10:11:12.345Z", "type": "user", "message": {"role": "user", "content": [{"tool_use_id": "toolu_1", "type": "tool_result", "content": "     1\\tref,clinic,nhs_number\\n${[44, 45, 46, 47].map((seed, i) => `     ${i + 2}\\tR-${i + 1},Leeds,${sample(seed)}\\n`).join('')}"}]}}`,
      // a FHIR appointment's participant, and a PDS lookup in a service's log
      `            "actor": { "reference": "Patient/${sample(101398)}" },`,
      `DEBUG u.c.e.booking.pds.PdsClient : PDS GET Patient/${sample(101399)} -> 200 in 412ms`,
      // a demographics check against PDS, the number unlabelled
      `WARN spine lookup: PDS returned a newer address for ${sample(101626)}`,
      // a recall list's scheme column before the number, and a patients table's CHI column
      `Surname, Given\t14/03/1961\tCHI\t${sample(101844, '140361')}\tGLA\nGiven Surname\t02/02/1950\tHSC\t${sample(101845, '35')}\tBFS`,
      `CREATE TABLE p (id int, chi char(10));\nINSERT INTO p VALUES (7, '${sample(101846, '090788')}');`,
      `  "health_id": "${sample(101847)}",`,
    ],
    negative: [
      // NHS Digital's documented example number
      'NHS number, e.g. `943 476 5919` (NHS Digital test number)',
      `NHS No: ${group(breakLastDigit(sample(41)), [3, 3, 4])}`,
      '943 476 5919',
      `Patient ${group(sample(42), [3, 3, 4], '-')} was seen today`,
      `id ${sample(43)}`,
      `"reference": "Patient/${breakLastDigit(sample(101398))}"`,
      `phone: ${group(sample(42), [3, 3, 4])}`,
      // a CHI label without a birth date in front, an HSC label outside its range
      `CHI\t${sample(101848, '4')}`,
      `HSC\t${sample(101849, '41')}`,
    ],
  },
});
