import { defineRule } from '../defineRule';
import { BGMAX_KEYWORD, BGMAX_REACH, bgmaxSample, isCompanyPayer } from './_bgmax';

// A Swedish Bankgirot BgMax file's address record (type 27): the payer's street address, then its
// postcode. Reported when the payment's name record just above names a person, not a company.
// The rule runs only after a BgMax start record (see bgmax-payer-name).
export default defineRule({
  id: 'bgmax-payer-address',
  category: 'pii',
  description: "Payer's street address in a Swedish Bankgirot BgMax payment file (address record 27)",
  keywords: [BGMAX_KEYWORD],
  window: { before: 0, after: BGMAX_REACH },
  pattern: /(?:^|\n)27([\p{L}\d][^\r\n]{1,34}?)(?= {2,}| *\r?(?:\n|$))/gu,
  secretGroup: 1,
  validate: (_s, ctx) => {
    // The name record right above (one line up).
    const lineStart = ctx.text.lastIndexOf('\n', ctx.start - 3);
    const previous = ctx.text.slice(ctx.text.lastIndexOf('\n', lineStart - 1) + 1, lineStart);
    return previous.startsWith('26') && !isCompanyPayer(previous.slice(2).trim());
  },
  redactAs: 'address',
  references: ['https://www.bankgirot.se/globalassets/dokument/tekniska-manualer/bankgiroinbetalningar_tekniskmanual_sv.pdf'],
  examples: {
    positive: [bgmaxSample('Astrid Example', 'Exempelgatan 12', '11122', 'Stockholm')],
    negative: [bgmaxSample('Example Bygg AB', 'Industrivägen 4', '41250', 'Göteborg'), '27Exempelgatan 12                     11122\n'],
  },
});
