import { defineRule, fake } from '../defineRule';
import { czAccountChecksum, withCzAccount } from './_checksums';
import { hasContext, isTrivialNumber } from './_context';

/**
 * Bank codes of the Czech (ČNB) and Slovak (NBS) clearing lists: banks, building societies and
 * payment institutions that hold personal accounts.
 */
const BANK_CODES = new Set(
  (
    '0100 0300 0600 0710 0800 2010 2020 2060 2070 2100 2200 2220 2250 2260 2275 2600 2700 3030 3050 3060 3500 4000 4300 5500 5800 6000 ' +
    '6100 6200 6210 6300 6700 6800 7910 7950 7960 7970 7990 8030 8040 8060 8090 8150 8190 8198 8199 8200 8220 8230 8240 8250 8255 8265 ' +
    '8270 8280 8293 8299 8500 ' +
    // Slovakia
    '0200 0720 0900 1100 1111 3000 3100 5200 5600 5900 6500 7300 7500 7930 8050 8100 8120 8130 8170 8180 8320 8330 8360 8370 8420 8430'
  ).split(' '),
);

/** An account's label (Czech, Slovak, English, German, Polish): číslo účtu, č. ú., bankovní spojení, na účet. */
const ACCOUNT_CONTEXT = /(?:č(?:íslo|islo)?\.? ?ú(?:čtu|ctu)?\.?|(?<![a-z])c\.? ?u\.(?![a-z])|účet|účtu|ucet|uctu|účtom|bankovn[ií] spojen[ií]|bankov[eé] spojenie|account|acct|a\/c|konto|rachun)/u;

/** A valid account: a prefix and a number of at least two digits. */
function sample(prefix: string, numberBody: string, code: string): string {
  const n = withCzAccount(numberBody);
  return prefix === '' ? `${n}/${code}` : `${prefix}-${n}/${code}`;
}

// A Czech or Slovak domestic account number, `[prefix-]number/bank code` (`19-2000145399/0800`,
// `2501234567/2010`): both parts pass the ČNB mod-11 check and the code is a bank's. Written so on
// invoices, refund requests and payroll exports in both countries (Slovakia's before IBAN, still
// in people's mail). Six digits, a slash and four are also a birth number's shape (YYMMDD/NNNN),
// so a six-digit number without a prefix needs an account label near it.
export default defineRule({
  id: 'cz-bank-account',
  category: 'pii',
  description: 'Czech or Slovak domestic bank account number (prefix-number/bank code, mod-11 checked)',
  keywords: [],
  // Every match holds a run of at least seven digits joined by a dash or a slash.
  nearDigits: 'dense',
  pattern: /(?<![\w./:@-])(?:(\d{1,6})-)?(\d{6,10})\/(\d{4})(?![\w/-])(?!\.\d)/gu,
  validate: (s, ctx) => {
    const prefix = ctx.match[1] ?? '';
    const number = ctx.match[2] ?? '';
    const code = ctx.match[3] ?? '';
    if (!BANK_CODES.has(code) || !czAccountChecksum(prefix, number)) return false;
    if (isTrivialNumber(number) || /^0*$/u.test(number.slice(0, -2))) return false;
    if (prefix === '' && number.length === 6) return hasContext(ctx, ACCOUNT_CONTEXT, { before: 40 });
    return true;
  },
  redactAs: 'bank-account',
  references: ['https://www.cnb.cz/cs/platebni-styk/ucty-kody-bank/', 'https://www.cnb.cz/export/sites/cnb/cs/legislativa/.galleries/vyhlasky/vyhlaska_169_2011.pdf'],
  examples: {
    positive: [
      `vrátit na účet ${sample('', fake('{d7}', 911), '0600')}.`,
      `REK-CZ-00815,"J. Example",${sample('', fake('{d9}', 912), '5500')},"nenabíjí se",oprava`,
      `bankovní spojení: ${sample('19', fake('{d9}', 913), '0800')}`,
      `Číslo účtu: ${sample('', fake('{d5}', 914), '2010')}`,
    ],
    negative: [
      // a bank code no bank holds, a failed check, a birth number's shape without a label
      `účet ${sample('', fake('{d9}', 912), '1234')}`,
      `účet ${withCzAccount(fake('{d9}', 915)).slice(0, -1)}${(Number(withCzAccount(fake('{d9}', 915)).slice(-1)) + 1) % 10}/0100`,
      `objednávka ${sample('', fake('{d5}', 916), '0100')}`,
      'https://example.org/issues/2501234567/2010',
    ],
  },
});
