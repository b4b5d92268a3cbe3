import { defineRule, fake } from '../defineRule';
import { BODY, isKeyBody, SEP } from './_armoredKey';

/** An OpenSSH key block for the examples: the real magic, then 70-character lines of fake base64. */
function sampleKey(lines: number, seed: number, nl = '\n'): string {
  const body = Array.from({ length: lines }, (_, i) => (i === 0 ? 'b3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAABAAAAMwAAAAtzc2gtZW' : fake('{b70}', seed * 100 + i)));
  return `-----BEGIN OPENSSH PRIVATE KEY-----${nl}${body.join(nl)}${nl}-----END OPENSSH PRIVATE KEY-----`;
}

export default defineRule({
  id: 'openssh-private-key',
  category: 'secret',
  description: 'OpenSSH private key block (BEGIN OPENSSH PRIVATE KEY)',
  keywords: ['openssh private key'],
  // -----BEGIN OPENSSH PRIVATE KEY----- + base64 lines (the openssh-key-v1 structure)
  // + -----END OPENSSH PRIVATE KEY-----
  pattern: new RegExp(String.raw`-----BEGIN OPENSSH PRIVATE KEY-----(?:${SEP})?${BODY}(?:${SEP})?-----END OPENSSH PRIVATE KEY-----`, 'gu'),
  validate: (s) => isKeyBody(s, 100),
  // The block is validated above; the shared filters would judge random words inside the base64.
  skipFilters: true,
  publicPrefix: 11,
  envName: 'SSH_PRIVATE_KEY',
  references: ['https://github.com/openssh/openssh-portable/blob/master/PROTOCOL.key', 'https://man.openbsd.org/ssh-keygen.1'],
  examples: {
    positive: [
      sampleKey(6, 1),
      `deploy:\n  ssh_key: "${sampleKey(5, 2, '\\n')}"`,
      // wrapped at 70 columns, the padding alone on the last line
      `-----BEGIN OPENSSH PRIVATE KEY-----\n${fake('{b70}', 571)}\n${fake('{b70}', 572)}\n${fake('{b70}', 573)}\n==\n-----END OPENSSH PRIVATE KEY-----`,
    ],
    negative: [
      '-----BEGIN OPENSSH PRIVATE KEY-----\nb3BlbnNzaC1rZXktdjEAAAAA...\n-----END OPENSSH PRIVATE KEY-----',
      `ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI${fake('{b43}')} dev@laptop`,
      sampleKey(6, 3).replace('-----END OPENSSH PRIVATE KEY-----', ''),
      '-----BEGIN OPENSSH PRIVATE KEY-----\n<paste your key here>\n-----END OPENSSH PRIVATE KEY-----',
    ],
  },
});
