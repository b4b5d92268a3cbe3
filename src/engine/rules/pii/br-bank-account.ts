import { defineRule, fake } from '../defineRule';
import { native } from '../../scan/nativeRegex';
import { columnHeader, isOnCompanyRow, isOnTestRecordLine, isTrivialNumber, recordColumns, recordTable } from './_context';

/** The `conta` key right before the number (`"conta": "…"`, `conta=`). */
const ACCOUNT_KEY_BEFORE = native(/(?<![\w-])(?:conta|conta_corrente|numero_conta|num_conta|nr_conta|contaCorrente|numeroConta)["']?[ \t]*[:=][ \t]*["']?$/u);

/** A column of Brazilian accounts (`conta`, `conta_corrente`, `número da conta`). */
const ACCOUNT_COLUMN = /^["']?(?:conta|conta[ _-]?corrente|n(?:u|ú)mero[ _-]?(?:da[ _-]?)?conta|num[ _-]?conta|nr[ _-]?conta)["']?$/u;

/** An SQL table of bank accounts, by its name (`core.contas`, `contas_correntes`). */
const ACCOUNTS_TABLE = native(/(?:^|[._"`])contas?(?:[_-]?correntes?)?["`]?$/u);

/** The account's agency in the same record or header: a bank account, not a counter or a bill (`conta` is both). */
const AGENCY = native(/ag[eê]ncia|(?<![a-z])ag(?:[ _-]?(?:num|nr|no))?["']?[ \t]*[:=;,]/iu);

// A Brazilian bank account written as banks and Pix's APIs write it: the number and its check digit
// after a dash (`31872-4`, `1234-X`), under a `conta` key or column, beside its agency (`agencia`).
// A Pix webhook's payer, a payroll's bank columns and a TED form hold it; with the agency and the
// bank's code it pays the person or identifies them. (Longer domestic numbers are bank-account-number's.)
export default defineRule({
  id: 'br-bank-account',
  category: 'pii',
  description: 'Brazilian bank account (number and check digit) under a conta key or column, beside its agency',
  keywords: ['conta', 'conta;', 'conta,', 'conta\t', 'conta|', 'conta\r', 'conta\n', 'contas ('],
  window: { before: 40, after: 80 },
  // A header cell's column runs down a whole table (also the last column's, before the line's end).
  keywordWindows: { 'conta;': { before: 40, after: 65_536 }, 'conta,': { before: 40, after: 65_536 }, 'conta\t': { before: 40, after: 65_536 }, 'conta|': { before: 40, after: 65_536 }, 'contas (': { before: 40, after: 65_536 }, 'conta\r': { before: 40, after: 65_536 }, 'conta\n': { before: 40, after: 65_536 } },
  pattern: /(?<![\w./:+-])\d{3,12}-[\dXx](?![\w/:.-])/gu,
  validate: (s, ctx) => {
    if (isTrivialNumber(s.replace(/\D/gu, ''))) return false;
    const before = ctx.text.slice(Math.max(0, ctx.start - 200), ctx.start);
    if (ACCOUNT_KEY_BEFORE.test(before.slice(-24))) return AGENCY.test(before) && !isOnTestRecordLine(ctx) && !isOnCompanyRow(ctx);
    const header = columnHeader(ctx);
    if (header === undefined) return false;
    // (Or a `numero` column of an SQL dump's table of accounts: `COPY core.contas (…, agencia, numero, …)`.)
    const isAccountColumn = ACCOUNT_COLUMN.test(header) || (header.trim() === 'numero' && ACCOUNTS_TABLE.test(recordTable(ctx) ?? ''));
    return isAccountColumn && AGENCY.test(recordColumns(ctx) ?? '') && !isOnCompanyRow(ctx);
  },
  redactAs: 'bank-account',
  references: ['https://www.bcb.gov.br/estabilidadefinanceira/pix'],
  examples: {
    positive: [
      // a pg_dump of a bank's accounts: the number under `numero`, beside `agencia`
      `COPY core.contas (id, cliente_id, agencia, numero, tipo) FROM stdin;\n${Array.from({ length: 6 }, (_, i) => `57${i}\t118${i}\t0001\t${fake('{d7}', 102166 + i)}-${i}\tCACC`).join('\n')}\n\\.\n`,
      // a payroll export whose last column is the account, many rows below its header
      `matricula;nome;banco;agencia;conta\r\n${Array.from({ length: 40 }, (_, i) => `J${i};A. Exemplo;001;2934;${fake('{d7}', 102126 + i)}-${i % 10}`).join('\r\n')}\r\n`,
      // a Pix webhook's payer, and a payroll's bank columns
      `{"favorecido": {"banco": "341", "agencia": "0412", "conta": "${fake('{d5}', 101518)}-${fake('{d1}', 101519)}"}}`,
      `nome;banco;agencia;conta;salario\nA. Exemplo;341;0412;${fake('{d5}', 101520)}-${fake('{d1}', 101521)};8.200,00\n`,
    ],
    negative: [
      // a count and a bill: `conta` is both, with no agency beside it
      `{"conta": "${fake('{d4}', 101522)}-${fake('{d1}', 101523)}", "tipo": "luz"}`,
      `produto;lote;conta\nCafé;L-7;${fake('{d5}', 101524)}-${fake('{d1}', 101525)}\n`,
      '{"agencia": "0412", "conta": "00000-0"}',
    ],
  },
});
