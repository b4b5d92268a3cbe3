import { defineRule } from '../defineRule';
import { isTrivialNumber, matchLine } from '../pii/_context';
import { native } from '../../scan/nativeRegex';

/**
 * Prefixes that make a `…_PIN` something other than a secret: a tax id (Kenya's KRA PIN, the
 * Philippines' PhilHealth PIN, a company's), a postal code (India's PIN), a certificate pin, or a
 * pin of a chip or a board (GPIO, LED, sensor, relay).
 */
const NOT_A_SECRET_PREFIX = native(/^(?:kra|company|tax|philhealth|postal|post|zip|cert|ssl|tls|hpkp|public[_-]?key|gpio|led|pwm|spi|i2c|uart|sensor|relay|button|reset|data|clock|power|ground)[_-]?$/iu);
/** A line about India's postal codes (an API's `/pincode/` path, a `pincode` field). */
const PINCODE_LINE = /pin[ _-]?code/iu;
/** An address record's other fields, around a `pin` key: India's postal PIN (`"city": …, "state": …, "pin": "302068"`). */
const ADDRESS_FIELD = native(/["']?(?:city|district|locality|taluka|tehsil|address|addr|address[ _]?line ?[12]?|street|landmark|village)["']?[ \t]*[:=]/iu);
/** Kenya's KRA PIN: a letter, nine digits, a letter. */
const KRA_PIN = /^[AP]\d{9}[A-Z]$/u;
/** A line about a payment provider's test card, a test wallet or a sandbox: its PIN is published. */
const TEST_CONTEXT = native(/test[ -]?(?:card|wallet|account|user)|sandbox|testkarte|tarjeta de prueba|carta di test/iu);

// A PIN given after its name: a configuration key (`INFOCERT_PIN=…`, `pin: "…"`, `vault_hsm_partition_pin`),
// a chat or a note (`pin 62903…`, ``PIN `62903…` ``, `crypto-officer PIN: <code>…</code>`). A
// PIN unlocks a signing card, an HSM partition, a tax portal or a phone: five to twelve digits, or
// six to twelve capitals and digits with both kinds. Four digits and fewer are left out: a
// board's pin number (`pin = 23`) and the published PINs of test cards are that short.
export default defineRule({
  id: 'pin-code',
  category: 'secret',
  description: 'PIN given after its name (a signing card, an HSM, a portal or a phone): five or more digits, or capitals and digits',
  keywords: ['pin'],
  window: { before: 40, after: 60 },
  pattern:
    /(?<![A-Za-z0-9])([A-Za-z][A-Za-z0-9]{0,24}[_-])?(?:PIN|[Pp]in)([_-][A-Za-z0-9]{1,24})?(?![A-Za-z0-9])["'\]]{0,2}[ \t]{0,8}(?:=>|:=|=|:)?[ \t]{0,4}(?:(?:is|è|ist|auf|es|est|é|era|was)[ \t]{1,3})?(?:["'`]|<code>)?(\d{5,12}|(?=[A-Z]{0,11}\d)(?=\d{0,11}[A-Z])[A-Z0-9]{6,12})(?![\w./-]|,\d)/gu,
  secretGroup: 3,
  validate: (pin, ctx) => {
    const prefix = ctx.match[1];
    if (prefix !== undefined && NOT_A_SECRET_PREFIX.test(prefix)) return false;
    // (`PIN_CODE`, `pin-code`: India's postal code as forms name it.)
    if (ctx.match[2] !== undefined && /^[_-]code$/iu.test(ctx.match[2])) return false;
    if (KRA_PIN.test(pin) || (/^\d+$/u.test(pin) && isTrivialNumber(pin))) return false;
    const line = matchLine(ctx, 200);
    // (Six digits on a line about pincodes are India's postal code: `/pincode/serviceability?pin=560034`.)
    if (/^\d{6}$/u.test(pin) && PINCODE_LINE.test(line)) return false;
    // (Six digits, the first not 0 or 9, among an address's fields are its postal PIN.)
    if (/^[1-8]\d{5}$/u.test(pin) && ADDRESS_FIELD.test(ctx.text.slice(Math.max(0, ctx.start - 240), Math.min(ctx.text.length, ctx.end + 120)))) return false;
    return !TEST_CONTEXT.test(line);
  },
  envName: 'PIN',
  references: ['https://cwe.mitre.org/data/definitions/798.html', 'https://csrc.nist.gov/glossary/term/personal_identification_number'],
  examples: {
    positive: [
      'SIGNING_USER=RHX9921044\nSIGNING_PIN=73019548\n',
      'remote_signature:\n  alias: RHX9921044\n  pin: "73019548"\n',
      'PIN_ENTRATEL = "6290357148"',
      '03/05/24, 09:03 - Client: pin 6290357148',
      '| Entratel | pwd in vault - PIN `6290357148` | dott. Ferri |',
      '- INPS intermediario: PIN `KQZW7TRB` (SPID per il resto)',
      'vault_luna_partition_pin: "58830217"',
      'partition blp-hsm-prd crypto-officer PIN: <code>58830217</code>',
    ],
    negative: [
      // an address record's postal PIN
      '"permanent_address": {\n  "city": "Nagpur",\n  "state": "MH",\n  "pin": "440022",\n  "country": "IN"\n}',
      'led_pin = 13',
      'pin: 23',
      'Flutterwave test card 5531 8866 5214 2950 (PIN 33104, OTP 12345)',
      'na KRA pin ni A912004417Q kama mnahitaji',
      'Company PIN P000712345K',
      '  test wallet: 01770000000, OTP 123456, PIN 24680',
      'PhilHealth PIN: 07-801234567-3',
      'PIN: 000000',
      'Bengaluru, Karnataka, PIN code: 560034',
      '10.1.2.3 - - [19/Nov/2026:09:43:12 +0530] "GET /api/v2/pincode/serviceability?pin=560034 HTTP/2.0" 200 17088',
      'pincode: 560034',
      'PIN_CODE=560034',
      'Enter your 4-digit PIN',
      'spinner_size = 32000',
    ],
  },
});
