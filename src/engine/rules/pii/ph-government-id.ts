import { defineRule, fake } from '../defineRule';
import { NOT_IN_LONGER_NUMBER, columnHeader, hasContext, inLongerNumber, isTrivialNumber } from './_context';

/** The labels of the Philippine government numbers a payroll or HR record carries. */
// (Context windows are normalised, camelCase split: `PhilHealth` reads `phil health`. An SSS
// contribution list heads its column `ss_number`.)
const PH_ID_CONTEXT = /(?<![a-z])tin(?![a-z])|tax identification|(?<![a-z])sss(?![a-z])|social security system|phil ?health|(?<![a-z])phic(?![a-z])|pag-?ibig|(?<![a-z])hdmf(?![a-z])|(?<![a-z])umid(?![a-z])|(?<![a-z])ss[ _]?(?:no|num|number)(?![a-z])|phil ?sys|(?<![a-z])(?:psn|pcn|crn)(?![a-z])/u;

// The Philippine government numbers of an employee record, each in its written form: the BIR's
// tax identification number (TIN, 123-456-789 and a branch code 000 or 00000), the Social Security
// System number (SSS, 12-3456789-0), the PhilHealth identification number (12-345678901-2) and the
// Pag-IBIG (HDMF) membership id (1234-5678-9012), the PhilSys card number (PCN, 1234-5678-9012-3456)
// and the UMID's common reference number (CRN, 0111-1234567-8). None has a published check digit, so one of
// their labels must be near or head the column (a payroll register's `tin,sss_no,philhealth_no`).
export default defineRule({
  id: 'ph-government-id',
  category: 'pii',
  description: 'Philippine TIN, SSS, PhilHealth or Pag-IBIG number, near a label',
  keywords: ['tin:', 'tin ', 'tin,', ',tin', 'tin#', 'tin_', '"tin"', 'tin/', '/tin', 'sss', 'philhealth', 'phic', 'pag-ibig', 'pagibig', 'hdmf', 'umid', 'tax identification', 'ss_number', 'ss_no,', '`tin`', '[tin]', 'philsys', 'psn', 'pcn', 'crn'],
  window: { before: 64, after: 4000 },
  columns: true,
  // (Undashed, twelve digits, only under its own column: a PhilHealth remittance report's
  // `PhilHealth No.`, a TIN with its branch code, a Pag-IBIG MID.)
  pattern: new RegExp(String.raw`(?<![\w.-])(?:\d{3}-\d{3}-\d{3}(?:-\d{3}|-\d{5})?|\d{2}-\d{7}-\d|\d{2}-\d{9}-\d|\d{4}-\d{4}-\d{4}(?:-\d{4})?|\d{4}-\d{7}-\d|\d{12})(?![\w-])` + NOT_IN_LONGER_NUMBER, 'gu'),
  validate: (s, ctx) => {
    if (isTrivialNumber(s.replace(/-/gu, '')) || inLongerNumber(ctx, '. ')) return false;
    if (!s.includes('-')) return PH_ID_CONTEXT.test(columnHeader(ctx) ?? '');
    return hasContext(ctx, PH_ID_CONTEXT, { before: 48, after: 16 });
  },
  redactAs: 'government-id',
  references: ['https://www.bir.gov.ph/', 'https://www.sss.gov.ph/', 'https://www.philhealth.gov.ph/', 'https://www.pagibigfund.gov.ph/'],
  examples: {
    positive: [
      `TIN: 283-${fake('{d3}', 2051)}-252-000`,
      // a BIR alphalist: its header record, then a header whose column names hold an ampersand
      `H1604C,00928${fake('{d7}', 102039)},0000,12/31/2023\nSEQ,TIN,LAST NAME,FIRST NAME,13TH MONTH & OTHER BENEFITS,TAX DUE\n1,660-${fake('{d3}', 102040)}-658-000,EXAMPLE,MARICEL,21000.00,0.00\n`,
      // a PhilHealth remittance report: undashed numbers under their column
      `PhilHealth No.,Surname,Given Name,Date of Birth\n02${fake('{d10}', 102042)},EXAMPLE,REYNALDO,14/03/1982\n`,
      // a MySQL dump's rows under its CREATE TABLE's backticked tin column
      `CREATE TABLE \`borrowers\` (\n  \`id\` bigint,\n  \`full_name\` varchar(80),\n  \`tin\` varchar(20) DEFAULT NULL\n);\nINSERT INTO \`borrowers\` VALUES (1,'A. Contoh','418-${fake('{d3}', 101627)}-356-000');\n`,
      `SSS No. 34-${fake('{d7}', 2052)}-4`,
      `PhilHealth PIN: 12-${fake('{d9}', 2057)}-6`,
      `ss_number,member_name,ss_ee,ss_er\n06-${fake('{d7}', 2058)}-5,"ALBANO, MARISSA M.",900.00,1900.00\n`,
      `emp_no,employee_name,tin,sss_no,philhealth_no,pagibig_mid\nMNL-204117,"BAUTISTA, ANGELICA R.",069-${fake('{d3}', 2053)}-452-000,08-${fake('{d7}', 2054)}-7,03-${fake('{d9}', 2055)}-5,1210-${fake('{d4}', 2056)}-0127\n`,
      // a migration backfilling PhilSys card numbers and UMID CRNs
      `UPDATE employees_employee SET philsys_psn = '${fake('{d4}-{d4}-{d4}-{d4}', 102066)}', umid_crn = '0111-${fake('{d7}', 102067)}-1' WHERE employee_no = 'E-1';`,
    ],
    negative: [`Case 283-${fake('{d3}', 2051)}-252 escalated`, `call 1210-${fake('{d4}', 2056)}-0127 queued`, 'SSS: 11-1111111-1',
      // twelve digits beside a label but under no column of their own
      `PhilHealth claim ref ${fake('{d12}', 102041)} approved`],
  },
});
