import { defineRule, fake } from '../defineRule';
import { calcNirKey, nirChecksum } from './_checksums';
import { isTrivialNumber, NOT_IN_LONGER_NUMBER } from './_context';
import { native } from '../../scan/nativeRegex';

/** Values printed in documentation (python-stdnum, service-public examples). */
const SPECIMENS = new Set(['295109912611193', '253072B07300470', '253072A07300443', '184127645108946']);

/** A key naming another kind of number right before the value. */
const OTHER_NUMBER_KEY = /(?:protocol[oe]?|pedido|order|invoice|nsu|txid|transaction|ticket|tracking|chave)(?:[ _]?(?:id|no|nr|number|numero))?["']?[ \t]*[:=#][ \t]*["']?$/iu;

function sample(seed: number, dept = '75'): string {
  const body = `1${fake('{d2}', seed)}0${(seed % 9) + 1}${dept}${fake('{d6}', seed + 1)}`;
  return body + String(calcNirKey(body)).padStart(2, '0');
}

function spaced(v: string): string {
  return [v.slice(0, 1), v.slice(1, 3), v.slice(3, 5), v.slice(5, 7), v.slice(7, 10), v.slice(10, 13), v.slice(13)].join(' ');
}

// Sex (1/2; 3/4/7/8 for special cases) + year (2) + month (01-12, 20+ for unknown) + department
// (2 digits or 2A/2B for Corsica) + commune (3) + order (3) + key (97 − n mod 97, 2 digits).
// Written compact or grouped 1 2 2 2 3 3 2.
export default defineRule({
  id: 'fr-nir',
  category: 'pii',
  description: 'French social security number (NIR, 15 characters with key)',
  // A long, check-keyed value that appears without a label; the pattern starts at a digit.
  keywords: [],
  pattern: new RegExp(String.raw`(?<![\w.-])[1-478]( ?)\d{2}\1(?:0[1-9]|1[0-2]|[2-9]\d)\1(?:\d{2}|2[AB])\1\d{3}\1\d{3}(?:\1| ?- ?| {1,2})\d{2}(?![\w-])` + NOT_IN_LONGER_NUMBER, 'gu'),
  nearDigits: 'dense',
  validate: (s, ctx) => {
    const v = s.replace(/[ -]/gu, '');
    if (!nirChecksum(v) || SPECIMENS.has(v) || isTrivialNumber(v.slice(7, 13))) return false;
    // The value of another number's key: a Brazilian invoice's authorisation protocol
    // (`protocolo=135241159462652`), an order's, a transaction's (one in 97 passes the key).
    return !native(OTHER_NUMBER_KEY).test(ctx.text.slice(Math.max(0, ctx.start - 24), ctx.start));
  },
  redactAs: 'nir',
  references: ['https://www.insee.fr/fr/metadonnees/definition/c1409'],
  examples: {
    positive: [
      `N° de sécurité sociale : ${spaced(sample(141))}`,
      `"nir": "${sample(142)}"`,
      `Assuré ${spaced(sample(143, '2A'))}`,
      // the key after a single space, as a validator's test data writes it
      `yield ['${sample(145).slice(0, 13)} ${sample(145).slice(13)}'];`,
    ],
    negative: [`NIR: ${spaced(sample(141)).slice(0, -1)}${sample(141).endsWith('9') ? '0' : '9'}`, 'NIR: 2 95 10 99 126 111 93', `NIR: ${spaced(sample(141)).replace(/^1/u, '5')}`, `id ${sample(142)}1`, `NF-e autorizada pedido=T-99 protocolo=${sample(144)}`],
  },
});
