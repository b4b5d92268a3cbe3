import { defineRule, luhn } from '../defineRule';

/** A sample card number: 80380, then fourteen digits, then the Luhn digit. */
function sample(body: string): string {
  for (let d = 0; d <= 9; d++) if (luhn(`80380${body}${d}`)) return `80380${body}${d}`;
  return '';
}

// The number of an Italian health card (Tessera Sanitaria, the European TEAM card's Italian
// issue): 20 digits, 80 (health) and 380 (Italy) first, an issuer and a serial, and a Luhn check
// digit last, as ISO/IEC 7812 numbers cards. It identifies its holder as a codice fiscale does.
export default defineRule({
  id: 'it-health-card-number',
  category: 'pii',
  description: 'Italian health card number (Tessera Sanitaria / TEAM: 80380…, Luhn)',
  keywords: ['80380'],
  pattern: /(?<![\d.-])80380\d{15}(?![\d.-])/gu,
  validate: (s) => luhn(s) && !/^80380(\d)\1{13}/u.test(s),
  redactAs: 'health-card',
  references: ['https://www.sistemats.it/', 'https://en.wikipedia.org/wiki/ISO/IEC_7812'],
  examples: {
    positive: [
      `codice_fiscale,tessera_sanitaria,assistito\nRMNGLI96L61H501L,${sample('00082776790936')},"ROMANO GIULIA"`,
      `PazienteDTO(codiceFiscale=FBBLRN55P59G224L, tesseraSanitaria=${sample('00029981843713')})`,
    ],
    negative: [
      `tessera_sanitaria=${sample('00082776790936').slice(0, 19)}${(Number(sample('00082776790936').slice(19)) + 1) % 10}`,
      'tessera_sanitaria=80380000000000000000',
      'IUV 80380000827767909366123',
    ],
  },
});
