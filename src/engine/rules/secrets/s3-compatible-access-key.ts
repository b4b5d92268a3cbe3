import { defineRule, fake } from '../defineRule';
import { keyPrefix, prefixedValue } from './_keyedValue';

// The access key id of an S3-compatible store (MinIO, Ceph RGW, Wasabi, Backblaze's S3 API,
// Scaleway…): 20 upper-case letters and digits under an access-key-id name. A generic rule, so a
// value of AWS's own format (AKIA…, ASIA…) is left to aws-access-key-id. Half of a key pair: with
// the secret beside it, it opens the bucket; alone it names the account. Reported as a secret like
// AWS's key id.
export default defineRule({
  id: 's3-compatible-access-key',
  category: 'secret',
  description: 'Access key id of an S3-compatible store (20 upper-case characters under an access key id name, not AWS-prefixed)',
  generic: true,
  keywords: ['access_key', 'access-key', 'accesskey', 'access_key_id', 'accesskeyid'],
  pattern: prefixedValue([keyPrefix(String.raw`(?:aws|s3|minio|ceph|rgw|wasabi|b2|spaces|storage|object[_-]?store)?[_.-]?access[_.-]?key(?:[_.-]?id)?`)], '[A-Z0-9]{20}'),
  window: { before: 64, after: 120 },
  secretGroup: 1,
  // (The pattern is case-insensitive for its key names; the id itself must be upper case.)
  validate: (s) => /^[A-Z0-9]{20}$/u.test(s) && !/^(?:AGPA|AIDA|AROA|AIPA|ANPA|ANVA|APKA)/u.test(s) && /[A-Z]/u.test(s) && /\d/u.test(s) && new Set(s).size >= 10 && !s.includes('EXAMPLE'),
  envName: 'S3_ACCESS_KEY_ID',
  references: ['https://min.io/docs/minio/linux/administration/identity-access-management/minio-user-management.html', 'https://docs.ceph.com/en/latest/radosgw/s3/authentication/'],
  examples: {
    positive: [
      `[lab-minio]\naws_access_key_id = ${fake('{A10}', 511)}${fake('{d2}', 512)}${fake('{A8}', 513)}\n`,
      `export AWS_ACCESS_KEY_ID='Q${fake('{d3}', 514)}${fake('{A16}', 515)}'`,
      `    "AmazonS3AccessKeyId": "${fake('{A6}', 516)}7${fake('{A6}', 517)}4${fake('{A6}', 518)}",`,
    ],
    negative: [
      'aws_access_key_id = AKIAIOSFODNN7EXAMPLE',
      'access_key_id = YOUR_ACCESS_KEY_ID_HERE',
      'ACCESS_KEY_ID=ABCDEFGHIJKLMNOPQRST',
      `accessKeyId: '${fake('{a20}', 519)}'`,
    ],
  },
});
