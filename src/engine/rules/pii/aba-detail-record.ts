import { defineRule, fake } from '../defineRule';

/** How far back from its file-total record an ABA file's detail records may reach (a payrun of some thousand payees). */
const FILE_REACH = 250_000;

// An Australian direct-entry payment file (Cemtex ABA, as payroll and accounting tools write it for
// the banks): fixed-width records of 120 characters. A detail record (type 1) holds the payee's BSB,
// account number, transaction code, amount and account title (the payee's name), then the lodgement
// reference, the remitter's trace account and name. The account number and the title are the
// payee's personal data; both are reported, the number by the first branch, the title by the
// second. Every ABA file ends with its file-total record, `7999-999`: the rule runs only there.
export default defineRule({
  id: 'aba-detail-record',
  category: 'pii',
  description: "Payee's account number and name in an Australian direct-entry (Cemtex ABA) payment file",
  keywords: ['7999-999'],
  window: { before: FILE_REACH, after: 0 },
  // (The first branch starts at the record's line, the second at the indicator after the account,
  // where the first branch's match ended; the record's tail, the trace BSB, pins both.)
  pattern:
    /(?:^|\n)1\d{3}-\d{3} {0,8}(\d{5,9})(?=[ NWXY]\d{12}[^\r\n]{50}\d{3}-\d{3})|[ NWXY]\d{12}([A-Z][A-Za-z' .&-]{1,31}?)(?= *[^\r\n]{18}\d{3}-\d{3}[ \d]{9}[^\r\n]{16}\d{8})/gu,
  secretGroup: [1, 2],
  validate: (s) => !/^0+$/u.test(s),
  redactAs: 'bank-account',
  references: ['https://www.cemtexaba.com/aba-format/cemtex-aba-file-format-details'],
  examples: {
    positive: [
      `0                 01WBC       EXAMPLE PAYROLL PTY LTD   123456PAYROLL     280624\n` +
        `1032-163 ${fake('{d8}', 9501)} 530000298560NGOC EXAMPLE                    PAY W/E 23JUN     032-000  8842177EXAMPLE PAYROLL 00000000\n` +
        `7999-999            000029856000002985600000000000                        000001\n`,
    ],
    negative: [
      // the file's header and total records, and a line of another fixed-width file
      '0                 01WBC       EXAMPLE PAYROLL PTY LTD   123456PAYROLL     280624\n7999-999            000029856000002985600000000000                        000001\n',
      '1 2024-06-28 report 7999-999 total',
    ],
  },
});
