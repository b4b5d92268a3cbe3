import { defineRule, fake } from '../defineRule';
import { NOT_IN_LONGER_NUMBER, columnHeader, isInCodePointRun } from './_context';
import { ean13Checksum, luhn, withLuhn } from './_checksums';
import { breakLastDigit, group } from './_format';
import { isDeclaredTestCard, isPublishedTestCard } from './_cards';
import { native } from '../../scan/nativeRegex';


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
  if ((p6 >= 506099 && p6 <= 506198) || (p6 >= 650002 && p6 <= 650027)) return n === 16 || n === 19; // Verve (Nigeria)
  if (p6 === 606282 || p6 === 384100 || p6 === 384140 || p6 === 384160) return n === 16 || n === 19; // Hipercard (Brazil)
  if (p3 === 508 || (p6 >= 606985 && p6 <= 608500)) return n === 16; // RuPay (India's domestic cards; its 6521-6531 range is Discover's)
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
const ID_KEY_BEFORE = native(/(?:[_.-](?:id|ID|Id)|[a-z]Id|\bID|\bid|(?<![a-z])(?:order|trans|txn|transaction|invoice|receipt|tracking|shipment|trace|span|correlation)_?(?:id|no|nr|ref)?)["']?[ \t]{0,3}[:=][ \t]{0,3}["']?$/iu);

/** A Sentry DSN's host, right before its project id (`https://<key>@o450….ingest.de.sentry.io/4505…`): one id in ten passes Luhn. */
const DSN_PROJECT_BEFORE = native(/:\/\/[0-9a-f]{32}(?::[0-9a-f]{32})?@[\w.-]{1,120}\/$/u);

const SEED_BEFORE = native(/(?:seed|rng|random_state|RandomState|Random|srand|Generator|PCG64|MT19937)[ \t]{0,3}(?:\(|[:=])[ \t]{0,3}$/iu);

/** A table column of ids or references (`store_order_id`, `txn_ref`), not of card numbers. */
const ID_COLUMN = native(/(?:^|[ _-])(?:id|ref|reference|order|txn|transaction|invoice|receipt|tracking)$/u);
const CARD_COLUMN = native(/card|(?:^|[ _-])(?:pan|cc|kart[ae]?|tarjeta|carte|cartao|cartão)(?:[ _-]|$)/u);

export default defineRule({
  id: 'credit-card-number',
  category: 'pii',
  description: 'Payment card number (Luhn-valid, known issuer range)',
  // Card numbers appear without any label; the pattern starts at a digit 2-6 (or Troy's 9792, NAPAS's 9704, Humo's 9860, Uzcard's 8600) after a boundary,
  // or after a GDS form of payment's card code (an Amadeus PNR's `FP PAX CCVI4921…/0828`, `CCCA`, `CCAX`).
  keywords: [],
  pattern: new RegExp(String.raw`(?<![\w-](?<!(?<![\w-])CC[A-Z]{2}))(?<!\d\. ?)(?:[2-6]\d{3}|9792|9704|9860|8600)(?:([ -]?)\d{4}\1\d{4}\1\d{4}(?:\1\d{3})?|([ -]?)\d{6}\2\d{4,5}|\d{9,15})(?![\w-])` + NOT_IN_LONGER_NUMBER, 'gu'),
  nearDigits: 'dense',
  validate: (s, ctx) => {
    const d = s.replace(/[ -]/gu, '');
    if (d.length < 13 || d.length > 19 || !luhn(d) || !isIssuerLength(d)) return false;
    if (isPublishedTestCard(d) || looksSynthetic(d) || isInCodePointRun(ctx)) return false;
    // 4-6-x grouping belongs to Amex (15) and Diners (14) only.
    if (ctx.match[2] !== undefined && ctx.match[2] !== '' && !/^3/u.test(d)) return false;
    const before = ctx.text.slice(Math.max(0, ctx.start - 5), ctx.start);
    const after = ctx.text.slice(ctx.end, ctx.end + 5);
    if (/\d[ -]$/u.test(before) || /^[ -]\d{4}/u.test(after)) return false;
    // The value of an id key (`SENTRY_PROJECT_ID=4507…`, `"orderId": …`, a tracer's `Trace: …`): one number in ten passes Luhn.
    if (ID_KEY_BEFORE.test(ctx.text.slice(Math.max(0, ctx.start - 40), ctx.start))) return false;
    // A random generator's seed (`np.random.default_rng(348932549825235)`, `random_state=…`, `torch.manual_seed(…)`).
    if (SEED_BEFORE.test(ctx.text.slice(Math.max(0, ctx.start - 40), ctx.start))) return false;
    if (ctx.text.charCodeAt(ctx.start - 1) === 47 && DSN_PROJECT_BEFORE.test(ctx.text.slice(Math.max(0, ctx.start - 200), ctx.start))) return false;
    const header = columnHeader(ctx);
    if (header !== undefined && ID_COLUMN.test(header) && !CARD_COLUMN.test(header)) return false;
    // A 13-digit product barcode (EAN-13 / GTIN in a product feed): 13-digit cards are long retired,
    // and a barcode's own check digit settles it. Written compact, 13 digits are no card at all: an
    // id or a code of the row (one in ten passes Luhn), where a 13-digit card would be written in groups.
    if (ean13Checksum(d) || (d.length === 13 && d === s)) return false;
    // A card the text itself calls a test card, on any line that writes it (a fixture's comment:
    // "the cards … are Redsys's published test cards"): no one's card, wherever the text repeats it.
    return !isDeclaredTestCard(ctx.text, s);
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
      // an Amadeus PNR's form of payment: the card's brand code glued to its number, then the expiry
      ` 24 FP PAX CCVI${withLuhn('49' + fake('{d13}', 101254))}/0828*CV/A082114/P1-2`,
      // an Indian RuPay card in a gateway's error log
      `ERROR CardTokenizationException: tokenization failed for card=${withLuhn('5081' + fake('{d11}', 101307))} exp=10/31`,
      // a Brazilian Hipercard in a legacy table's row
      `9004\t200103\thiper\t${withLuhn('606282' + fake('{d9}', 101340))}\t08/28`,
      // a Nigerian Verve card (19 digits) in a chargeback e-mail
      `  PAN:          ${group(withLuhn('506118' + fake('{d12}', 101352)), [4, 4, 4, 4, 3])}`,
    ],
    negative: [
      // a data-quality scan's trace id, which passes Luhn by chance
      `[04:10:11] Soda Cloud Trace: ${withLuhn('301' + fake('{d15}', 101835))}`,
      // a Sentry DSN's project id
      `SENTRY_DSN=https://${fake('{h32}', 101388)}@o4505118229200896.ingest.de.sentry.io/${withLuhn('4505118' + fake('{d8}', 101389))}`,
      // a fixture whose comment calls its cards the gateway's published test cards, then uses one
      `# Las tarjetas ${group(withLuhn('4548' + fake('{d11}', 101327)), [4, 4, 4, 4])} y ${group(withLuhn('5576' + fake('{d11}', 101328)), [4, 4, 4, 4])} son las de PRUEBA de la pasarela.\npago:\n  tarjeta: "${group(withLuhn('5576' + fake('{d11}', 101328)), [4, 4, 4, 4])}"\n`,
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
