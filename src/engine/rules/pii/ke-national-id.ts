import { defineRule, fake } from '../defineRule';
import { isLabelledIdOfCountry, isTrivialNumber, NOT_IN_LONGER_NUMBER } from './_context';

/** Its labels: a national id or id number (`national_id`, `nationalId`, `ID No`), Swahili's kitambulisho and "ID yangu ni" (my ID is). */
const KE_ID_CONTEXT = /national[ _-]?id|(?<![a-z])id[ _-]?(?:number|no\b|num)|id number on card|kitambulisho|huduma|(?<![a-z])id yangu(?: ni)?/u;

/** Words that say the text is Kenyan: the calling code, the currency, M-Pesa, the tax PIN, the cities. */
// (And a record's country code, as a KYC provider's log writes it: `"country": "KE"`.)
const KENYA_HINTS = ['+254', 'kenya', 'kes ', 'kes,', 'ksh', 'm-pesa', 'mpesa', 'safaricom', 'kra_pin', 'kra pin', 'nairobi', 'mombasa', 'kisumu', 'eldoret', 'nakuru', '"country": "ke"', '"country":"ke"', 'country=ke'];

// Kenya's national identity card number: seven or eight digits, with no check digit. Eight-digit
// numbers are everywhere, so it needs an id label right before it or heading its column, and a
// Kenyan text (the calling code, shillings, M-Pesa, a KRA PIN or a Kenyan city somewhere in it).
export default defineRule({
  id: 'ke-national-id',
  category: 'pii',
  description: 'Kenyan national ID card number (7-8 digits) under an id label, in a Kenyan text',
  keywords: ['national_id', 'national id', 'nationalid', 'id number', 'id_number', 'idnumber', 'id no', 'id_no', 'kitambulisho', 'id yangu'],
  hints: KENYA_HINTS,
  window: { before: 64, after: 4000 },
  columns: true,
  pattern: new RegExp(String.raw`(?<![\w.+-])\d{7,8}(?![\w-])` + NOT_IN_LONGER_NUMBER, 'gu'),
  validate: (s, ctx) =>
    !isTrivialNumber(s) && isLabelledIdOfCountry(ctx, KENYA_HINTS, KE_ID_CONTEXT),
  redactAs: 'national-id',
  references: ['https://www.immigration.go.ke/national-registration-bureau/'],
  examples: {
    positive: [
      `application_id,full_name,msisdn,national_id,kra_pin\nAPP-KE-0184,A. Example,+254722418903,${fake('{d8}', 3301)},A012847391K\n`,
      `request.body = b'{"amount":5000,"msisdn":"+254722418903","nationalId":"${fake('{d8}', 3302)}"}'`,
      `Customer in Nairobi sent a photo. ID number on card: ${fake('{d8}', 3303)}`,
      `Habari, nimelipa mkopo wangu kupitia M-Pesa. ID yangu ni ${fake('{d8}', 3306)}, naomba risiti.`,
      // an identity check's log: the country code says the number is Kenyan
      `{"event": "enhanced_kyc", "country": "KE", "id_type": "NATIONAL_ID", "id_number": "${fake('{d8}', 102012)}", "result": "ID Number Validated"}`,
    ],
    negative: [
      // another country's record
      `{"event": "enhanced_kyc", "country": "UG", "id_type": "NATIONAL_ID", "id_number": "${fake('{d8}', 102013)}"}`,
      // no Kenyan text; no id label
      `national_id: ${fake('{d8}', 3304)}`,
      `M-Pesa receipt for KES 3,225, ticket ${fake('{d8}', 3305)}`,
    ],
  },
});
