import { defineRule, fake } from '../defineRule';
import { calcCodiceFiscaleCheck, codiceFiscaleChecksum } from './_checksums';

/** Omocodia: digits replaced by letters when two people would share a code. */
const OMOCODIA = 'LMNPQRSTUV';

function digitAt(c: string): number {
  const i = OMOCODIA.indexOf(c);
  return i >= 0 ? i : c.charCodeAt(0) - 48;
}

function sample(seed: number, female = false): string {
  const day = female ? '52' : '14';
  const body = `${fake('{A6}', seed)}${fake('{d2}', seed + 1)}H${day}${fake('{A1}{d3}', seed + 2)}`;
  return body + calcCodiceFiscaleCheck(body);
}

// Surname (3 letters) + name (3) + year (2) + month letter (ABCDEHLMPRST) + day (01-31, +40 for
// women) + birthplace (letter + 3) + check letter. Digit positions may hold the omocodia letters
// L-V. The check letter catches 25 in 26 random strings of this shape.
export default defineRule({
  id: 'it-codice-fiscale',
  category: 'pii',
  description: 'Italian codice fiscale (16 characters with check letter)',
  // A strongly shaped token that appears without a label; the pattern starts at an upper-case letter.
  keywords: [],
  pattern: /(?<![A-Za-z0-9])[A-Z]{6}[\dLMNP-V]{2}[ABCDEHLMPRST][\dLMNP-V]{2}[A-Z][\dLMNP-V]{3}[A-Z](?![A-Za-z0-9])/gu,
  // Omocodia replaces digits from the right (birthplace, then day, then year): a code keeps two
  // adjacent digits until its sixth replacement, i.e. six earlier holders of the same code. Codes
  // past that are not reported, so the rule can run only near digits (see validate).
  nearDigits: true,
  validate: (s) => {
    if (!/\d\d/u.test(s)) return false;
    if (!codiceFiscaleChecksum(s)) return false;
    const day = digitAt(s[9] as string) * 10 + digitAt(s[10] as string);
    if (!((day >= 1 && day <= 31) || (day >= 41 && day <= 71))) return false;
    // Specimens from forms and docs.
    return !/^(?:RSSMRA|MRARSS|XXXXXX|AAAAAA)/u.test(s);
  },
  redactAs: 'codice-fiscale',
  references: ['https://www.agenziaentrate.gov.it/portale/web/guest/schede/istanze/richiesta-ts_cf/informazioni-codificazione-pf'],
  examples: {
    positive: [`Codice fiscale: ${sample(131)}`, `"cf": "${sample(132, true)}"`],
    negative: [`CF: ${sample(131).slice(0, 15)}${sample(131).endsWith('A') ? 'B' : 'A'}`, 'CF: RSSMRA85T10A562S', `CF: ${sample(133).slice(0, 9)}9${sample(133).slice(10)}`, `id ${sample(131).toLowerCase()}`],
  },
});
