import { defineRule } from '../defineRule';
import { BGMAX_KEYWORD, BGMAX_REACH, bgmaxSample, isCompanyPayer } from './_bgmax';

// A Swedish Bankgirot BgMax file (the bank's report of incoming Bankgiro payments, as accounting
// systems import it): fixed-width records of 80 characters after a `01BGMAX` start record. A
// payment's name record (type 26) holds the payer's name; a private person's is personal data
// (a company's, `… AB`, is not). The rule runs only after a BgMax start record.
export default defineRule({
  id: 'bgmax-payer-name',
  category: 'pii',
  description: "Payer's name in a Swedish Bankgirot BgMax payment file (name record 26)",
  keywords: [BGMAX_KEYWORD],
  window: { before: 0, after: BGMAX_REACH },
  pattern: /(?:^|\n)26(\p{Lu}[\p{L}'.-]*(?: [\p{L}'.-]+){1,3}?)(?= {2,}| *\r?(?:\n|$))/gu,
  secretGroup: 1,
  validate: (s) => !isCompanyPayer(s),
  redactAs: 'name',
  references: ['https://www.bankgirot.se/globalassets/dokument/tekniska-manualer/bankgiroinbetalningar_tekniskmanual_sv.pdf'],
  examples: {
    positive: [bgmaxSample('Astrid Example', 'Exempelgatan 12', '11122', 'Stockholm')],
    negative: [
      // a company's payment, and a name record outside a BgMax file
      bgmaxSample('Example Bygg AB', 'Industrivägen 4', '41250', 'Göteborg'),
      '26Astrid Example                                                                  \n',
    ],
  },
});
