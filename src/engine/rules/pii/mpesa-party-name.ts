import { defineRule } from '../defineRule';
import { MPESA_PARTY_NAME, MPESA_SMS_LEAD } from './_telecom';

// The receiver's name in an M-Pesa (Safaricom Daraja) B2C result: `ReceiverPartyPublicName` holds
// the receiver's number and registered name, `2547… - MERCY W NJOROGE`, in the callback's
// `{"Key": …, "Value": …}` items and in the logs that print them; an organisation's statement
// (its CSV export) writes the customer so in each row's details, `Pay Bill from 2547… - NAME Acc. …`,
// `Business Payment to 2547… - NAME` (two words at least: a masked one is `NAME ***`); and the
// customer's own confirmation SMS names the other party before its number (`You have received
// Ksh3,000.00 from NAME 07…`, `Ksh500.00 sent to NAME 07…`). The number is the phone rule's.
export default defineRule({
  id: 'mpesa-party-name',
  category: 'pii',
  description: "Receiver's registered name in an M-Pesa B2C result (ReceiverPartyPublicName) or a customer's in an organisation's statement",
  keywords: ['receiverpartypublicname', 'pay bill', 'business payment', 'customer transfer', 'funds received', 'salary payment', 'merchant payment', 'customer payment', 'promotion payment', 'received ksh', 'sent to'],
  pattern: new RegExp(
    String.raw`ReceiverPartyPublicName["']?(?:[ \t]*,[ \t]*["']Value["'][ \t]*:|[ \t]*[=:])[ \t]*["']?\d{9,12} - (\p{Lu}[\p{L}'-]{0,24}(?: \p{Lu}[\p{L}'-]{0,24}){0,3})(?![\p{L}])` +
      String.raw`|(?:Pay Bill|Business Payment|Customer Transfer|Funds [Rr]eceived|Salary Payment|Merchant Payment|Customer Payment|Promotion Payment)(?: [A-Za-z]{2,12}){0,2} (?:from|to) \d{12} - (${MPESA_PARTY_NAME})(?![\p{L}*])` +
      String.raw`|${MPESA_SMS_LEAD} (${MPESA_PARTY_NAME}) (?=0[17]\d{8}\b|254[17]\d{8}\b)`,
    'gu',
  ),
  secretGroup: [1, 2, 3],
  redactAs: 'name',
  references: ['https://developer.safaricom.co.ke/APIs/BusinessToCustomer'],
  examples: {
    positive: [
      '{"Key": "ReceiverPartyPublicName", "Value": "254711305862 - MERCY WAMBUI NJOROGE"},',
      "b2c result loan=7748189 code=0 receipt=SDBDYQUSZT ReceiverPartyPublicName='254711305862 - Grace Akinyi'",
      // an organisation's statement: a customer's repayment and a disbursement
      'SFBKCIEJXZ,11-06-2024 06:23:59,11-06-2024 06:23:59,Pay Bill from 254700000000 - WANJIRU AKINYI OTIENO Acc. ZL24000975,Completed,500.00',
      'SFBMQJO3SF,11-06-2024 09:27:00,11-06-2024 09:27:00,Business Payment to 254700000000 - MERCY WAMBUI NJOROGE,Completed,,-7500.00',
      // a confirmation SMS quoted in a test
      'val sms = "SFJ4L8N2QW Confirmed.You have received Ksh3,000.00 from PETER OUMA KIPLAGAT 0110000000 on 3/6/24"',
    ],
    negative: [
      '{"Key": "ReceiverPartyPublicName", "Value": "254711305862"}',
      '"ReceiverPartyPublicName": "{{ receiver }}"',
      // a masked statement's row
      'SFBEIJZ762,11-06-2024 06:17:47,11-06-2024 06:17:47,Pay Bill from 254733****142 - FAITH *** Acc. ZL24000910,Completed,2500.00',
    ],
  },
});
