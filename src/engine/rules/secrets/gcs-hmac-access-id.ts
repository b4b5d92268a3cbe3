import { defineRule, fake } from '../defineRule';
import { isSequentialOrRepetitive } from '../../scan/filters';

// A Google Cloud Storage HMAC key's access ID: `GOOG1` and 56 upper-case letters and digits (61 in
// all) for a service account's key. It names the key the way an AWS access key ID does, and sits
// beside its secret in the same `.env` or boto/rclone file (S3-compatible clients take the pair).
export default defineRule({
  id: 'gcs-hmac-access-id',
  category: 'secret',
  description: 'Google Cloud Storage HMAC key access ID (GOOG1…, 61 characters)',
  keywords: ['goog1'],
  pattern: /(?<![A-Za-z0-9])GOOG1[A-Z0-9]{56}(?![A-Za-z0-9])/gu,
  validate: (s) => isSequentialOrRepetitive(s.slice(5)) === undefined,
  publicPrefix: 5,
  envName: 'GCS_HMAC_ACCESS_ID',
  references: ['https://cloud.google.com/storage/docs/authentication/hmackeys'],
  examples: {
    positive: [`GCS_HMAC_ACCESS_ID=GOOG1E${fake('{u55}', 101552)}`, `[gcs]\naws_access_key_id = GOOG1E${fake('{u55}', 101553)}`],
    negative: ['GCS_HMAC_ACCESS_ID=GOOG1EXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX', 'GOOG1E… (61 characters)'],
  },
});
