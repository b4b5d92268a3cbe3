import { native } from '../../scan/nativeRegex';
import { defineRule, fake } from '../defineRule';

/** The signature's own key or label just before it (`NETOPIA_POS_SIGNATURE=`, `signature:`, `POS signature \``). */
const SIGNATURE_BEFORE = native(/signature[\w ]{0,24}["'`]?[ \t]*(?:[:=][ \t]*["'`]?|[ \t]["'`]?|["'`])$/iu);

// NETOPIA Payments (mobilPay, Romania) identifies a merchant's point of sale by its "POS signature",
// five groups of four capitals and digits (`XXXX-XXXX-XXXX-XXXX-XXXX`), which signs the merchant's
// payment requests with the merchant's key pair; the merchant's configuration keeps it beside the
// API key. Read under a signature key or label, in a text that names NETOPIA or mobilPay.
export default defineRule({
  id: 'netopia-pos-signature',
  category: 'secret',
  description: 'NETOPIA Payments (mobilPay) POS signature',
  keywords: ['netopia', 'mobilpay'],
  window: { before: 600, after: 600 },
  pattern: /(?<![\w]|(?<!:)-)[0-9A-Z]{4}(?:-[0-9A-Z]{4}){4}(?![\w-])/gu,
  validate: (s, ctx) => /\d/u.test(s) && /[A-Z]/u.test(s) && new Set(s.replace(/-/gu, '')).size >= 6 && SIGNATURE_BEFORE.test(ctx.text.slice(Math.max(0, ctx.start - 48), ctx.start)),
  envName: 'NETOPIA_POS_SIGNATURE',
  references: ['https://doc.netopia-payments.com/docs/payment-api/v2.x/intro', 'https://github.com/mobilpay/Node.js'],
  examples: {
    positive: [
      `# NETOPIA\nNETOPIA_API_KEY=\${NETOPIA_API_KEY}\nNETOPIA_POS_SIGNATURE=${fake('{u4}-{u4}-{u4}-{u4}-{u4}', 9201)}`,
      `netopia:\n  api-url: https://secure.mobilpay.example/pay\n  signature: ${fake('{u4}-{u4}-{u4}-{u4}-{u4}', 9202)}`,
    ],
    negative: [
      // a licence key's shape without a signature label, and a placeholder
      `Netopia plugin licence: ${fake('{u4}-{u4}-{u4}-{u4}-{u4}', 9203)}`,
      'NETOPIA_POS_SIGNATURE=XXXX-XXXX-XXXX-XXXX-XXXX',
    ],
  },
});
