import { defineRule, fake } from '../defineRule';
import { isGs1Code18, withGs1Check } from './_checksums';
import { hasContext, isOnPlaceholderPersonLine } from './_context';
import { breakLastDigit } from './_format';

/** Words for a connection point's code: EAN, aansluiting, point de fourniture, Zählpunkt; a column `EanElektra`, `ean_gas`. */
const EAN_CONTEXT = /(?<![a-z])(?:ean(?:[ _-]?(?:code|18|nummer|elektra|elektriciteit|gas|stroom))?|eancode|aansluiting(?:en)?|aansluitpunt|toegangspunt|connection point|point de fourniture|point d'accès|zählpunkt|meterpunt|leveringspunt)(?![a-z])/iu;

// A Dutch or Belgian energy connection's EAN code: 18 digits from GS1's Dutch (871) or Belgian (541)
// range with a GS1 check digit. Grid operators give one to every household's electricity and gas
// connection; it belongs to the address, and with a supplier's records to the person living there
// (the Dutch regulator treats it as personal data). A code needs its label or its column: GS1
// numbers of the same shape mark shipments and pallets.
export default defineRule({
  id: 'energy-connection-ean',
  category: 'pii',
  description: 'Dutch or Belgian energy connection EAN code (18 digits, 871/541, GS1 check digit) next to its label or under its column',
  keywords: ['ean', 'aansluiting', 'aansluitpunt', 'toegangspunt', 'connection point', 'point de fourniture', 'zahlpunkt', 'meterpunt', 'leveringspunt'],
  window: { before: 80, after: 4000 },
  columns: true,
  nearDigits: 'dense',
  pattern: /(?<![\w-])(?:871|541)\d{15}(?![\w-])/gu,
  validate: (s, ctx) => isGs1Code18(s) && hasContext(ctx, EAN_CONTEXT, { before: 80 }) && !isOnPlaceholderPersonLine(ctx),
  redactAs: 'ean',
  references: ['https://www.eancodeboek.nl/', 'https://www.gs1.org/standards/barcodes/ean-upc', 'https://autoriteitpersoonsgegevens.nl/'],
  examples: {
    positive: [
      `EAN elektriciteit: ${withGs1Check('8716' + fake('{d13}', 9101))}`,
      `WRN geen actief contract voor aansluiting ${withGs1Check('5414' + fake('{d13}', 9102))} (klant onbekend)`,
      `datum\tbron\tean\tstand\n2024-02-01\tportal\t${withGs1Check('8716' + fake('{d13}', 9103))}\t012345\n`,
    ],
    negative: [
      `EAN elektriciteit: ${breakLastDigit(withGs1Check('8716' + fake('{d13}', 9101)))}`,
      `SSCC pallet label 00${withGs1Check('8716' + fake('{d13}', 9104))}`,
      `shipment ${withGs1Check('8716' + fake('{d13}', 9105))} dispatched`,
    ],
  },
});
