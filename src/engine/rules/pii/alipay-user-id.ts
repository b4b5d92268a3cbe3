import { defineRule } from '../defineRule';

// An Alipay user's id: 2088 and twelve digits, as Alipay's notifications and trade queries name the
// buyer (`buyer_id`, `buyer_user_id`), and an Alipay login's `user_id`. The merchant's own (seller_id)
// is a company's. Near its key only: sixteen digits alone are an order's or a card's as often.
export default defineRule({
  id: 'alipay-user-id',
  category: 'pii',
  description: "Alipay user id (2088…, sixteen digits) as a buyer's or user's id",
  keywords: ['buyer_id', 'buyer_user_id', 'user_id', 'buyer_open_id', 'buyerid', 'userid'],
  window: { before: 8, after: 64 },
  // The key (JSON, a query string or a form), a separator, then the id (group 1).
  pattern: /(?<![\w.-])["']?(?:buyer_(?:user_)?id|buyerId|buyer_open_id|user_id|userId)["']?[ \t]*[:=][ \t]*["']?(2088\d{12})(?!\d)/gu,
  secretGroup: 1,
  redactAs: 'alipay-user-id',
  references: ['https://opendocs.alipay.com/open/270/105902'],
  examples: {
    positive: [
      'POST /notify/alipay gmt_payment=2024-03-02+10%3A12%3A44&trade_status=TRADE_SUCCESS&buyer_id=2088102175923651&total_amount=88.00',
      '{"trade_no": "2024030222001451230500123456", "trade_status": "TRADE_SUCCESS", "buyer_id": "2088732045519384", "total_amount": "301.00"}',
    ],
    negative: [
      '{"seller_id": "2088102175923651", "trade_status": "TRADE_SUCCESS"}',
      '{"buyer_id": "3088102175923651"}',
      '{"out_trade_no": "2088102175923651", "buyer_logon_id": "183****5023"}',
    ],
  },
});
