import { defineRule, fake } from '../defineRule';
import { elevenTest } from './_checksums';
import { columnHeader, hasContext, inLongerNumber, isTaxNumberOfCountry, isTrivialNumber, NOT_IN_LONGER_NUMBER, TIN_COLUMN_KEYWORDS } from './_context';
import { breakLastDigit, group } from './_format';
import { native } from '../../scan/nativeRegex';

const BSN_CONTEXT = native(/(?<![a-z])(?:bsn|burger ?service ?n(?:umme)?r|sofi ?(?:nummer|nr)?(?![a-z])|national[ _-]?id(?:entifier|[ _-]?(?:no|number|nr))?(?![a-z]))/u);

/** A column of a record's own ids (`id`, `customer_no`, `klantnummer`), which a BSN label in the rows near it does not name. */
const ID_COLUMN = /(?:^|[\s_."-])(?:id|nr|no|nummer|number|num|ref|key)["']?$|^["']?(?:id|klantnummer|relatienummer|contractnummer)["']?$/iu;

/** A column of a person's own number under another name (`tax_id`, `fiscal_no`, `id_number`, `persoonsnummer`): its rows may be BSNs. */
const PERSONAL_ID_COLUMN = /tax|fiscal|national|citizen|social|ssn|sofi|burger|person|identi|id[ _-]?(?:no|nr|num|number)|document/iu;

/** Values passed around as documentation examples. */
const SPECIMENS = new Set(['111222333', '123456782', '111111110', '999999990']);

function sample(seed: number): string {
  for (let s = seed; ; s++) {
    const body = fake('{d8}', s);
    const w = [9, 8, 7, 6, 5, 4, 3, 2].reduce((acc, x, i) => acc + x * (body.charCodeAt(i) - 48), 0);
    const last = w % 11;
    if (last < 10 && body[0] !== '0') return body + String(last);
  }
}

// Nine digits (eight for old numbers, read with a leading zero) passing the "11-test"
// (weights 9..2 and -1). A random nine-digit number passes one time in eleven, so a BSN label must be
// near: bsn, burgerservicenummer, sofinummer, or a national-ID field (whose nine digits pass the 11-test).
export default defineRule({
  id: 'nl-bsn',
  category: 'pii',
  description: 'Dutch citizen service number (BSN, 11-test), near a BSN label',
  keywords: ['bsn', 'burgerservicenummer', 'burgerservicenr', 'sofinummer', 'sofi-nummer', 'sofi nummer', 'sofinr', 'sofi-nr', 'national_id', 'nationalid', 'national id', 'national-id', ...TIN_COLUMN_KEYWORDS],
  // The value stands near its label (or a few table rows under a header that names it).
  // A column header (`BSN;`, `Passport No,`) is followed by rows: 4,000 characters reach about 40 of them.
  window: { before: 64, after: 4000 },
  columns: true,
  pattern: new RegExp(String.raw`(?<![\w.-])(?:\d{8,9}|\d{4}\.\d{2}\.\d{3}|\d{3} \d{3} \d{3}|\d{2} \d{2} \d{2} \d{3})(?![\w-])` + NOT_IN_LONGER_NUMBER, 'gu'),
  validate: (s, ctx) => {
    const d = s.replace(/\D/gu, '').padStart(9, '0');
    if (!elevenTest(d) || SPECIMENS.has(d) || isTrivialNumber(d) || inLongerNumber(ctx)) return false;
    // (A row's own id in a table whose other column holds BSNs: `20419004<TAB>K-20419004<TAB>…<TAB>BSN`.)
    const header = columnHeader(ctx);
    if (header !== undefined && ID_COLUMN.test(header.trim()) && !BSN_CONTEXT.test(header.toLowerCase()) && !PERSONAL_ID_COLUMN.test(header)) return false;
    // (Or a DAC7 or CRS report's TIN on a Dutch record: `…,tin,tin_country,…` and NL.)
    return hasContext(ctx, BSN_CONTEXT, { after: 16 }) || isTaxNumberOfCountry(ctx, /^NL$/u);
  },
  redactAs: 'bsn',
  references: ['https://www.rvig.nl/bsn'],
  examples: {
    positive: [
      // a parenthetical aside between the label and its colon
      `BSN (van het aanvraagformulier): ${sample(100966)}`,`{"name": "P. Bakker", "national_id": "${sample(104)}"}`, `BSN: ${sample(101)}`, `burgerservicenummer ${group(sample(102), [4, 2, 3], '.')}`, `naam;bsn\nJ. de Vries;${sample(103)}`,
      // a marketplace's DAC7 report: the seller's TIN, its country NL
      `seller_id,seller_type,legal_name,tin,tin_country\nS-1,individual,"J. Example",${sample(101973)},NL`,
      // Entity Framework's failed command: the parameter first, its column in the statement logged after it
      `Failed executing DbCommand (12ms) [Parameters=[@p0='${sample(100924)}' (Nullable = false) (Size = 9), @p1='Example' (Size = 100)], CommandType='Text', CommandTimeout='30']\n${'      -- batch\n'.repeat(12)}      INSERT INTO [Klanten] ([Bsn], [Achternaam])\n      VALUES (@p0, @p1);`,
      // a data-quality result's sample of failing values, under its expectation's column
      `"expectation_config": {\n  "expectation_type": "expect_column_values_to_be_null",\n  "kwargs": { "column": "bsn" }\n},\n"result": {\n  "unexpected_count": 2,\n  "partial_unexpected_list": [\n    "${sample(101037)}",\n    "${sample(101038)}"\n  ]\n}`,
    ],
    negative: [
      // a customer table's own id, beside another row's BSN in the national-id column
      `id\tcustomer_no\tnational_id\tnational_id_type\n7001\tK-7001\t<redacted>\tBSN\n${sample(101394)}\tK-7002\t\\N\t\\N\n`,
      // the list closed before the number: a count's digits after it are no failing value
      `"kwargs": { "column": "bsn" },\n"partial_unexpected_list": [],\n"element_count": ${sample(101039)}`,
      // an aside after another label
      `Ordernummer (zie de bevestigingsmail): ${sample(100967)}`,`BSN: ${breakLastDigit(sample(101))}`, 'BSN: 123456782', `order ${sample(101)}`, `BSN: ${sample(101)}7`],
  },
});
