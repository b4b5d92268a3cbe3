import { defineRule, fake, minEntropy } from '../defineRule';

// Magento 2's encryption key in `app/etc/env.php` (`'crypt' => ['key' => '…']`): it decrypts every
// stored payment-gateway credential and customer secret. Usually 32 hex characters; rotated keys are
// listed one per line in the same value.
export default defineRule({
  id: 'magento-crypt-key',
  category: 'secret',
  description: "Magento 2 encryption key ('crypt' => ['key' => …] in app/etc/env.php)",
  keywords: ["'crypt'", '"crypt"'],
  window: { before: 0, after: 160 },
  // The first key (group 2, before the closing quote or the next key's line), and each rotated key
  // on a line of its own after it (group 3).
  pattern:
    /["']crypt["'][ \t]*=>[ \t]*(?:\[|array[ \t]*\()\s{0,40}["']key["'][ \t]*=>[ \t]*(["'])([A-Za-z0-9:_+/=]{16,128})(?=\1|\r?\n[A-Za-z0-9:_+/=]{16,128}(?:\r?\n|["']))|\n(?<=["']crypt["'][ \t]*=>[ \t]*(?:\[|array[ \t]*\()\s{0,40}["']key["'][ \t]*=>[ \t]*["'](?:[A-Za-z0-9:_+/=]{16,128}\r?\n){1,8})([A-Za-z0-9:_+/=]{16,128})(?=\r?\n|["'])/gu,
  secretGroup: [2, 3],
  validate: (s) => minEntropy(s, 3),
  envName: 'MAGENTO_CRYPT_KEY',
  references: ['https://experienceleague.adobe.com/en/docs/commerce-operations/configuration-guide/files/config-reference-envphp#crypt'],
  examples: {
    positive: [
      `    'crypt' => [\n        'key' => '${fake('{h32}', 632)}'\n    ],`,
      `'crypt' => array ( 'key' => "${fake('{h32}', 633)}" ),`,
      // a rotated key: the old and the new one, one per line
      `    'crypt' => [\n        'key' => '${fake('{h32}', 634)}\n${fake('{h32}', 635)}'\n    ],`,
    ],
    negative: ["    'crypt' => [\n        'key' => ''\n    ],", "    'crypt' => [\n        'key' => '00000000000000000000000000000000'\n    ],"],
  },
});
