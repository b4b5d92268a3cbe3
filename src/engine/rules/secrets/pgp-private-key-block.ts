import { defineRule, fake } from '../defineRule';
import { BODY, HEADERS, isKeyBody, NL, SEP } from './_armoredKey';

/** An armored secret key for the examples: optional headers, a blank line, base64 lines, a CRC line. */
function sampleBlock(kind: 'PRIVATE' | 'PUBLIC', lines: number, seed: number, headers = ''): string {
  const body = Array.from({ length: lines }, (_, i) => fake('{b64}', seed * 100 + i));
  return `-----BEGIN PGP ${kind} KEY BLOCK-----\n${headers}\n${body.join('\n')}\n=${fake('{b4}', seed)}\n-----END PGP ${kind} KEY BLOCK-----`;
}

export default defineRule({
  id: 'pgp-private-key-block',
  category: 'secret',
  description: 'OpenPGP armored private (secret) key block',
  keywords: ['pgp private key block'],
  // -----BEGIN PGP PRIVATE KEY BLOCK----- + optional armor headers + blank line + base64 lines
  // + optional =CRC24 line + -----END PGP PRIVATE KEY BLOCK-----
  pattern: new RegExp(
    String.raw`-----BEGIN PGP PRIVATE KEY BLOCK-----${NL}${HEADERS}(?:${SEP})?${BODY}(?:${SEP})?(?:=[A-Za-z0-9+/]{4}(?:${SEP})?)?-----END PGP PRIVATE KEY BLOCK-----`,
    'gu',
  ),
  validate: (s) => isKeyBody(s, 100),
  // The block is validated above; the shared filters would judge random words inside the base64.
  skipFilters: true,
  publicPrefix: 11,
  envName: 'GPG_PRIVATE_KEY',
  references: ['https://www.rfc-editor.org/rfc/rfc9580#section-6.2', 'https://www.gnupg.org/documentation/manuals/gnupg/Operational-GPG-Commands.html'],
  examples: {
    positive: [
      sampleBlock('PRIVATE', 10, 1),
      `GPG_PRIVATE_KEY: |\n${sampleBlock('PRIVATE', 6, 2, 'Version: GnuPG v2\nComment: release signing key\n')}`,
    ],
    negative: [
      sampleBlock('PUBLIC', 10, 3),
      '-----BEGIN PGP PRIVATE KEY BLOCK-----\n\nlQOYBF...\n-----END PGP PRIVATE KEY BLOCK-----',
      '-----BEGIN PGP PRIVATE KEY BLOCK-----\n\n<your exported key>\n-----END PGP PRIVATE KEY BLOCK-----',
      sampleBlock('PRIVATE', 10, 4).replace('-----END PGP PRIVATE KEY BLOCK-----', ''),
    ],
  },
});
