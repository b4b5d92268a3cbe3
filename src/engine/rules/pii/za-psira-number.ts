import { defineRule, fake } from '../defineRule';
import { hasContext, inLongerNumber, isOnPlaceholderPersonLine, isOnTestRecordLine, isTrivialNumber, NOT_IN_LONGER_NUMBER } from './_context';
import { native } from '../../scan/nativeRegex';

/** PSIRA's labels as guarding companies' payroll exports and letters write them (`PSIRA Number`, `PSIRA no:`, `psira_reg_no`), lower case. */
const PSIRA_LABEL = native(/(?<![a-z])psira(?:[ _-]?(?:reg(?:istration)?|registered))?[ _-]?(?:no|nr|num|number|#)?(?![a-z])/u);

// A security officer's registration number with South Africa's Private Security Industry
// Regulatory Authority (PSIRA): seven or eight digits on the officer's certificate and ID card,
// and in every guarding company's payroll and roster. It names one person: the register is
// searchable by it. No check digit, so its label must be near or head its column.
export default defineRule({
  id: 'za-psira-number',
  category: 'pii',
  description: "South African security officer's PSIRA registration number (7-8 digits), near its label",
  keywords: ['psira'],
  window: { before: 16, after: 64 },
  columns: true,
  pattern: new RegExp(String.raw`(?<![\w.-])\d{7,8}(?![\w-])` + NOT_IN_LONGER_NUMBER, 'gu'),
  validate: (s, ctx) => !isTrivialNumber(s) && !inLongerNumber(ctx) && hasContext(ctx, PSIRA_LABEL, { before: 40 }) && !isOnPlaceholderPersonLine(ctx) && !isOnTestRecordLine(ctx),
  redactAs: 'licence-number',
  references: ['https://www.psira.co.za/', 'https://www.gov.za/documents/private-security-industry-regulation-act'],
  examples: {
    positive: [
      `PSIRA no:        ${fake('{d8}', 102062)} (Grade C)`,
      `Employee Number,First Name,Last Name,Job Title,PSIRA Number,PSIRA Grade\nISS-7,A.,Example,Security Officer,${fake('{d8}', 102063)},E\n`,
    ],
    negative: ['PSIRA no: 12345678', `Invoice ${fake('{d8}', 102064)} for guarding services (PSIRA-registered provider)`],
  },
});
