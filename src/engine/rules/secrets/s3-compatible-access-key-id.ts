import { defineRule, fake, hasCharClasses } from '../defineRule';
import { looksRandom } from './_providerKit';
import { native } from '../../scan/nativeRegex';

/** AWS's own key id prefixes: aws-access-key-id reports those. */
const AWS_KEY_ID = /^(?:AKIA|ASIA|AGPA|AIDA|AROA|ANPA|ANVA|AIPA|ABIA|ACCA)/u;

/** The secret key's name, which makes the pair a credential. */
const SECRET_KEY_NAME = native(/secret[_-]?access[_-]?key|secretAccessKey|SECRET_ACCESS_KEY|secret[_-]?key\b/u);

/** How far apart the id and its secret key may be written. */
const PAIR_REACH = 400;

// The access key id of an S3-compatible store (Backblaze B2, DigitalOcean Spaces, Cloudflare R2,
// Wasabi, MinIO, Scaleway) written beside its secret key: an `~/.aws/credentials` profile for
// another endpoint, a Rails storage.yml, an rclone or boto3 configuration. As with AWS's own
// AKIA ids, the id names the key that the secret beside it unlocks; the secret is reported by
// the generic rules. Only with the secret key's name within 400 characters: an id alone (a
// bucket policy's principal, a log) authenticates nothing.
export default defineRule({
  id: 's3-compatible-access-key-id',
  category: 'secret',
  description: "Access key id of an S3-compatible store (B2, Spaces, R2, MinIO…) next to its secret key",
  severity: 'warning',
  keywords: ['access_key_id', 'accesskeyid', 'access-key-id'],
  // (The key's name may carry the store's prefix: `R2_ACCESS_KEY_ID`, `SPACES_ACCESS_KEY_ID`, `AWS_ACCESS_KEY_ID` for another endpoint.)
  pattern: /(?<![\w]|(?<!:)-)(?:[A-Za-z][A-Za-z0-9]{0,19}_)?(?:aws_access_key_id|access_key_id|accessKeyId|AccessKeyId|ACCESS_KEY_ID|access-key-id)["']?[ \t]{0,3}[:=][ \t]{0,3}["']?([A-Za-z0-9]{16,128})(?![A-Za-z0-9_/+=.-])/gu,
  secretGroup: 1,
  validate: (s, ctx) =>
    !AWS_KEY_ID.test(s) &&
    /\d/u.test(s) &&
    hasCharClasses(s, 2) &&
    looksRandom(s, 3.0) &&
    SECRET_KEY_NAME.test(ctx.text.slice(Math.max(0, ctx.start - PAIR_REACH), Math.min(ctx.text.length, ctx.end + PAIR_REACH))),
  envName: 'AWS_ACCESS_KEY_ID',
  references: ['https://www.backblaze.com/docs/cloud-storage-s3-compatible-api', 'https://docs.digitalocean.com/products/spaces/how-to/manage-access/'],
  examples: {
    positive: [
      `[backblaze]\naws_access_key_id = 005${fake('{h22}', 100891)}\naws_secret_access_key = K005${fake('{a27}', 100892)}\n`,
      `digitalocean:\n  service: S3\n  endpoint: https://sfo3.digitaloceanspaces.com\n  access_key_id: DO00${fake('{A16}', 100893)}\n  secret_access_key: ${fake('{a43}', 100894)}\n`,
      // a Cloudflare R2 key pair in an env file, the store's name before the key's
      `R2_ACCESS_KEY_ID=${fake('{h32}', 101767)}\nR2_SECRET_ACCESS_KEY=${fake('{h64}', 101768)}\n`,
    ],
    negative: [
      // AWS's own ids (aws-access-key-id's), an id without its secret, a placeholder
      `aws_access_key_id = AKIA${fake('{A16}', 100895)}\naws_secret_access_key = ${fake('{a40}', 100896)}`,
      `access_key_id: DO00${fake('{A16}', 100897)}\nbucket: uploads\n`,
      'aws_access_key_id = YOUR_ACCESS_KEY_ID\naws_secret_access_key = YOUR_SECRET_ACCESS_KEY',
    ],
  },
});
