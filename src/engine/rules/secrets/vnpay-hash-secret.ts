import { defineRule, fake, minEntropy } from '../defineRule';

// VNPay's merchant hash secret (`vnp_HashSecret`): the key of the HMAC-SHA512 that signs every
// payment URL and IPN. VNPay issues it as 32 upper-case letters and digits, with the terminal code
// (`vnp_TmnCode`, 8 characters, public: it travels in every payment URL). Whoever holds the secret
// can sign payment results the merchant will trust.
export default defineRule({
  id: 'vnpay-hash-secret',
  category: 'secret',
  description: 'VNPay merchant hash secret (vnp_HashSecret, 32 characters), the HMAC key of payment URLs and IPNs',
  keywords: ['hashsecret', 'hash-secret', 'hash_secret'],
  window: { before: 16, after: 72 },
  pattern: /(?<![\w]|(?<!:)-)(?:vnp_?|VNP_?|vnpay[_.-]?|VNPAY_)?(?:[Hh]ash[_-]?[Ss]ecret|HASH_SECRET)["']?[ \t]{0,4}(?:[:=]|=>)[ \t]{0,4}["']?([A-Z0-9]{32})(?![\w-])/gu,
  secretGroup: 1,
  // (Random: 32 letters of one case carry about 4.3 bits each; a constant's name has fewer and repeats.)
  validate: (s) => minEntropy(s, 3.8),
  envName: 'VNPAY_HASH_SECRET',
  references: ['https://sandbox.vnpayment.vn/apis/docs/thanh-toan-pay/pay.html'],
  examples: {
    positive: [
      `vnpay:\n    tmn-code: 2QXUI4J4\n    hash-secret: ${fake('{A32}', 1211)}`,
      `For VNPay we sign with HMAC-SHA512 and vnp_HashSecret=${fake('{A32}', 1212)} and that one always works.`,
      `VNPAY_HASH_SECRET="${fake('{A26}', 1213)}${fake('{d6}', 1214)}"`,
    ],
    negative: [
      '    hash-secret: ${VNPAY_HASH_SECRET}',
      'vnp_HashSecret=XXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX',
      'VNPAY_HASH_SECRET=VNPAY_HASH_SECRET_FOR_SANDBOX_ONLY',
      `vnp_SecureHash=${fake('{h128}', 1215)}`,
    ],
  },
});
