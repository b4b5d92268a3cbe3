import { perText } from '../../scan/perText';
import { lowerBound } from '../../scan/sorted';
import { defineRule } from '../defineRule';

/** The text's message headers (UNH segments): where each starts, and whether it opens a PAXLST message. Read once a text. */
const messageHeads = perText((text): { readonly starts: readonly number[]; readonly paxlst: readonly boolean[] } => {
  const starts: number[] = [];
  const paxlst: boolean[] = [];
  for (let i = text.indexOf('UNH+'); i !== -1; i = text.indexOf('UNH+', i + 4)) {
    starts.push(i);
    paxlst.push(text.slice(i, i + 48).includes('+PAXLST:'));
  }
  return { starts, paxlst };
});

/** Whether the message a position sits in (the last UNH before it) is a PAXLST message. */
function isInPaxlstMessage(text: string, at: number): boolean {
  const { starts, paxlst } = messageHeads(text);
  // (The last header at or before the position: the one before the first header after it.)
  const last = lowerBound(starts, at + 1) - 1;
  return last >= 0 && paxlst[last] === true;
}

// A traveller in an EDIFACT PAXLST message, the Advance Passenger Information airlines send to
// border agencies before a flight: NAD+FL (a passenger) or NAD+FM (a crew member) names them,
// SURNAME:GIVEN (with `?` releasing a character, `O?'CONNOR`); DTM+329 is the date of birth
// (YYMMDD); DOC+P, +I, +V… carries the passport's, the identity card's or the visa's number. Each
// segment ends at an unreleased `'`.
export default defineRule({
  id: 'paxlst-traveller',
  category: 'pii',
  description: "Traveller's name, date of birth or travel document number in an EDIFACT PAXLST (API) message",
  keywords: ['nad+f', 'dtm+329:', 'doc+'],
  window: { before: 4, after: 120 },
  pattern:
    /(?:NAD\+F[LM]\+\+\+((?:[\p{Lu} \-]|\?.){1,40}(?::(?:[\p{Lu} \-]|\?.){1,40}){1,3})(?=')|DTM\+329:(\d{6}|\d{8})(?=')|DOC\+[PIVACF](?::\d{1,3}){0,2}\+([A-Z0-9]{5,20})(?=['+:]))/gu,
  secretGroup: [1, 2, 3],
  validate: (s, ctx) => {
    // (Only inside a PAXLST message: the message header before it, UNH, names it.)
    if (!isInPaxlstMessage(ctx.text, ctx.match.index)) return false;
    // (A segment starts the text, a line, or follows the last one's `'`.)
    const prev = ctx.text.slice(Math.max(0, ctx.match.index - 3), ctx.match.index).replace(/[\r\n]+$/u, '');
    if (prev !== '' && !prev.endsWith("'") && ctx.match.index > 2) return false;
    if (ctx.match[2] !== undefined) {
      const mm = Number(s.slice(s.length === 8 ? 4 : 2, s.length === 8 ? 6 : 4));
      const dd = Number(s.slice(-2));
      return mm >= 1 && mm <= 12 && dd >= 1 && dd <= 31;
    }
    return true;
  },
  redactAs: 'traveller',
  references: ['https://www.iata.org/en/programs/passenger/api-pnr/', 'https://service.unece.org/trade/untdid/d05b/trmd/paxlst_c.htm'],
  examples: {
    positive: [
      "UNH+PAX001+PAXLST:D:05B:UN:IATA+XX100/240611/1130+01:F'\nNAD+FL+++EXAMPLE:ANA'\nATT+2++F'\nDTM+329:850106'\nNAT+2+GBR'\nDOC+P:110:111+X12345678'\nDTM+36:290426'",
      "UNH+PAX001+PAXLST:D:05B:UN:IATA+XX100/240611/1130+01:F'\nNAD+FM+++O?'EXAMPLE:SEAN'\nDOC+I+AB1234567'",
      // a manifest written in UNOC (Latin-1): a surname with an umlaut
      "UNH+PAX001+PAXLST:D:05B:UN:IATA+XX100/240611/1130+01:F'\nNAD+FL+++BRÄUTIGAM:ANA'\nATT+2++F'",
      // a manifest in UTF-8 (UNOW): Polish and Czech capitals beyond Latin-1
      "UNH+PAX001+PAXLST:D:05B:UN:IATA+XX100/240611/1130+01:F'\nNAD+FL+++WIĘCŁAWSKA-ŘEHÁKOVÁ:ANA'\nATT+2++F'",
    ],
    negative: [
      "UNH+PAX001+PAXLST:D:05B:UN:IATA+XX100/240611/1130+01:F'\nNAD+MS+++OPS CONTROL'\nDTM+189:2406111130:201'",
      "UNH+1+INVOIC:D:96A:UN'\nNAD+FL+++EXAMPLE:ANA'\nDTM+329:850106'",
    ],
  },
});
