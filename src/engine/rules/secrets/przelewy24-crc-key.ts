import { native } from '../../scan/nativeRegex';
import { defineRule, fake, hasCharClasses } from '../defineRule';

/** Przelewy24 named near the key: its variable prefix, its name, its host. */
const P24_CONTEXT = /p24|przelewy24/iu;

// Przelewy24's CRC key: 16 hexadecimal characters that the merchant panel issues with the merchant
// and POS ids. It salts the SHA-384 sign of every transaction registration and notification, so
// whoever holds it can forge a "paid" notification. Configs name it `P24_CRC`, `crc` or `crcKey`;
// a bare `crc` counts only with Przelewy24 named within 600 characters before it or 300 after (a
// vault dump lists the path after the data).
export default defineRule({
  id: 'przelewy24-crc-key',
  category: 'secret',
  description: 'Przelewy24 CRC key (16 hex characters) that signs transaction registrations and notifications',
  keywords: ['p24', 'przelewy24'],
  window: { before: 600, after: 300 },
  pattern: /(?<![\w]|(?<!:)-)["']?(?:[Pp]24[_-]?)?(?:CRC|[Cc]rc)(?:[_-]?(?:KEY|[Kk]ey))?["']?[ \t]{0,4}(?:[:=,]|=>)[ \t]{0,4}["']?([0-9a-f]{16})(?![\w-])/gu,
  secretGroup: 1,
  validate: (s, ctx) =>
    hasCharClasses(s, 2) &&
    native(P24_CONTEXT).test(ctx.text.slice(Math.max(0, ctx.start - 600), Math.min(ctx.text.length, ctx.end + 300))),
  envName: 'P24_CRC',
  references: ['https://developers.przelewy24.pl/index.php?en#tag/Transaction-service-API/paths/~1api~1v1~1transaction~1register/post'],
  examples: {
    positive: [
      `P24_MERCHANT_ID=231544\nP24_CRC=${fake('{h16}', 1221)}`,
      `$container->setParameter('p24_crc', '${fake('{h16}', 1222)}');`,
      `{\n  "data": {\n    "merchant_id": "231544",\n    "crc": "${fake('{h16}', 1223)}"\n  },\n  "path": "secret/data/shop/prod/przelewy24"\n}`,
    ],
    negative: [
      'P24_CRC=${P24_CRC}',
      `zip entry crc: ${fake('{h16}', 1224)}`,
      'P24_CRC=0000000000000000',
      'P24_CRC=your-crc-key-here',
    ],
  },
});
