import { defineRule, fake, hasCharClasses } from '../defineRule';
import { looksRandom } from './_providerKit';
import { native } from '../../scan/nativeRegex';

/** Names of B2 credentials near a key: rclone's flags, the B2 CLI's environment, SDK settings, the vendor. */
const B2_CONTEXT = native(/backblaze|b2[_-]?(?:key|account|application|app)|--b2-|application[_-]?key|applicationKey/iu);

// A Backblaze B2 application key: `K` and three digits (the key's cluster), then 27 base64
// characters; its key id is 25 hex digits starting `00`. rclone takes them as `--b2-account
// <keyId> --b2-key <key>`, the B2 CLI and SDKs as B2_APPLICATION_KEY_ID / B2_APPLICATION_KEY,
// and the S3-compatible API as an AWS-style pair (see s3-compatible-access-key-id). Reported
// where the text names B2 (a flag, a variable, `application_key`, the vendor) within 300
// characters: `K001…` alone is too short a prefix to stand for the vendor.
export default defineRule({
  id: 'backblaze-b2-application-key',
  category: 'secret',
  description: 'Backblaze B2 application key (K00…, 31 characters) or its key id under a B2 flag or variable',
  keywords: ['k00', '--b2-account', 'b2_application_key_id', 'b2_account_id'],
  pattern:
    /(?<![\w+/])(K00\d[A-Za-z0-9+/]{27})(?![\w+/=])|(?:--b2-account[ \t=]+|B2_(?:APPLICATION_KEY_ID|ACCOUNT_ID)["']?[ \t]{0,3}[=:][ \t]{0,3})["']?(00[0-9a-f]{10,23})(?![\w-])/gu,
  secretGroup: [1, 2],
  validate: (s, ctx) => {
    if (ctx.match[2] !== undefined) return true;
    if (!hasCharClasses(s.slice(4), 3) || !looksRandom(s.slice(4), 3.5)) return false;
    return B2_CONTEXT.test(ctx.text.slice(Math.max(0, ctx.start - 300), Math.min(ctx.text.length, ctx.end + 300)));
  },
  publicPrefix: 4,
  envName: 'B2_APPLICATION_KEY',
  references: ['https://www.backblaze.com/docs/cloud-storage-application-keys', 'https://rclone.org/b2/'],
  examples: {
    positive: [
      `rclone copy "$OUT" b2:backups/$STAMP --b2-account 005${fake('{h22}', 100899)} --b2-key K005${fake('{a27}', 100900)}`,
      `export B2_APPLICATION_KEY_ID=004${fake('{h22}', 100901)}\nexport B2_APPLICATION_KEY=K004${fake('{a27}', 100902)}`,
    ],
    negative: [
      // a key-shaped string with no B2 name near it, a low-entropy one, and a placeholder id
      `checksum K005${fake('{a27}', 100903)} in the release notes`,
      `--b2-key K005${'a'.repeat(27)}`,
      'B2_APPLICATION_KEY_ID=<your-key-id>',
    ],
  },
});
