import { native } from '../../scan/nativeRegex';
import { defineRule, fake } from '../defineRule';
import { columnHeader, headerMatches, isLabelled, isTrivialNumber, isZeroPadded, labelRegex } from './_context';

/** Labels of an airline loyalty account's number, in the words of several languages and programmes. */
const FF_LABEL = labelRegex([
  'frequent flyer', 'frequent flyer number', 'frequent flyer no', 'frequent flyer #', 'frequent flier number', 'ff number', 'ff no', 'ff #', 'ffn', 'ffp number',
  'mileage number', 'mileage no', 'miles & more', 'miles and more', 'miles & more number', 'servicekartennummer', 'vielfliegernummer', 'vielflieger-nummer',
  'flying blue', 'flying blue number', 'executive club', 'executive club number', 'skymiles', 'skymiles number', 'aadvantage', 'aadvantage number',
  'mileageplus', 'mileageplus number', 'krisflyer', 'velocity number', 'qantas frequent flyer', 'avios number',
  'numéro flying blue', 'número de viajero frecuente', 'viajero frecuente', 'número smiles', 'número tap miles&go',
]);

/** A column of loyalty numbers in a traveller's record: `ff_number`, `frequentFlyerNumber`, `fqtv`, `mileage_no`. */
const FF_COLUMN = native(/^(?:ff|ffp|fqtv|frequent flyer|frequent flier|mileage|loyalty programme|loyalty program)(?: (?:number|no|num|nr|id|account))?$/u);

/** A column of member numbers (`member_number`), which is an airline programme's in a text about miles. */
const MEMBER_COLUMN = native(/^(?:member|membership|loyalty)(?: (?:number|no|num|nr|id))$/u);

/** A PNR's frequent-flyer element: `SSR FQTV LH HK/ LH 992004…`, `FQTV-LH 992004…`, `*FQTV BA…`. */
const FQTV_BEFORE = native(/FQTV[ \t/-]{1,3}(?:[A-Z0-9]{2}[ \t]+HK\d?\/?[ \t]*)?$/u);

/** Words of a text about flying: a member-number column there is an airline programme's. */
const AIRLINE_HINTS = ['miles', 'meilen', 'flight', 'flug', 'avios', 'airline'];

/** Miles & More's card numbers: 992004 then nine digits, written whole or in groups of three. */
const MILES_AND_MORE = native(/^992004 ?\d{3} ?\d{3} ?\d{3}$/u);

// An airline loyalty account's number (frequent flyer, mileage club): an identifier of one
// traveller, which booking systems, manifests and support chats print beside the name. The
// number, with its airline's code when written with it (`BA12345678`, `JL 123456789`), after a
// programme's label or its column's header (`ff_number`, a manifest's `FQTV`), or in a PNR's FQTV
// element. A bare number needs its label: booking references, ticket and flight numbers are no
// loyalty numbers. (The prefilter's keywords are ASCII: a Japanese chat's マイレージ番号 alone
// does not switch the rule on.)
export default defineRule({
  id: 'frequent-flyer-number',
  category: 'pii',
  description: 'Frequent flyer / airline loyalty number next to its label or column (ff_number, FQTV, Miles & More, Flying Blue)',
  keywords: [
    'frequent', 'ff_number', 'ffnumber', 'ff number', 'ff no', 'ffn', 'ffp', 'fqtv', 'mileage', 'miles & more', 'miles and more', 'servicekarten', 'vielflieger',
    'flying blue', 'executive club', 'skymiles', 'aadvantage', 'krisflyer', 'velocity', 'avios', 'viajero', 'smiles', 'miles&go', 'member_number', 'membernumber', 'member number', 'loyalty_number', 'loyalty number',
  ],
  hints: AIRLINE_HINTS,
  window: { before: 96, after: 160 },
  columns: true,
  keywordWindows: Object.fromEntries(['ff_number', 'ffnumber', 'fqtv', 'mileage', 'member_number', 'membernumber', 'loyalty_number', 'frequent'].map((k) => [k, { before: 96, after: 6000 }])),
  // (A PNR element ends in its passenger, `/P1`.)
  pattern: /(?<![\w./#:-])(992004 \d{3} \d{3} \d{3}|(?:[A-Z][A-Z0-9] ?)?\d{6,16})(?![\w#-]|\/(?!P\d))(?!\.\d)/gu,
  secretGroup: 1,
  validate: (s, ctx) => {
    const digits = s.replace(/\D/gu, '');
    if (digits.length < 6 || isTrivialNumber(digits) || /^(.)\1+$/u.test(digits) || isZeroPadded(digits)) return false;
    const before = ctx.text.slice(Math.max(0, ctx.start - 40), ctx.start);
    if (FQTV_BEFORE.test(before)) return true;
    const header = columnHeader(ctx);
    if (header !== undefined) {
      if (headerMatches(header, FF_COLUMN)) return true;
      if (headerMatches(header, MEMBER_COLUMN)) return AIRLINE_HINTS.some(ctx.hasHint);
      return false;
    }
    if (isLabelled(ctx, FF_LABEL, { before: 60, lines: 1 })) return true;
    // Miles & More's own number shape, in a text about miles (a chat's second traveller: "ihre Nummer ist 992004 …").
    return MILES_AND_MORE.test(s) && (ctx.hasHint('miles') || ctx.hasHint('meilen'));
  },
  redactAs: 'frequent-flyer-number',
  references: ['https://guides.developers.amadeus.com/selling-platform-connect/docs/special-service-requests', 'https://gdpr-info.eu/art-4-gdpr/'],
  examples: {
    positive: [
      `PAX,flight,surname,given_names,pnr,ff_number\nPAX,BA0117,EXAMPLE,ADA,5NC7B2,BA${fake('{d8}', 101144)}`,
      ` 12 SSR FQTV LH HK/ LH 992004${fake('{d9}', 101145)}/P1`,
      `INSERT INTO customers (id, given_name, ff_programme, ff_number) VALUES\n(1000, 'Ada', 'QF', '${fake('{d9}', 101146)}');`,
      `[08:55:40] Agentin: Nennen Sie mir bitte Ihre Miles & More Servicekartennummer.\n[08:56:12] Kunde: 992004 ${fake('{d3} {d3} {d3}', 101148)}, Name Ada Example.`,
      `claim_id,programme,member_number,member_name,flight,miles_claimed\nCLM-1,BA,BA${fake('{d8}', 101149)},"Ada Example",CA938,5408`,
      `Please add my Flying Blue number ${fake('{d10}', 101150)} to the booking.`,
    ],
    negative: [
      `PAX,flight,surname,ticket_number,pnr\nPAX,BA0117,EXAMPLE,125${fake('{d10}', 101151)},5NC7B2`,
      `Ticket 220-${fake('{d10}', 101152)}, Sitz 23C, Buchungsklasse Y`,
      `"member_number","name","tier","points"\n"${fake('{d9}', 101153)}","Ada Example","Silver","1723"`,
      'frequent_flyer_number: 000000000',
      `FQTV LH HK/ LH 123456789/P1`,
    ],
  },
});
