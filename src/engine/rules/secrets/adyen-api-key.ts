import type { MatchContext } from '../../types';
import { defineRule, fake, hasCharClasses } from '../defineRule';
import { looksRandom } from './_providerKit';
import { native } from '../../scan/nativeRegex';
import { lineStartWithin } from '../../scan/lines';

/**
 * A whole 64-character line of a PEM block's base64 (`-----BEGIN CERTIFICATE-----` above, no END
 * between): an RSA key's DER starts `AQEA` on many of those lines (its modulus's length, then 00),
 * and a certificate's extensions `AQEE…`. The line may be indented and, inside a JSON string, end
 * in an escaped `\n`.
 */
function isPemBodyLine(s: string, ctx: MatchContext): boolean {
  const { text, start, end } = ctx;
  if (s.length !== 64) return false;
  const lead = text.slice(lineStartWithin(text, start, 80), start);
  if (!/^[ \t]*$|\\n[ \t]*$/u.test(lead) || !/^(?:\r?\n|\\n)/u.test(text.slice(end, end + 2))) return false;
  const begin = text.lastIndexOf('-----BEGIN ', start);
  return begin !== -1 && start - begin < 16_384 && !text.slice(begin, start).includes('-----END ');
}

/** AWS KMS's ciphertext (`"CiphertextBlob": "AQEDAH…"`): its version byte, 1, makes it start `AQ` too. */
const CIPHERTEXT_KEY = native(/(?:ciphertext|encrypted|blob)\w*["']?\s*[:=]\s*["']?$/iu);

// An Adyen API key (the X-API-Key of a web service user): `AQE` then base64, in its full form
// followed by two more `-`-separated parts (`AQE…==-…=-…`). The `AQE` start is the format's mark.
export default defineRule({
  id: 'adyen-api-key',
  category: 'secret',
  description: 'Adyen API key (AQE…), the X-API-Key of an Adyen web service user',
  keywords: ['aqe'],
  pattern: /(?<![A-Za-z0-9+/])AQE[A-Za-z0-9+/]{60,200}={0,2}(?:-[A-Za-z0-9+/]{20,80}={0,2}(?:-[^\s"'<>`,;]{6,40})?)?(?![A-Za-z0-9+/])/gu,
  validate: (s, ctx) => {
    const body = s.split('-')[0] as string;
    if (CIPHERTEXT_KEY.test(ctx.text.slice(Math.max(0, ctx.start - 60), ctx.start))) return false;
    return hasCharClasses(body, 3) && looksRandom(body.slice(3), 4) && !isPemBodyLine(s, ctx);
  },
  publicPrefix: 3,
  envName: 'ADYEN_API_KEY',
  references: ['https://docs.adyen.com/development-resources/api-credentials/#generate-api-key'],
  examples: {
    positive: [
      `adyen.client.xapikey = "AQE${fake('{b100}', 584)}"`,
      `ADYEN_API_KEY=AQE${fake('{b93}', 585)}==-${fake('{b43}', 586)}=-${fake('{a16}', 587)}`,
    ],
    negative: [
      'ADYEN_API_KEY=AQE_YOUR_API_KEY_HERE',
      `ADYEN_API_KEY=AQE${'A'.repeat(90)}`,
      // a certificate's public key inside its PEM block
      `-----BEGIN CERTIFICATE-----\n${fake('{b64}', 588)}\nAQE${fake('{b61}', 589)}\n${fake('{b40}', 590)}==\n-----END CERTIFICATE-----\n`,
      // the same inside a JSON string, indented, each line ending in an escaped newline; and a KMS ciphertext
      `    "ServerTrust": "-----BEGIN CERTIFICATE-----\\n\n        ${fake('{b64}', 100865)}\\n\n        AQE${fake('{b61}', 100866)}\\n\n        ${fake('{b40}', 100867)}==\\n\n-----END CERTIFICATE-----"`,
      `        "CiphertextBlob": "AQEDAH${fake('{b120}', 100868)}",`,
    ],
  },
});
