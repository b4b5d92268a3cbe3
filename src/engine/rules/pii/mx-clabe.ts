import { defineRule, fake } from '../defineRule';
import { calcClabeCheck } from './_checksums';
import { native } from '../../scan/nativeRegex';
import { COMPANY_FORM, hasContext, inLongerNumber, isOnCompanyRow, matchLine } from './_context';

/** A CLABE label, or a SPEI payment order's account fields (STP's `cuentaOrdenante`, `cuentaBeneficiario`). */
const CLABE_CONTEXT = /(?<![a-z])(?:clabe|cuenta clabe|clabe interbancaria|cuenta[ _]?(?:ordenante|beneficiario))(?![a-z])/u;

/** A SPEI order's account key right before the value: which party's it is. */
const PARTY_ACCOUNT_BEFORE = /"cuenta(Ordenante|Beneficiario)"[ \t]*:[ \t]*"$/u;
/** Each party's name in the same order. */
const PARTY_NAME = {
  Ordenante: /"nombreOrdenante"[ \t]*:[ \t]*"([^"\n]{1,120})"/u,
  Beneficiario: /"nombreBeneficiario"[ \t]*:[ \t]*"([^"\n]{1,120})"/u,
} as const;

function sample(seed: number): string {
  const body = `012180${fake('{d11}', seed)}`;
  return `${body}${calcClabeCheck(body)}`;
}

// A Mexican bank account's CLABE: bank (3 digits), branch (3), account (11) and a check digit
// (weights 3, 7, 1). Eighteen digits pass the check one time in ten, so a CLABE label must be
// near (a field, a column header, "cuenta CLABE").
export default defineRule({
  id: 'mx-clabe',
  category: 'pii',
  description: 'Mexican CLABE bank account number (18 digits with check digit, near a CLABE label)',
  keywords: ['clabe', 'cuentaordenante', 'cuentabeneficiario', 'cuenta_ordenante', 'cuenta_beneficiario'],
  pattern: /(?<![\w.-])\d{3}[ -]?\d{3}[ -]?\d{11}[ -]?\d(?![\w-])(?!\.\d)/gu,
  nearDigits: 'dense',
  validate: (s, ctx) => {
    const d = s.replace(/\D/gu, '');
    // (032180000118359719 is the example CLABE that references and validators' docs print.)
    if (d.length !== 18 || d === '032180000118359719' || calcClabeCheck(d) !== Number(d[17]) || new Set(d).size === 1 || inLongerNumber(ctx, '/')) return false;
    // (Not a company's own account on its row of a transfer file: `…,EXAMPLE MEXICO SAPI DE CV,<CLABE>,…`.)
    if (!hasContext(ctx, CLABE_CONTEXT, { before: 64, after: 8 })) return false;
    // (A SPEI order names each party beside its account: the payer's name says whose `cuentaOrdenante` is,
    // whatever company pays or is paid on the same line.)
    const party = PARTY_ACCOUNT_BEFORE.exec(ctx.text.slice(Math.max(0, ctx.start - 40), ctx.start))?.[1];
    if (party !== undefined) {
      const name = PARTY_NAME[party as 'Ordenante' | 'Beneficiario'].exec(matchLine(ctx, 1500))?.[1];
      if (name !== undefined) return !native(COMPANY_FORM).test(name);
    }
    return !isOnCompanyRow(ctx);
  },
  redactAs: 'clabe',
  references: ['https://www.banxico.org.mx/sistemas-de-pago/'],
  examples: {
    positive: [`CLABE: ${sample(471)}`, `Depositar a la cuenta CLABE ${sample(472)} a nombre del vendedor`, `seller_id,clabe\n88,${sample(473)}`,
      // a SPEI payment order's payer and payee accounts
      `{"claveRastreo": "EX${fake('{d10}', 101475)}", "cuentaOrdenante": "${sample(101476)}", "cuentaBeneficiario": "${sample(101477)}"}`,
      // a lender's SPEI webhook: the borrower pays the company, each named beside their account
      `abono recibido {"nombreOrdenante": "A. EJEMPLO", "cuentaOrdenante": "${sample(101984)}", "nombreBeneficiario": "EJEMPLO DIGITAL SAPI DE CV", "cuentaBeneficiario": "${sample(101985)}"}`,
    ],
    negative: [
      // a company's own account on its row of a transfer file
      `id_spei\tcuenta_clabe\tordenante\nSPEI-2611290099\t${sample(475)}\tEXAMPLE MEXICO SAPI DE CV SOFOM ENR`,
      'CLABE: 032180000118359719', `CLABE: ${sample(471).slice(0, 17)}${(Number(sample(471)[17]) + 1) % 10}`, `order ${sample(474)}`, 'CLABE: 000000000000000000'],
  },
});
