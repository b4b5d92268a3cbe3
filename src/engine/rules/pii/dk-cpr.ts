import { native } from '../../scan/nativeRegex';
import { defineRule, fake } from '../defineRule';
import { isValidDate } from './_checksums';
import { DATA_SUBJECT_KEYWORDS, DATA_SUBJECT_LABEL, hasContext, inLongerNumber, isTrivialNumber, NATIONAL_ID_KEYWORDS, NATIONAL_ID_LABEL, NOT_IN_LONGER_NUMBER } from './_context';

const CPR_CONTEXT = native(new RegExp(`(?<![a-z])(?:cpr|personnummer|cpr ?nr|cpr-nummer|civil ?registration ?number|${NATIONAL_ID_LABEL})|${DATA_SUBJECT_LABEL}`, 'u'));

// DDMMYY-SSSS. Since 2007 CPR numbers need not pass the old modulus-11 check, so the date and a
// CPR label near the value are the evidence.
export default defineRule({
  id: 'dk-cpr',
  category: 'pii',
  description: 'Danish personal identification number (CPR), near a label',
  keywords: [...NATIONAL_ID_KEYWORDS, ...DATA_SUBJECT_KEYWORDS, 'cpr-', 'cpr:', 'cpr ', 'cpr.', 'cpr"', "cpr'", 'cpr_', 'cpr=', 'cpr\t', 'cpr;', 'cpr,', 'cpr|', 'cprnr',
    // a validator's or a field's name in code (`CprValidator.isValid(…)`, `cprNummer`)
    'cprvalid', 'cprnumber', 'cprnummer',
    // MedCom's XML messages: `<CivilRegistrationNumber>`
    'civilregistrationnumber'],
  // The value stands near its label (or a few table rows under a header that names it).
  // A column header (`BSN;`, `Passport No,`) is followed by rows: 4,000 characters reach about 40 of them.
  window: { before: 64, after: 4000 },
  columns: true,
  pattern: new RegExp(String.raw`(?<![\w.-])\d{6}-?\d{4}(?![\w-])` + NOT_IN_LONGER_NUMBER, 'gu'),
  validate: (s, ctx) => {
    const d = s.replace(/-/gu, '');
    const day = Number(d.slice(0, 2));
    const month = Number(d.slice(2, 4));
    // (A serial of 0000 or 1234 is a form's sample: `010153-1234`.)
    if (!isValidDate(2000, month, day) || /^\d{6}-?0000$/u.test(s) || isTrivialNumber(d.slice(6)) || inLongerNumber(ctx)) return false;
    return hasContext(ctx, CPR_CONTEXT, { after: 16 });
  },
  redactAs: 'cpr',
  references: ['https://cpr.dk/cpr-systemet/opbygning-af-cpr-nummeret'],
  examples: {
    positive: [
      `alert_id;rule;name;national_id;country\nAML-1;R15;A. Person;2601${fake('{d2}', 335)}-1${fake('{d3}', 336)};DK`,
      `CPR-nr.: 1404${fake('{d2}', 331)}-${fake('{d4}', 332).replace(/^0/u, '3')}`,
      // a validator's test, the CPR only in the validator's name
      `        assertTrue(CprValidator.isValid("0903${fake('{d2}', 101664)}-${fake('{d4}', 101665).replace(/^0/u, '2')}"))`,
      `"cpr": "2311${fake('{d2}', 333)}${fake('{d4}', 334).replace(/^0/u, '5')}"`,
      // a serial whose digits step up twice (not a run: 3457)
      'CPR-nummer: 120486-3457, jeg bor i Odense.',
      `elev_id;efternavn;fornavn;cpr;adresse\n699025;Lindholm;Mads;1903${fake('{d2}', 532)}-4${fake('{d3}', 533)};Søndergade 19`,
      // a pharmacy's access audit: the data subject whose prescriptions were opened
      `2024-05-06T08:00:00Z actor=apo.example role=pharmacist action=VIEW_PRESCRIPTIONS subject=170384-2291 registry=FMK`,
      // a clinic's journal access audit (`patient_nid=`), and a MedCom lab report's patient
      `level=AUDIT app=journal country=DK user=x action=READ patient_nid=0903${fake('{d2}', 8220)}-2${fake('{d3}', 8221)} result=OK`,
      `<Patient>\n  <CivilRegistrationNumber>1811${fake('{d2}', 8222)}3${fake('{d3}', 8223)}</CivilRegistrationNumber>\n</Patient>`,
    ],
    negative: [`CPR-nr.: 3204${fake('{d2}', 331)}-${fake('{d4}', 332)}`, `order 1404${fake('{d2}', 331)}-${fake('{d4}', 332)}`, 'CPR: 010203-0000'],
  },
});
