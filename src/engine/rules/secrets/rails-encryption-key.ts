import { defineRule, fake, hasCharClasses } from '../defineRule';
import { isNear, looksRandom } from './_providerKit';

// Rails' Active Record encryption keys, as `bin/rails db:encryption:init` prints them and
// `credentials.yml.enc` holds them once decrypted (`rails credentials:show`, a pasted
// credentials.yml.dec): `active_record_encryption:` with `primary_key`, `deterministic_key` and
// `key_derivation_salt`, 32 random alphanumerics each. `primary_key` alone is an ORM word
// (`primary_key: id`), so it counts only under the `active_record_encryption` block.
export default defineRule({
  id: 'rails-encryption-key',
  category: 'secret',
  description: 'Rails Active Record encryption key or salt (active_record_encryption: primary_key / deterministic_key / key_derivation_salt)',
  keywords: ['deterministic_key', 'key_derivation_salt', 'active_record_encryption'],
  // (Or the environment variables a deployment passes them in: `ACTIVE_RECORD_ENCRYPTION_PRIMARY_KEY=…`.)
  pattern: /(?<![\w]|(?<!:)-)(?:(ACTIVE_RECORD_ENCRYPTION_)(?:PRIMARY_KEY|DETERMINISTIC_KEY|KEY_DERIVATION_SALT)|(primary_key|deterministic_key|key_derivation_salt))[ \t]*[:=][ \t]*["']?([A-Za-z0-9+/_-]{24,64})(?![\w+/-])/gu,
  secretGroup: 3,
  validate: (s, ctx) => {
    if (!hasCharClasses(s, 3) || !looksRandom(s, 3.5)) return false;
    return ctx.match[2] !== 'primary_key' || isNear(ctx, /active_record_encryption/u, 600, 0);
  },
  envName: 'ACTIVE_RECORD_ENCRYPTION_PRIMARY_KEY',
  references: ['https://guides.rubyonrails.org/active_record_encryption.html#setup'],
  examples: {
    positive: [
      `active_record_encryption:\n  primary_key: ${fake('{a32}')}\n  deterministic_key: ${fake('{a32}', 2)}\n  key_derivation_salt: ${fake('{a32}', 3)}`,
      `config.active_record.encryption.key_derivation_salt = "${fake('{a32}', 4)}"`,
      `ACTIVE_RECORD_ENCRYPTION_PRIMARY_KEY=${fake('{a32}', 101986)}\nACTIVE_RECORD_ENCRYPTION_KEY_DERIVATION_SALT=${fake('{a32}', 101987)}`,
    ],
    negative: [
      `create_table :users, primary_key: ${fake('{a32}', 5)}`,
      'active_record_encryption:\n  primary_key: <%= ENV["AR_PRIMARY_KEY"] %>',
      `deterministic_key: ${'x'.repeat(32)}`,
      'ACTIVE_RECORD_ENCRYPTION_PRIMARY_KEY=${AR_PRIMARY_KEY}',
    ],
  },
});
