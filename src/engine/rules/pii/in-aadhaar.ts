import { defineRule, fake } from '../defineRule';
import { verhoeff, withVerhoeff } from './_checksums';
import { columnHeader, hasContext, inLongerNumber, isTrivialNumber, isInCodePointRun } from './_context';
import { native } from '../../scan/nativeRegex';
import { breakLastDigit, group } from './_format';

const AADHAAR_CONTEXT = /(?<![a-z])(?:aadh?aa?r|uidai|uid(?![a-z])|आधार)/u;

/**
 * A parcel's tracking number: Japan's carriers print theirs as twelve digits in groups of four
 * (Yamato's 伝票番号), in an export's tracking column or after its label.
 */
const TRACKING = /追跡番号|伝票番号|問い合わせ番号|問合せ番号|お問合せ番号|送り状番号|(?<![a-z])(?:tracking|waybill|awb|shipment)(?:[ _-]?(?:no|number|id|#))?(?![a-z])|(?<![a-z])(?:fedex|ups|dhl|usps|parcel)(?:[ _-]?(?:label|no|number|#))?(?![a-z])/iu;

// Twelve digits, first 2-9, the last a Verhoeff check. Written 4 4 4 (spaces or dashes) it stands
// alone; undivided it needs an Aadhaar/UID label nearby.
/** A column of an order's, an invoice's or a booking's references. */
const REFERENCE_HEADER = native(/(?:^|[\s_-])(?:ref|reference|order|invoice|pedido|factura|booking|ticket|receipt)s?(?:[\s_-]?(?:no|number|id|ref))?$/iu);

export default defineRule({
  id: 'in-aadhaar',
  category: 'pii',
  description: 'Indian Aadhaar number (12 digits, Verhoeff check)',
  // The 4 4 4 form appears without a label; the pattern starts at a digit 2-9.
  keywords: [],
  pattern: /(?<![\w-])[2-9]\d{3}([ -]?)\d{4}\1\d{4}(?![\w-])/gu,
  nearDigits: 'dense',
  validate: (s, ctx) => {
    const d = s.replace(/\D/gu, '');
    // (UIDAI's test numbers start 9999 9999.)
    if (!verhoeff(d) || isTrivialNumber(d) || d.startsWith('99999999') || inLongerNumber(ctx) || isInCodePointRun(ctx)) return false;
    if (hasContext(ctx, AADHAAR_CONTEXT, { after: 16 })) return true;
    if (ctx.match[1] === '') return false;
    // (Not a parcel's tracking number in its column or after its label.)
    const header = columnHeader(ctx);
    // (Nor an order's or an invoice's reference in its column: `reference`, `pedido`, `invoice_no`.)
    return !(header !== undefined && (native(TRACKING).test(header) || REFERENCE_HEADER.test(header))) && !native(TRACKING).test(ctx.text.slice(Math.max(0, ctx.start - 24), ctx.start));
  },
  redactAs: 'aadhaar',
  references: ['https://uidai.gov.in/en/ecosystem/authentication-devices-documents/about-aadhaar.html'],
  examples: {
    positive: [
      `Aadhaar: ${group(withVerhoeff('7' + fake('{d10}', 61)), [4, 4, 4])}`,
      `"aadhaar_no": "${withVerhoeff('4' + fake('{d10}', 62))}"`,
    ],
    negative: ["INSERT INTO public.pedidos (id, reference, cliente_id, amount_cents) VALUES\n(88215,'2026-0931-7720',1042,2350);", 
      `[ ] Laptop return – FedEx label ${group(withVerhoeff('7' + fake('{d10}', 100993)), [4, 4, 4])} sent to home address`,
      // a collation table's code points
      '5915 516E 5FDA 6C50 8980 5438 5E0C 6271 6278 5365 7735 7848 7852 7849 784D 784A 784C 7826 7845 7850',
      // a parcel's tracking number in an order export's tracking column
      `注文番号\t配送業者\t追跡番号\nA-1\tヤマト運輸\t${group(withVerhoeff('4' + fake('{d10}', 63)), [4, 4, 4], '-')}\n`,
      'Aadhaar (UIDAI test): 9999 9999 0019',
      `Aadhaar: ${group(breakLastDigit(withVerhoeff('7' + fake('{d10}', 61))), [4, 4, 4])}`,
      `Aadhaar: ${group(withVerhoeff('1' + fake('{d10}', 63)), [4, 4, 4])}`,
      `invoice ${withVerhoeff('4' + fake('{d10}', 62))}`,
      `card ${group(withVerhoeff('7' + fake('{d10}', 61)), [4, 4, 4])} 1234`,
    ],
  },
});
