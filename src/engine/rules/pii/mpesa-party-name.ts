import { defineRule } from '../defineRule';

// The receiver's name in an M-Pesa (Safaricom Daraja) B2C result: `ReceiverPartyPublicName` holds
// the receiver's number and registered name, `2547… - MERCY W NJOROGE`, in the callback's
// `{"Key": …, "Value": …}` items and in the logs that print them. The number is the phone rule's.
export default defineRule({
  id: 'mpesa-party-name',
  category: 'pii',
  description: "Receiver's registered name in an M-Pesa B2C result (ReceiverPartyPublicName)",
  keywords: ['receiverpartypublicname'],
  pattern: /ReceiverPartyPublicName["']?(?:[ \t]*,[ \t]*["']Value["'][ \t]*:|[ \t]*[=:])[ \t]*["']?\d{9,12} - (\p{Lu}[\p{L}'-]{0,24}(?: \p{Lu}[\p{L}'-]{0,24}){0,3})(?![\p{L}])/gu,
  secretGroup: 1,
  redactAs: 'name',
  references: ['https://developer.safaricom.co.ke/APIs/BusinessToCustomer'],
  examples: {
    positive: [
      '{"Key": "ReceiverPartyPublicName", "Value": "254711305862 - MERCY WAMBUI NJOROGE"},',
      "b2c result loan=7748189 code=0 receipt=SDBDYQUSZT ReceiverPartyPublicName='254711305862 - Grace Akinyi'",
    ],
    negative: ['{"Key": "ReceiverPartyPublicName", "Value": "254711305862"}', '"ReceiverPartyPublicName": "{{ receiver }}"'],
  },
});
