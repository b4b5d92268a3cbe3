import { native } from '../../scan/nativeRegex';
import { defineRule, fake } from '../defineRule';
import { hasContext } from './_context';

/** The two-letter codes of India's states and union territories that head a licence number (OD and OR both: Odisha renamed its code). */
const STATES = 'AN|AP|AR|AS|BR|CG|CH|DD|DL|DN|GA|GJ|HP|HR|JH|JK|KA|KL|LA|LD|MH|ML|MN|MP|MZ|NL|OD|OR|PB|PY|RJ|SK|TN|TR|TS|UK|UP|WB';

/** A licence's label (`DL no`, `driving licence`, a document type's `DL` cell), for the form without a space. */
const LICENCE_CONTEXT = /(?<![a-z])(?:dl|driving[ _-]?licen[cs]e|driver'?s?[ _-]?licen[cs]e|licen[cs]e[ _-]?(?:no|number)|sarathi)(?![a-z])/u;

/** A serial of one digit seven times: a form's stand-in. */
const REPEATED_SERIAL = native(/(\d)\1{6}/u);

/** The first and last issue years a licence number may carry. */
const FIRST_YEAR = 1950;
const LAST_YEAR = 2035;

// An Indian driving licence number as the Sarathi system issues it: the state's code, the issuing
// RTO's two digits, the year of issue and a seven-digit serial (`MH14 20110062821`). There is no
// check digit, so the form decides: written with the space (or dash) after the RTO code it stands
// alone; as fifteen characters without one it needs a licence's label near it.
export default defineRule({
  id: 'in-driving-licence',
  category: 'pii',
  description: 'Indian driving licence number (state code, RTO code, year of issue and serial)',
  keywords: [],
  nearDigits: 'dense',
  pattern: new RegExp(String.raw`(?<![\w-])(?:${STATES})(\d{2})([ -]?)((?:19|20)\d{2})\d{7}(?![\w-])`, 'gu'),
  validate: (s, ctx) => {
    const year = Number(ctx.match[3]);
    if (ctx.match[1] === '00' || year < FIRST_YEAR || year > LAST_YEAR || REPEATED_SERIAL.test(s)) return false;
    return ctx.match[2] !== '' || hasContext(ctx, LICENCE_CONTEXT, { before: 40 });
  },
  redactAs: 'driving-licence',
  references: ['https://parivahan.gov.in/parivahan/en/content/driving-licence-0', 'https://sarathi.parivahan.gov.in/'],
  examples: {
    positive: [
      `Courier onboarding: DL no GJ01 2012${fake('{d7}', 101490)}, expires 2032`,
      `booking,doc_type,doc_no\nB-7,DL,KA05 2009${fake('{d7}', 101491)}\n`,
      `{"doc_type": "DL", "doc_number": "TN092014${fake('{d7}', 101493)}"}`,
    ],
    negative: [
      // no state of India's, an RTO code of 00, a year out of range, an id without a licence's label
      `ref ZZ14 2011${fake('{d7}', 101494)}`,
      `MH00 2011${fake('{d7}', 101495)}`,
      `MH14 1875${fake('{d7}', 101496)}`,
      `order_id=KA052013${fake('{d7}', 101497)}`,
    ],
  },
});
