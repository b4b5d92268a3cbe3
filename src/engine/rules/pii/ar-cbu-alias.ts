import { defineRule } from '../defineRule';
import { columnHeader, isOnCompanyRow, tableHeaderRow } from './_context';
import { native } from '../../scan/nativeRegex';

/** An alias's column (`alias`, `alias_cbu`, `cbu_alias`, `Alias CBU/CVU`). */
const ALIAS_HEADER = native(/^(?:alias(?:[ _-]?(?:cbu|cvu|cbu[ _/-]?cvu|mp))?|(?:cbu|cvu)[ _-]?alias)$/iu);
/** A table whose header row names a CBU or a CVU, the account the alias stands for. */
const ACCOUNT_HEADER = native(/(?:^|[\s_;,|\t-])(?:cbu|cvu)(?:$|[\s_;,|\t/-])/iu);
/** An alias column's header cell, as the keyword pass reads it. */
const COLUMN_KEYWORDS = [',alias', 'alias,', ';alias', 'alias;', '\talias', 'alias\t', '|alias', 'alias|', 'alias_cbu', 'alias_cvu', 'cbu_alias', 'cvu_alias'];

/** The alias's label right before it: `alias: `, `alias CBU = `, `mi alias es `. */
const ALIAS_LABEL_BEFORE = native(/alias(?:[ _-]?(?:cbu|cvu|de (?:la )?cuenta|mp))?["']?[ \t]*(?:[:=]|es|is)[ \t]*["'`]?$/iu);
/** A line or a sentence about an Argentine transfer: the alias's label needs one of these near it. */
const ACCOUNT_WORD = native(/\b(?:CBU|CVU|cbu|cvu|transferencia|transferir|Mercado Pago|mercado pago|cuenta)\b/u);

// An Argentine CBU or CVU alias: the words an account holder picks (`trucha.nube.mate`) that a
// transfer accepts in the account's place (BCRA: 6 to 20 letters, digits, dots and hyphens). It
// names one person's account as the CBU does, so it counts under an `alias` column of a table that
// also has the CBU or CVU (a seller payout file), or after its label near a CBU or a transfer
// (`alias CBU: …`, `mi alias es …`). A company's row is left alone.
export default defineRule({
  id: 'ar-cbu-alias',
  category: 'pii',
  description: "Argentine CBU/CVU alias (words joined by dots) under an alias column beside the CBU, or after its label",
  // The label's forms look only a little way on; a header cell's look down its column.
  // (Not `alias` alone: a bundler's config and a shell's rc hold it, and a window of 4,000
  // characters after each cost the rescan of a JavaScript file 0.36 ms.)
  keywords: ['alias:', 'alias =', 'alias=', 'alias es', 'alias cbu', 'alias cvu', 'alias de', ...COLUMN_KEYWORDS],
  window: { before: 16, after: 64 },
  keywordWindows: Object.fromEntries(COLUMN_KEYWORDS.map((k) => [k, { before: 16, after: 4000 }])),
  columns: true,
  pattern: /(?<![\w.@-])[a-z0-9-]{2,15}(?:\.[a-z0-9-]{2,15}){1,4}(?![\w.@-]|\.[a-z])/gu,
  validate: (s, ctx) => {
    if (s.length < 6 || s.length > 20 || !/[a-z]{2}/u.test(s) || /^\d+(?:\.\d+)*$/u.test(s)) return false;
    const before = ctx.text.slice(Math.max(0, ctx.start - 40), ctx.start);
    if (ALIAS_LABEL_BEFORE.test(before)) {
      const around = ctx.text.slice(Math.max(0, ctx.start - 200), Math.min(ctx.text.length, ctx.end + 120));
      return ACCOUNT_WORD.test(around);
    }
    const header = columnHeader(ctx);
    if (header === undefined || !ALIAS_HEADER.test(header.trim())) return false;
    const row = tableHeaderRow(ctx);
    return row !== undefined && ACCOUNT_HEADER.test(row) && !isOnCompanyRow(ctx);
  },
  redactAs: 'bank-account',
  references: ['https://www.bcra.gob.ar/SistemasFinancierosYdePagos/Alias_CBU.asp'],
  examples: {
    positive: [
      'liquidacion_id;titular;tipo;cbu_cvu;alias;periodo\nLQ-1;Valeria Sosbe;persona_humana;0000003100000000000000;trucha.nube.mate;2024-04\n',
      'Hola! Te paso mis datos para la transferencia: alias: trucha.nube.mate (Mercado Pago)',
    ],
    negative: [
      // a config's dotted key, and an alias that is no account's
      'logging.level.root=INFO',
      'alias: ll="ls -la"  # shell',
      // a company's row
      'liquidacion_id;titular;tipo;cbu_cvu;alias\nLQ-2;Kestrel S.R.L.;persona_juridica;0000003100000000000001;kestrel.pagos.sa\n',
    ],
  },
});
