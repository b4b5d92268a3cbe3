import { defineRule, fake } from '../defineRule';

// MinIO's own secrets: the access and secret key given to `mc alias set <name> <url> <access>
// <secret>` (or the older `mc config host add`), and the KMS master key MINIO_KMS_SECRET_KEY
// (`<key-name>:<32 bytes in base64>`), which decrypts every object the server encrypted.
export default defineRule({
  id: 'minio-credentials',
  category: 'secret',
  description: 'MinIO credentials: mc alias set … <access key> <secret key>, MINIO_KMS_SECRET_KEY',
  keywords: ['mc alias', 'mc config host', 'minio_kms_secret_key'],
  window: { before: 16, after: 400 },
  pattern:
    /\bmc[ \t]{1,3}(?:alias[ \t]{1,3}set|config[ \t]{1,3}host[ \t]{1,3}add)[ \t]{1,3}[\w.-]{1,64}[ \t]{1,3}["']?https?:\/\/[^\s"']{1,200}["']?[ \t]{1,3}["']?([A-Za-z0-9._+/=-]{3,128})["']?[ \t]{1,3}["']?([A-Za-z0-9._+/=-]{8,128})(?![^\s"'])|\bMINIO_KMS_SECRET_KEY["']?[ \t]{0,3}[:=][ \t]{0,3}["']?[\w.-]{1,64}:([A-Za-z0-9+/]{43}=)/gu,
  secretGroup: [2, 3],
  validate: (s) => !/^\$|^<|^\{\{/u.test(s) && new Set(s).size >= 8,
  envName: 'MINIO_SECRET_KEY',
  references: ['https://min.io/docs/minio/linux/reference/minio-mc/mc-alias-set.html', 'https://min.io/docs/minio/linux/reference/minio-server/settings/kes.html'],
  examples: {
    positive: [
      `mc alias set lab https://s3.lab.example.org ${fake('{A20}', 541)} ${fake('{a40}', 542)}`,
      `MINIO_KMS_SECRET_KEY=lab-kms:${fake('{b42}', 543)}0=`,
    ],
    negative: ['mc alias set lab https://s3.lab.example.org $MINIO_ACCESS $MINIO_SECRET', 'mc alias set local http://localhost:9000 minioadmin <secret-key>', 'mc alias list'],
  },
});
