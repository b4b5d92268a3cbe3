import { defineRule, fake } from '../defineRule';
import { NOT_IN_LONGER_NUMBER, columnHeader, isInCodePointRun } from './_context';
import { ean13Checksum, luhn, withLuhn } from './_checksums';
import { breakLastDigit, group } from './_format';
import { native } from '../../scan/nativeRegex';

/**
 * Card numbers that payment processors (Stripe, Adyen, Braintree, PayPal, Visa, Mastercard)
 * publish for testing. They pass Luhn and the issuer ranges, but are documentation values.
 */
const TEST_NUMBERS = new Set(
  (
    '4111111111111111 4242424242424242 4012888888881881 4222222222222 4000056655665556 4000002500003155 ' +
    // Redsys's published test card (its sis-t test environment)
    '4548812049400004 ' +
    // Transbank's published test cards (Webpay Plus and Oneclick integration: Visa, Mastercard, Redcompra)
    '4051885600446623 5186059559590568 4051884239937763 ' +
    // Razorpay's published test cards (domestic Mastercards) and Juspay's common simulated Mastercards
    '5267318187975449 5104015555555558 5104060000000008 5299920210000277 5299920000000149 ' +
    // Flutterwave's and Paystack's published test cards
    '5531886652142950 4187427415564246 5399838383838381 4084084084084081 ' +
    // VNPAY's sandbox card (NCB, NGUYEN VAN A)
    '9704198526191432198 ' +
    // Mercado Pago's published test cards (Mexico, Brazil, Argentina, Colombia)
    '4509953566233704 5031755734530604 371180303257522 4002768694395619 5287338310253304 4235647728025682 5031433215406351 ' +
    '375365153556885 5067766783888311 4013540682746260 5474925432670366 4168818844447115 5254133674403564 ' +
    '4000002760003184 4000008260003178 4000000000003220 4000000000000077 4000000000000002 4000000000009995 ' +
    '4000000000000069 4000000000000127 4000000000000119 4917610000000000 4462030000000000 4917300800000000 ' +
    '4484070000000000 4005519200000004 4009348888881881 4012000033330026 4012000077777777 4217651111111119 ' +
    '4500600000000061 4988438843884305 4166676667666746 4646464646464644 4000620000000007 4111111145551142 ' +
    '4035501000000008 4263982640269299 4917484589897107 4001919257537193 4007702835532454 4012001037141112 ' +
    '4000000760000002 4000001240000000 4000003560000008 4000000000000101 4000000000000341 4000000000000036 ' +
    '5555555555554444 5105105105105100 5200828282828210 5454545454545454 2223003122003222 2223000048400011 ' +
    '5431111111111111 5500000000000004 5425233430109903 2222420000001113 2222630000001125 5101180000000007 ' +
    '5555341244441115 5577000055770004 5136333333333335 5585558555855583 5555444433331111 2223520043560014 ' +
    '5204740009900014 5420923878724339 5455330760000018 5555555555555557 5200000000000007 5200000000001005 ' +
    '378282246310005 371449635398431 378734493671000 370000000000002 340000000000009 343434343434343 ' +
    '370000000100018 374251018720018 374251021090003 374251033270007 3714496353984312 ' +
    '6011111111111117 6011000990139424 6011000000000004 6011981111111113 6011601160116611 6445644564456445 ' +
    '6011000400000000 6011111111111111 6011000000000012 30569309025904 38520000023237 3056930009020004 ' +
    '36227206271667 36006666333344 36070500001020 30000000000004 36700102000000 36148900647913 ' +
    '3566002020360505 3530111333300000 3566111111111113 3569990010095841 3528000700000000 3566000020000410 ' +
    '6200000000000005 6205500000000000004 6243030000000001 6250941006528599 6759649826438453 ' +
    '6799990100000000019 6771798021000008 6304000000000000 5018000000000009 6331101999990016'
  ).split(' '),
);

/** True when the issuer identification number (IIN) prefix allows this length. */
function isIssuerLength(d: string): boolean {
  const n = d.length;
  const p2 = Number(d.slice(0, 2));
  const p3 = Number(d.slice(0, 3));
  const p4 = Number(d.slice(0, 4));
  const p6 = Number(d.slice(0, 6));
  if (d[0] === '4') return n === 13 || n === 16 || n === 19; // Visa
  if (p2 >= 51 && p2 <= 55) return n === 16; // Mastercard
  if (p4 >= 2221 && p4 <= 2720) return n === 16; // Mastercard 2-series
  if (p4 >= 2200 && p4 <= 2204) return n === 16; // Mir
  if (p4 === 9792) return n === 16; // Troy (Türkiye)
  if (p4 === 9704) return n === 16 || n === 19; // NAPAS (Vietnam's domestic cards)
  if (p4 === 8600 || p4 === 9860) return n === 16; // Uzcard and Humo (Uzbekistan's domestic cards)
  if ([636368, 636369, 636297, 504175, 438935, 451416, 457631, 457632].includes(p6) || (p4 >= 5090 && p4 <= 5099) || (p6 >= 506699 && p6 <= 506778) || (p6 >= 650031 && p6 <= 650978) || (p4 >= 6516 && p4 <= 6516) || (p4 >= 6550 && p4 <= 6550)) return n === 16; // Elo (Brazil)
  if (p2 === 34 || p2 === 37) return n === 15; // American Express
  if (p4 === 6011 || (p3 >= 644 && p3 <= 649) || p2 === 65) return n >= 16 && n <= 19; // Discover
  if (p6 >= 622126 && p6 <= 622925) return n >= 16 && n <= 19; // Discover / UnionPay co-brand
  if (p2 === 62 || p2 === 81) return n >= 16 && n <= 19; // UnionPay
  if (p4 >= 3528 && p4 <= 3589) return n >= 16 && n <= 19; // JCB
  if ((p3 >= 300 && p3 <= 305) || p4 === 3095 || p2 === 36 || p2 === 38 || p2 === 39) return n >= 14 && n <= 19; // Diners Club
  if ([5018, 5020, 5038, 5893, 6304, 6759, 6761, 6762, 6763].includes(p4)) return n >= 13 && n <= 19; // Maestro
  return false;
}

/** Test-card shapes: one digit filling half the number, a run of six, or a short repeating period. */
function looksSynthetic(d: string): boolean {
  const counts = new Array<number>(10).fill(0);
  for (let i = 0; i < d.length; i++) {
    const k = d.charCodeAt(i) - 48;
    counts[k] = (counts[k] ?? 0) + 1;
  }
  if (Math.max(...counts) * 2 >= d.length) return true;
  if (/(\d)\1{5}/u.test(d)) return true;
  const head = d.slice(0, 12);
  for (let p = 1; p <= 4; p++) if (head.slice(p) === head.slice(0, head.length - p)) return true;
  return false;
}

// 13-19 digits starting 2-6, written compact, 4-4-4-4(-3), Amex 4-6-5 or Diners 4-6-4 with one kind of
// separator. The value must pass Luhn and fit an issuer's IIN range and length, and must not be
// part of a longer digit sequence.
/** Right before a value: a key that names an identifier (`project_id=`, `"orderId": "`, `ID:`). */
const ID_KEY_BEFORE = native(/(?:[_.-](?:id|ID|Id)|[a-z]Id|\bID|\bid|(?<![a-z])(?:order|trans|txn|transaction|invoice|receipt|tracking|shipment)_?(?:id|no|nr|ref)?)["']?[ \t]{0,3}[:=][ \t]{0,3}["']?$/iu);

const SEED_BEFORE = native(/(?:seed|rng|random_state|RandomState|Random|srand|Generator|PCG64|MT19937)[ \t]{0,3}(?:\(|[:=])[ \t]{0,3}$/iu);

/** A table column of ids or references (`store_order_id`, `txn_ref`), not of card numbers. */
const ID_COLUMN = native(/(?:^|[ _-])(?:id|ref|reference|order|txn|transaction|invoice|receipt|tracking)$/u);
const CARD_COLUMN = native(/card|(?:^|[ _-])(?:pan|cc|kart[ae]?|tarjeta|carte|cartao|cartão)(?:[ _-]|$)/u);

export default defineRule({
  id: 'credit-card-number',
  category: 'pii',
  description: 'Payment card number (Luhn-valid, known issuer range)',
  // Card numbers appear without any label; the pattern starts at a digit 2-6 (or Troy's 9792, NAPAS's 9704, Humo's 9860, Uzcard's 8600) after a boundary.
  keywords: [],
  pattern: new RegExp(String.raw`(?<![\w-])(?<!\d\. ?)(?:[2-6]\d{3}|9792|9704|9860|8600)(?:([ -]?)\d{4}\1\d{4}\1\d{4}(?:\1\d{3})?|([ -]?)\d{6}\2\d{4,5}|\d{9,15})(?![\w-])` + NOT_IN_LONGER_NUMBER, 'gu'),
  nearDigits: 'dense',
  validate: (s, ctx) => {
    const d = s.replace(/[ -]/gu, '');
    if (d.length < 13 || d.length > 19 || !luhn(d) || !isIssuerLength(d)) return false;
    if (TEST_NUMBERS.has(d) || looksSynthetic(d) || isInCodePointRun(ctx)) return false;
    // 4-6-x grouping belongs to Amex (15) and Diners (14) only.
    if (ctx.match[2] !== undefined && ctx.match[2] !== '' && !/^3/u.test(d)) return false;
    const before = ctx.text.slice(Math.max(0, ctx.start - 5), ctx.start);
    const after = ctx.text.slice(ctx.end, ctx.end + 5);
    if (/\d[ -]$/u.test(before) || /^[ -]\d{4}/u.test(after)) return false;
    // The value of an id key (`SENTRY_PROJECT_ID=4507…`, `"orderId": …`): one number in ten passes Luhn.
    if (ID_KEY_BEFORE.test(ctx.text.slice(Math.max(0, ctx.start - 40), ctx.start))) return false;
    // A random generator's seed (`np.random.default_rng(348932549825235)`, `random_state=…`, `torch.manual_seed(…)`).
    if (SEED_BEFORE.test(ctx.text.slice(Math.max(0, ctx.start - 40), ctx.start))) return false;
    const header = columnHeader(ctx);
    if (header !== undefined && ID_COLUMN.test(header) && !CARD_COLUMN.test(header)) return false;
    // A 13-digit product barcode (EAN-13 / GTIN in a product feed): 13-digit cards are long retired,
    // and a barcode's own check digit settles it. Written compact, 13 digits are no card at all: an
    // id or a code of the row (one in ten passes Luhn), where a 13-digit card would be written in groups.
    if (ean13Checksum(d) || (d.length === 13 && d === s)) return false;
    return true;
  },
  redactAs: 'card',
  references: ['https://www.iso.org/standard/70484.html', 'https://en.wikipedia.org/wiki/Payment_card_number'],
  examples: {
    positive: [
      `card: ${group(withLuhn('45' + fake('{d13}', 171)), [4, 4, 4, 4])}`,
      `"pan": "${withLuhn('5' + '3' + fake('{d13}', 172))}"`,
      `Amex ${group(withLuhn('37' + fake('{d12}', 173)), [4, 6, 5], '-')}`,
      // Uzbekistan's Humo and Uzcard
      `kartam humo ${group(withLuhn('9860' + fake('{d11}', 174)), [4, 4, 4, 4])}, avtospisaniye shundan`,
      `UZ-2210;jismoniy shaxs;${withLuhn('8600' + fake('{d11}', 175))};qaytarish`,
      `cartão Elo ${group(withLuhn('636368' + fake('{d9}', 180)), [4, 4, 4, 4])}, validade 09/28`,
      `Thẻ ATM Agribank ${group(withLuhn('9704' + fake('{d14}', 179)), [4, 4, 4, 4, 3])} cũng không được.`,
      `Mastercard ${group(withLuhn('2' + '4' + fake('{d13}', 174)), [4, 4, 4, 4], '-')} exp 12/29`,
      // Troy, Türkiye's domestic scheme
      `{"paymentCard":{"cardNumber":"${withLuhn('9792' + fake('{d11}', 179))}","expireMonth":"08"}}`,
      // a CSV row: a comma and a digit on either side
      `C100230,DE44 6197 7141 8273 6450 91,${withLuhn('44' + fake('{d13}', 176))},1967-04-19,3204.75`,
      // the next cells: expiry date and amount
      `cb_PmKRAtqmPMOVgpoA,mastercard,${withLuhn('55' + fake('{d13}', 482))},10/29,99.00,card_declined`,
      `cb_gf0qyGX9nNy2YjV7,mastercard,${group(withLuhn('52' + fake('{d13}', 483)), [4, 4, 4, 4], '-')},10/28,49.00`,
      // the next cell: a street address with a compass point (`118 E 9th St`), no thousands group
      `K-88,1985-02-17,${withLuhn('34' + fake('{d12}', 100930))},118 E 9th St,"Tulsa, OK"`,
    ],
    negative: [
      // a collation table's code points
      '5414 5415 5416 5417 20BBF 20BC6 56DD 56DE 56DF 56E0',
      // a random generator's seed in a docstring
      `    >>> rng = np.random.default_rng(${withLuhn('34' + fake('{d12}', 100871))})`,
      `INSERT INTO \`product\` VALUES (5120,'SKU-88','Phone 8/128GB',9990.00,${withLuhn('401877203651')},21);`,
      'id,title,gtin,price\nBAG-ORG-OLV-M,Linen Overshirt,4900317321880,89.00 EUR',
      // a store's order id in an in-app purchase log and under an order id column
      `2025-01-09 11:40:12.004 INFO  [store.receipts] orderid=${withLuhn('55' + fake('{d13}', 484))} item=coins_500 status=Succeeded`,
      `id\tplayer_id\tstore\tstore_order_id\tamount\n${fake('{d7}', 486)}\t${fake('{d7}', 487)}\tsteam\t${withLuhn('45' + fake('{d13}', 485))}\t1200\n`,
      'card: 4111 1111 1111 1111',
      `SENTRY_PROJECT_ID=${withLuhn('45' + fake('{d13}', 177))}`,
      'stripe test card 4242424242424242',
      'card: 5555555555554444',
      `card: ${group(breakLastDigit(withLuhn('45' + fake('{d13}', 171))), [4, 4, 4, 4])}`,
      `id ${withLuhn('9' + fake('{d14}', 175))}`,
      `trace 0000 ${group(withLuhn('45' + fake('{d13}', 171)), [4, 4, 4, 4])}`,
      `amount 1.${withLuhn('45' + fake('{d13}', 171))}`,
      `total ${withLuhn('45' + fake('{d13}', 171))},50 EUR`,
    ],
  },
});
