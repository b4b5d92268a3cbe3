import { defineRule, fake } from '../defineRule';
import { native } from '../../scan/nativeRegex';
import { UUID_SOURCE } from '../secrets/_generic';

/** A UPI autopay mandate's reference: a UUID at the PSP's handle. */
// (Or 32 hex digits without the UUID's dashes: a mandate callback's `"umn": "<32 hex>@ybl"`.)
const MANDATE_REFERENCE = new RegExp(`^(?:${UUID_SOURCE}|[0-9a-f]{32})@`, 'u');

/**
 * The payment apps' and banks' UPI handles (the part after `@` in a virtual payment address): Google
 * Pay's ok-handles, PhonePe's ybl/ibl/axl, Paytm, Amazon Pay, BHIM and the banks' own.
 */
const PSP_HANDLES = [
  'okhdfcbank', 'okicici', 'oksbi', 'okaxis', 'ybl', 'ibl', 'axl', 'paytm', 'ptyes', 'ptaxis', 'pthdfc', 'ptsbi', 'apl', 'yapl', 'rapl',
  'upi', 'icici', 'sbi', 'hdfcbank', 'axisbank', 'kotak', 'pnb', 'boi', 'federal', 'fbl', 'indus', 'idfcbank', 'idfcfirst', 'jio', 'freecharge',
  'airtel', 'waicici', 'wahdfcbank', 'wasbi', 'waaxis', 'yesbank', 'barodampay', 'unionbank', 'cnrb', 'aubank', 'rbl', 'dbs', 'kvb', 'abfspay',
  'axisb', 'ikwik', 'timecosmos', 'jupiteraxis', 'fam', 'slice', 'naviaxis',
];

// An Indian UPI virtual payment address (`name.surname@okhdfcbank`, `98xxxxxxxx@ybl`): it names its
// owner or holds their phone number, and it is how they are paid. The handle after `@` must be a
// known payment app's or bank's; an e-mail address has a dot in its domain, a VPA none.
/**
 * A merchant's VPA by its own shape: Paytm's, BharatPe's and PhonePe's QR codes (`paytmqr…@paytm`,
 * `bharatpe.…@fbpe`, `Q…@ybl`), a payment gateway's address for its merchant (`<brand>.rzp@…`,
 * `<brand>.payu@…`), or a company's address for one purpose (`<brand>.emi@…`, `<brand>-order@…`,
 * `collect.<brand>@…`, `irctc.ticket@…`).
 */
const MERCHANT_VPA = native(/^(?:paytmqr[\w]*|bharatpe\.[\w.]+|q\d{8,12}(?=@(?:ybl|ibl|axl)$)|[\w-]+\.(?:rzp|payu|cf|cashfree|billdesk|ccavenue|juspay|pinelabs|easebuzz|instamojo)|(?:collect|collections?|refunds?|settlements?|billpay)[.-][\w.-]+|[\w-]+[.-](?:emi|emis|collect|collections?|payments?|pay|refunds?|tickets?|bills?|billpay|merchant|store|shop|orders?|settlements?|nach|autopay|recharge))@/iu);

/** A key naming a business's own VPA, right before the value. */
const BUSINESS_VPA_KEY = native(/(?:merchant|business|company|payee|collect(?:ion)?|settlement|store|shop)[_ -]?(?:upi[_ -]?)?(?:vpa|upi[_ -]?id|upi)["']?[ \t]*[:=][ \t]*["']?$/iu);

export default defineRule({
  id: 'in-upi-id',
  category: 'pii',
  description: "Indian UPI virtual payment address (<name>@okhdfcbank, <number>@ybl)",
  // (In a URL's query the `@` is written `%40`: `GET /v2/upi/validate?vpa=<name>%40ybl`.)
  keywords: PSP_HANDLES.flatMap((h) => [`@${h}`, `%40${h}`]),
  window: { before: 80, after: 20 },
  // (A sentence's full stop may follow it: `My UPI id is <number>@ybl.`)
  // (Nor the tail of a masked one: `payer=me*********68@okaxis`.)
  pattern: new RegExp(`(?<![\\w.+*-])[A-Za-z0-9][A-Za-z0-9._-]{1,255}(?:@|%40)(?:${PSP_HANDLES.join('|')})(?![\\w-]|\\.\\w)`, 'gu'),
  // (A mandate's reference, a UUID at the PSP's handle, `UMN <uuid>@ybl`, names an autopay mandate, not a payer.)
  validate: (raw, ctx) => {
    const s = raw.replace('%40', '@');
    return (
      !/^(?:test|demo|example|sample|yourname|username|merchant|name|abc|xyz)[\w.-]*@|^(?:success|failure|pending)@/iu.test(s) &&
      !MANDATE_REFERENCE.test(s) &&
      // (Nor a business's VPA by its shape: a Paytm or BharatPe merchant QR's, a company's collection address.)
      !MERCHANT_VPA.test(s) &&
      // (Nor a business's own VPA under its key: `MERCHANT_VPA = "shop@icici"`, `payee_vpa:`, `collect_vpa=`.)
      !BUSINESS_VPA_KEY.test(ctx.text.slice(Math.max(0, ctx.start - 40), ctx.start))
    );
  },
  redactAs: 'upi',
  references: ['https://www.npci.org.in/what-we-do/upi/product-overview'],
  examples: {
    positive: ['        "vpa": "sneha.iyer@okhdfcbank",', 'RFP-7,IN,upi,,,9876543210@ybl,1299.00,INR,paid', 'pay to rohit.k@paytm please',
      // a VPA in a URL's query, its `@` encoded; a ticket's sentence ending right after one
      `49.204.10.7 - - [14/Mar/2024:09:00:03 +0530] "GET /v2/upi/validate?vpa=${fake('{l9}', 102022)}%40ptsbi HTTP/2.0" 200 662`,
      `My UPI id is 98${fake('{d8}', 102023)}@ybl. Tried 4 times.`],
    negative: ['"vpa": "success@razorpay"', 'upi://pay?pa=merchant@ybl', 'see sneha.iyer@okhdfcbank.com', 'test@ybl', 'MERCHANT_VPA = "kiranastore@icici"', `autopay UMN ${fake('{h8}-{h4}-4{h3}-a{h3}-{h12}', 101049)}@ybl`,
      // a lender's own collection VPA in a collect log, a merchant's Paytm QR
      'collect request sent payee=kestrelcredit.emi@yesbank amt=4218.00', `paytmqr${fake('{l12}', 101594)}@paytm`,
      // a PhonePe merchant QR, a gateway's and a company's collection addresses, a certification suite's outcome VPAs
      `ReqPay accepted payer=<masked> payee=Q${fake('{d9}', 101810)}@ybl amount=47.31`, 'payee=kestrelfoods.rzp@axisbank', 'payee_vpa: kestrel-order@paytm', 'payee=collect.kestrelcredit@icici', 'vpas = ["success@upi", "failure@upi"]',
      // a gateway's log masking the payer's VPA
      'collect created order=order_1 payer=me***************68@okaxis amount=210299',
      // an autopay callback's mandate number
      `"umn": "${fake('{h32}', 102110)}@ybl",`],
  },
});
