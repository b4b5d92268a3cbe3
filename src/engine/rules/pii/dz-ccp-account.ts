import { native } from '../../scan/nativeRegex';
import { defineRule, fake } from '../defineRule';
import { columnHeader, isTrivialNumber } from './_context';

/** The CCP label right before the number, on its line: `CCP: `, `"ccp": "`, `mon CCP `, `CCP du client : **`. */
const CCP_BEFORE = native(/(?<![A-Za-z])(?:CCP|ccp|Ccp)(?:[ \t]+(?:du|de|de la|of the)[ \t]+[a-z]{2,12})?["']?[ \t]*[:=]?[ \t]*["'*]{0,2}[ \t]*$/u);
/** A column of CCP accounts: `CCP`, `ccp`, `compte_ccp`, `N° CCP`. */
const CCP_HEADER = native(/(?:^|[\s_-])ccp$/iu);

// An Algérie Poste postal current account (CCP): up to ten digits and a two-digit key (`clé`),
// written `31415926 clé 53` or `0031415926/53`, and its twenty-digit RIP for transfers (007 99999,
// the account, the key). A courier's payout, a refund, a payroll: a person's account.
export default defineRule({
  id: 'dz-ccp-account',
  category: 'pii',
  description: 'Algérie Poste CCP account (number and key after its label or in its column) or its RIP (007 99999…)',
  keywords: ['ccp', '00799999', '007 99999'],
  window: { before: 64, after: 4000 },
  columns: true,
  pattern: /(?<![\w.\/-])(?:\d{6,10}(?:[ \t]*(?:clé|cle|Clé|CLE|key)[ \t]*|\/)\d{2}|\d{6,10}|007[ ]?99999[ ]?\d{10}[ ]?\d{2})(?![\w\/-])(?!\.\d)/gu,
  validate: (s, ctx) => {
    const digits = s.replace(/\D/gu, '');
    if (isTrivialNumber(digits)) return false;
    // (A RIP's account of a few digits, 0000000134, is a test vector's.)
    if (digits.length === 20 && digits.startsWith('00799999')) return !digits.startsWith('00000', 8);
    const before = ctx.text.slice(Math.max(0, ctx.start - 40), ctx.start);
    if (CCP_BEFORE.test(before)) return true;
    const header = columnHeader(ctx);
    return header !== undefined && CCP_HEADER.test(header.trim());
  },
  redactAs: 'bank-account',
  references: ['https://www.poste.dz/services/financial/ccp'],
  examples: {
    positive: [
      `02/05/2024 10:12 - Livreur: voici mon CCP: ${fake('{d8}', 4431)} clé ${fake('{d2}', 4432)}`,
      `"virement": {"mode": "postal", "ccp": "${fake('{d8}', 4433)}"}`,
      `id,nom,CCP,fonction\nE-1,EXAMPLE Ana,${fake('{d10}', 4434)}/${fake('{d2}', 4435)},Vendeuse\n`,
      `Nom;RIP;Montant\nEXAMPLE Ana;00799999${fake('{d12}', 4436)};1500\n`,
    ],
    negative: [`['1', '04', '00799999000000000134'],`, `Commande ${fake('{d8}', 4437)} livrée`, 'CCP: 12345678 clé 90', `Tracking: ${fake('{d10}', 4438)}/${fake('{d2}', 4439)}`],
  },
});
