import { perText } from '../../scan/perText';
import { native } from '../../scan/nativeRegex';
import { lineEndNear, lineStartNear } from './_context';

// Card numbers that the card rules share: the processors' published test cards, and the cards a text calls test cards.

/**
 * Card numbers that payment processors (Stripe, Adyen, Braintree, PayPal, Visa, Mastercard)
 * publish for testing. They pass Luhn and the issuer ranges, but are documentation values.
 */
const TEST_NUMBERS = new Set(
  (
    '4111111111111111 4242424242424242 4012888888881881 4222222222222 4000056655665556 4000002500003155 ' +
    // Redsys's published test cards (its sis-t test environment; the second in its web-service examples)
    '4548812049400004 4548810000000003 ' +
    // Transbank's published test cards (Webpay Plus and Oneclick integration: Visa, Mastercard, Redcompra)
    '4051885600446623 5186059559590568 4051884239937763 ' +
    // Razorpay's published test cards (domestic Mastercards) and Juspay's common simulated Mastercards
    '5267318187975449 5104015555555558 5104060000000008 5299920210000277 5299920000000149 ' +
    // Flutterwave's and Paystack's published test cards
    '5531886652142950 4187427415564246 5399838383838381 4084084084084081 ' +
    // Tap Payments' published test Visa, and iyzico's Troy debit test card
    '4508750015741019 9792030394440796 ' +
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

/** Whether `digits` (a card number, digits only) is one that a payment processor publishes for testing. */
export function isPublishedTestCard(digits: string): boolean {
  return TEST_NUMBERS.has(digits);
}

/** A line that calls its cards test cards: `test card`, `tarjeta(s) de prueba`, `carta di test`, `Testkarte`, `cartão de teste`, `sandbox`. */
const TEST_CARD_LINE = native(/test[ -]?cards?|tarjetas?[^\n]{0,60}\bprueba|carta di test|carte de test|testkarte|cart[aã]o de teste|sandbox/iu);

/** True when a line of the text that holds the card, written as `s`, calls it a test card (at most 20 of its occurrences read). */
export function isDeclaredTestCard(text: string, s: string): boolean {
  // (Answered once per card and text: the card rule and the security-code rule ask for each of a card's occurrences.)
  const memo = declaredTestCards(text);
  let answer = memo.get(s);
  if (answer === undefined) {
    answer = false;
    for (let i = text.indexOf(s), n = 0; i !== -1 && n < 20 && !answer; i = text.indexOf(s, i + s.length), n++) {
      answer = TEST_CARD_LINE.test(text.slice(lineStartNear(text, i, 200), lineEndNear(text, i + s.length, 200)));
    }
    memo.set(s, answer);
  }
  return answer;
}

/** Per text: the cards (as written) isDeclaredTestCard has answered for. */
const declaredTestCards = perText((): Map<string, boolean> => new Map());
