import { defineRule, fake } from '../defineRule';
import { BODY, HEADERS, isKeyBody, SEP } from './_armoredKey';

/** A PEM block for the examples: 64-character lines of fake base64. */
function samplePem(label: string, lines: number, seed: number, nl = '\n', headers = ''): string {
  const body = Array.from({ length: lines }, (_, i) => fake('{b64}', seed * 100 + i));
  return `-----BEGIN ${label}-----${nl}${headers}${body.join(nl)}${nl}${fake('{b20}', seed)}==${nl}-----END ${label}-----`;
}

export default defineRule({
  id: 'pem-private-key',
  category: 'secret',
  description: 'PEM private key block (PKCS#1 RSA, SEC1 EC, DSA, PKCS#8 and encrypted PKCS#8)',
  keywords: ['private key'],
  // -----BEGIN [RSA |EC |DSA |ENCRYPTED ]PRIVATE KEY----- + optional Proc-Type/DEK-Info headers
  // + base64 lines (real or \n-escaped line breaks, indentation, or squashed onto one line)
  // + -----END <same label>-----
  pattern: new RegExp(
    String.raw`-----BEGIN (?<label>(?:RSA |EC |DSA |ENCRYPTED )?PRIVATE KEY)-----(?:${SEP})?${HEADERS}(?:${SEP})?${BODY}(?:${SEP})?-----END \k<label>-----`,
    'gu',
  ),
  validate: (s) => isKeyBody(s, 60),
  // The block is validated above; the shared filters would judge random words inside the base64.
  skipFilters: true,
  publicPrefix: 11,
  envName: 'PRIVATE_KEY',
  references: ['https://www.rfc-editor.org/rfc/rfc7468#section-10', 'https://www.rfc-editor.org/rfc/rfc7468#section-11'],
  examples: {
    positive: [
      samplePem('RSA PRIVATE KEY', 12, 1),
      `{"type": "service_account", "private_key": "${samplePem('PRIVATE KEY', 8, 2, '\\n')}\\n", "client_email": "ci@acme.iam.gserviceaccount.com"}`,
      `tls:\n  key: |\n    ${samplePem('EC PRIVATE KEY', 3, 3, '\n    ')}`,
      // a notebook's cell that holds the service account's JSON in a Python dict: the line breaks escaped twice
      `    "    \\"private_key\\": \\"${samplePem('PRIVATE KEY', 6, 8, '\\\\n')}\\\\n\\",\\n",\n`,
    ],
    negative: [
      samplePem('PUBLIC KEY', 6, 4),
      samplePem('CERTIFICATE', 12, 5),
      '-----BEGIN RSA PRIVATE KEY-----\nMIIEpAIBAAKCAQEA...\n-----END RSA PRIVATE KEY-----',
      '-----BEGIN PRIVATE KEY-----\n<your private key here>\n-----END PRIVATE KEY-----',
      `${samplePem('RSA PRIVATE KEY', 4, 6).replace('-----END RSA', '-----END EC')}`,
      '-----BEGIN RSA PRIVATE KEY-----\nXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX\nXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX\n-----END RSA PRIVATE KEY-----',
      samplePem('OPENSSH PRIVATE KEY', 6, 7),
    ],
  },
});
