import { defineRule } from '../defineRule';
import { native } from '../../scan/nativeRegex';
import { personasKodsChecksum, withPersonasKods } from './_checksums';
import { hasDateAt } from './_dates';
import { NATIONAL_ID_KEYWORDS, NATIONAL_ID_LABEL, hasContext, inLongerNumber } from './_context';

const PERSONAS_KODS_CONTEXT = native(new RegExp(String.raw`personas[ _]?kod|(?<![a-z])p\. ?k\.(?![a-z])|personal[ _]?code|(?<![a-z])pnolv-|${NATIONAL_ID_LABEL}`, 'u'));

// A Latvian personal code (personas kods) of the form issued until 2017: DDMMYY-CNNNN K, the birth
// date, a century digit (0 for the 1800s, 1 the 1900s, 2 the 2000s), a serial and a check digit
// (1101 minus a weighted sum, mod 11). The codes issued since 2017 (32…) carry no date and are
// left out. Near a label (personas kods, p.k.) or under its column.
export default defineRule({
  id: 'lv-personas-kods',
  category: 'pii',
  description: 'Latvian personal code (personas kods: birth date, century and check digit), near a label',
  keywords: [...NATIONAL_ID_KEYWORDS, 'personas kod', 'personas_kod', 'personaskod', 'p.k.', 'p. k.', 'personal code', 'personal_code', 'pnolv-'],
  window: { before: 64, after: 4000 },
  columns: true,
  // (Or as an eIDAS certificate's or a Smart-ID account's semantics identifier: PNOLV-<code>, its
  // document number PNOLV-<code>-XXXX-Q.)
  pattern: /(?:(?<![\w.-])|(?<=(?<![\w-])PNOLV-))\d{6}-[0-2]\d{4}(?:(?![\w-])|(?<=PNOLV-\d{6}-\d{5})(?=-[A-Z0-9]{4}-[A-Z](?![\w-])))/gu,
  validate: (s, ctx) => {
    const digits = s.replace('-', '');
    const century = [1800, 1900, 2000][Number(digits[6])] as number;
    if (!hasDateAt(digits, 0, 'DDMMYY', [century]) || !personasKodsChecksum(digits)) return false;
    // (SK ID Solutions' Smart-ID test identities are born on 3 March 1903: PNOLV-030303-1….)
    if (digits.startsWith('0303031')) return false;
    return !inLongerNumber(ctx) && hasContext(ctx, PERSONAS_KODS_CONTEXT, { before: 64, after: 16 });
  },
  redactAs: 'personal-code',
  references: ['https://likumi.lv/ta/id/57255'],
  examples: {
    positive: [
      `Mans personas kods ${withPersonasKods('140583', '1172')}, dzīvoju Rīgā.`,
      `lieta,personas_kods,vārds_uzvārds\nL-1,${withPersonasKods('021190', '1204')},Ilze Ozola`,
      `p.k. ${withPersonasKods('300612', '2031')}`,
      `cert.subject="SERIALNUMBER=PNOLV-${withPersonasKods('070192', '1837')}, C=LV"`,
    ],
    negative: [
      `Smart-ID demo: PNOLV-${withPersonasKods('030303', '1001')}`,
      `personas kods: ${withPersonasKods('140583', '1172').slice(0, 11)}${(Number(withPersonasKods('140583', '1172')[11]) + 1) % 10}`,
      `personas kods: ${withPersonasKods('310283', '1172')}`,
      `pasūtījums ${withPersonasKods('140583', '1172')}`,
    ],
  },
});
