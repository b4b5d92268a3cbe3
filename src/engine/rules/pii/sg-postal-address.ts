import { native } from '../../scan/nativeRegex';
import { defineRule } from '../defineRule';
import { isBusinessAddressCell, isOnCompanyLine } from './_context';

/** A street word or a unit (`#11-47`): a number and words before a postcode are an address only with one of them. */
const STREET_WORD = /#\d|\b(?:Street|St|Road|Rd|Avenue|Ave|Drive|Dr|Crescent|Cres|Close|Lane|Link|Walk|Way|Place|Rise|View|Park|Terrace|Jalan|Lorong|Lor|Bukit|Tanjong|Tampines|Bishan|Woodlands|Yishun|Bedok|Jurong|Sengkang|Punggol|Hougang|Serangoon|Toa Payoh|Ang Mo Kio|Clementi|Pasir Ris|Choa Chu Kang|Bukit Batok|Geylang|Kallang|Queenstown|Marine Parade|Orchard)\b/iu;

// A Singapore address, anchored by its six-digit postcode after "Singapore": a block or house
// number, the street (`Bishan Street 23`, `Jalan Bunga Rampai`, `Ang Mo Kio Ave 3`), an optional
// unit (`#11-47`), then `Singapore 570212` (or `S570212`). As MyInfo returns it, the whole line may
// be in capitals. The postcode and the number before the street are what make it an address.
export default defineRule({
  id: 'sg-postal-address',
  category: 'pii',
  description: 'Singapore postal address (block and street, unit, Singapore + 6-digit postcode)',
  keywords: ['singapore'],
  window: { before: 120, after: 20 },
  pattern:
    /(?<![\w#-])((?:(?:Blk|BLK|Block|BLOCK) )?\d{1,4}[A-Z]?,? (?:[A-Za-z][A-Za-z'.]{1,20} ){0,5}[A-Za-z][A-Za-z'.]{1,20}(?: \d{1,3}[A-Z]?)?(?:,? ?#\d{1,3}-\d{1,5}[A-Z]?)?(?:,? [A-Z][A-Za-z]{2,20}(?: [A-Z][A-Za-z]{2,20})?)?,? (?:Singapore|SINGAPORE) \d{6})(?!\d)/gu,
  secretGroup: 1,
  // (A company's address, on a line naming its legal form, is the company's.)
  // (Documentation's addresses: `1 Example Road, Singapore 000001`.)
  validate: (s, ctx) => !/\b(?:Example|Sample|Test|Fake|Dummy)\b|\b0000\d\d$/iu.test(s) && !isOnCompanyLine(ctx) && native(STREET_WORD).test(s) && !isBusinessAddressCell(ctx),
  redactAs: 'address',
  references: ['https://en.wikipedia.org/wiki/Postal_codes_in_Singapore'],
  examples: {
    positive: [
      'person fetched address="212 BISHAN STREET 23 #11-47 SINGAPORE 570212" source=myinfo',
      '  Residential: 28 Jalan Bunga Rampai, Singapore 538404',
      'Blk 406 Ang Mo Kio Ave 10, #05-1212, Singapore 560406',
    ],
    negative: ['"shipping_address": "1 Example Road, Singapore 000001"', 'Office: 1 Raffles Place, Singapore 048616 (HQ, Pasarly Pte. Ltd.)', 'In 2026 Singapore 123456 visitors', 'version 3 singapore 560406',
      // a merchant's onboarding row: its business address (a tower's unit) under its own column
      'application_id,owner_name,business_address,mcc\nAPP-7,A. Example,"8 Marina Boulevard, #12-07, Singapore 018981",5812\n'],
  },
});
