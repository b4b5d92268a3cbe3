import { native } from '../../scan/nativeRegex';
import { defineRule, fake } from '../defineRule';
import { isDeclaredTestCard, isPublishedTestCard } from './_cards';
import { luhn, withLuhn } from './_checksums';
import { group } from './_format';

/** How far from the code its card's number or expiry date may stand (a chat line, a form's next line). */
const CARD_REACH = 160;

/** A card number: 13 to 19 digits, in groups or whole. */
const CARD_NUMBER = /(?<!\d)(?:\d[ -]?){12,18}\d(?!\d)/gu;

/** A card's expiry date after its word (`exp 08/27`, `expiry: 08/2027`, `gültig bis 08/27`, `valid thru 08/27`). */
const EXPIRY = native(/(?<![\p{L}])(?:exp(?:iry|ires|iration)?(?: date)?|valid (?:thru|through|until)|gültig bis|ablauf(?:datum)?|vence|venc\.?|caducidad|scadenza|date d'expiration)\.?[ \t]*:?[ \t]*(?:0[1-9]|1[0-2])[ \t]*\/[ \t]*(?:\d{2}|20\d{2})(?!\d)/iu);

// The three or four digits printed on a payment card to prove its holder has it (CVV, CVC, CID):
// PCI DSS forbids storing it at all after authorisation, and a customer who pastes a card into a
// chat or an agent who copies it into a ticket often writes it beside the number. Reported after its
// label when the card's number (Luhn-valid, no processor's test card) or its expiry date stands
// within a few lines: `4000 … 0000  exp 01/30  CVV 000`.
export default defineRule({
  id: 'card-security-code',
  category: 'pii',
  description: "Card security code (CVV / CVC / CID) beside a card's number or expiry date",
  // (`digo de seguridad`: the ASCII part of Spanish código.)
  keywords: ['cvv', 'cvc', 'cvn', 'cid', 'csc', 'security code', 'sicherheitscode', 'digo de seguridad', 'cryptogramme'],
  window: { before: 32, after: 64 },
  pattern: /(?<![\p{L}\d_-])(?:CVV2?|CVC2?|CVN|CID|CSC|cvv2?|cvc2?|Cvv|Cvc|[Ss]ecurity [Cc]ode|Sicherheitscode|[Cc]ódigo de seguridad|[Cc]odigo de seguridad|[Cc]ryptogramme(?: visuel)?)["']?[ \t]*(?:[:=#-]|is|ist|es)?[ \t]*["']?(\d{3,4})(?![\d.,/-])/gu,
  secretGroup: 1,
  validate: (_s, ctx) => {
    const { text } = ctx;
    const around = text.slice(Math.max(0, ctx.start - CARD_REACH), Math.min(text.length, ctx.end + CARD_REACH));
    let card = false;
    for (const m of around.matchAll(CARD_NUMBER)) {
      const digits = m[0].replace(/\D/gu, '');
      if (isPublishedTestCard(digits) || isDeclaredTestCard(text, m[0])) return false;
      if (luhn(digits)) card = true;
    }
    return card || EXPIRY.test(around);
  },
  redactAs: 'card-security-code',
  references: ['https://www.pcisecuritystandards.org/faq/articles/Frequently_Asked_Question/can-card-verification-codes-values-be-stored-for-card-on-file-or-recurring-transactions/'],
  examples: {
    positive: [
      `${group(withLuhn('4659' + fake('{d11}', 101160)), [4, 4, 4, 4])}  exp 08/27  CVV ${fake('{d3}', 101161)}`,
      `[10:02:11] Customer: card is ${group(withLuhn('5412' + fake('{d11}', 101162)), [4, 4, 4, 4])}, expiry 11/28\n[10:02:30] Customer: and the CVC is ${fake('{d3}', 101163)}`,
      `Kreditkarte gültig bis 03/29, Sicherheitscode: ${fake('{d3}', 101164)}`,
      // a payment form's body logged as JSON
      `DEBUG incoming form body: {"holder":"A. Example","pan":"${withLuhn('3734' + fake('{d10}', 101395))}","exp":"11/26","cvc":"${fake('{d4}', 101396)}"}`,
    ],
    negative: [
      'Stripe test card: 4242 4242 4242 4242, exp 12/34, CVC 123',
      // a fixture whose comment calls its card a gateway's test card
      `# La tarjeta ${group(withLuhn('5576' + fake('{d11}', 101329)), [4, 4, 4, 4])} es la de PRUEBA de la pasarela.\npago:\n  tarjeta: "${group(withLuhn('5576' + fake('{d11}', 101329)), [4, 4, 4, 4])}"\n  caducidad: "12/49"\n  cvv: "${fake('{d3}', 101330)}"\n`,
      'CID 4821 assigned to the cluster',
      'We never store the CVV; the field takes 3 or 4 digits (e.g. CVV 000 is rejected).',
      `Content-ID: <part1>\nX-CID: ${fake('{d4}', 101165)}`,
    ],
  },
});
