import { defineRule } from '../defineRule';
import { healthCardPattern, healthCardSample, isHealthCardNumber } from './_healthCard';

/** A sample card number: 80380, then fourteen digits, then the Luhn digit. */
const sample = (body: string): string => healthCardSample('80380', body);

// The number of an Italian health card (Tessera Sanitaria, the European TEAM card's Italian
// issue): 20 digits, 80 (health) and 380 (Italy) first, an issuer and a serial, and a Luhn check
// digit last, as ISO/IEC 7812 numbers cards. It identifies its holder as a codice fiscale does.
export default defineRule({
  id: 'it-health-card-number',
  category: 'pii',
  description: 'Italian health card number (Tessera Sanitaria / TEAM: 80380…, Luhn)',
  keywords: ['80380'],
  pattern: healthCardPattern('80380'),
  validate: (s) => isHealthCardNumber(s, '80380'),
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
