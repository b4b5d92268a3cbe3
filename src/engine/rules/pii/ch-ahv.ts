import { defineRule, fake } from '../defineRule';
import { native } from '../../scan/nativeRegex';
import { ahvChecksum, withAhv } from './_checksums';
import { NATIONAL_ID_LABEL, hasContext, inLongerNumber } from './_context';
import { breakLastDigit } from './_format';

const AHV_CONTEXT = native(new RegExp(String.raw`(?<![a-z])(?:ahv|avs|navs|ahvn13|sozialversicherung|assurance vieillesse|assicurazione vecchiaia|social[ _.-]?security|${NATIONAL_ID_LABEL})`, 'u'));

/** The federal social insurance office's published example (756.9217.0769.85), in forms and documentation. */
// (The Central Compensation Office's own example, 756.1234.5678.97, in its documentation.)
const SPECIMENS = new Set(['7569217076985', '7561234567897']);

// Switzerland's social security number (AHV/AVS number, AHVN13): 756, nine digits and an EAN-13
// check digit. Written 756.XXXX.XXXX.XX it stands alone; thirteen undivided digits could be a
// barcode, so they need an AHV label or column.
export default defineRule({
  id: 'ch-ahv',
  category: 'pii',
  description: 'Swiss social security number (AHV/AVS number, 756.XXXX.XXXX.XX)',
  keywords: [],
  nearDigits: 'dense',
  pattern: /(?<![\w.-])756(\.?)\d{4}\1\d{4}\1\d{2}(?![\w-])(?!\.\d)/gu,
  validate: (s, ctx) => {
    const digits = s.replace(/\./gu, '');
    if (!ahvChecksum(digits) || SPECIMENS.has(digits) || inLongerNumber(ctx)) return false;
    return ctx.match[1] === '.' || hasContext(ctx, AHV_CONTEXT, { before: 48, after: 16 });
  },
  redactAs: 'ahv',
  references: ['https://www.zas.admin.ch/zas/en/home/particuliers/nouveau-numero-avs.html'],
  examples: {
    positive: [
      `AHV-Nr.: ${withAhv('756' + fake('{d9}', 831)).replace(/^(\d{3})(\d{4})(\d{4})(\d{2})$/u, '$1.$2.$3.$4')}`,
      `"Name";"AHV-Nr.";"Pensum"\n"Corinne Muster";"${withAhv('756' + fake('{d9}', 832))}";"80%"`,
    ],
    negative: [
      // the Central Compensation Office's documentation example
      'AHV-Nummer: 756.1234.5678.97 (ZAS-Beispiel)',
      'AHV-Nr.: 756.9217.0769.85',
      `AHV-Nr.: ${breakLastDigit(withAhv('756' + fake('{d9}', 831))).replace(/^(\d{3})(\d{4})(\d{4})(\d{2})$/u, '$1.$2.$3.$4')}`,
      `EAN ${withAhv('756' + fake('{d9}', 833))}`,
    ],
  },
});
