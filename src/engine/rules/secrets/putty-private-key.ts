import { defineRule, fake, shannonEntropy } from '../defineRule';
import { NL } from './_armoredKey';

/** One base64 line of the key, never the start of the `Private-MAC:` line that follows. */
const LINE = String.raw`(?!Private-)[A-Za-z0-9+/]{1,200}={0,2}(?![A-Za-z0-9+/=:-])`;

/** A .ppk file for the examples. */
function samplePpk(version: 2 | 3, privateLines: number, seed: number): string {
  const pub = Array.from({ length: 6 }, (_, i) => fake('{b64}', seed * 100 + i));
  const priv = Array.from({ length: privateLines }, (_, i) => fake('{b64}', seed * 100 + 50 + i));
  return [
    `PuTTY-User-Key-File-${version}: ssh-rsa`,
    'Encryption: none',
    'Comment: rsa-key-20240501',
    `Public-Lines: ${pub.length}`,
    ...pub,
    `Private-Lines: ${priv.length}`,
    ...priv,
    `Private-MAC: ${fake(version === 3 ? '{h64}' : '{h40}', seed)}`,
  ].join('\n');
}

export default defineRule({
  id: 'putty-private-key',
  category: 'secret',
  description: 'PuTTY private key file (PuTTY-User-Key-File-2/3 with Private-Lines)',
  keywords: ['putty-user-key-file-'],
  // PuTTY-User-Key-File-<2|3>: <algorithm> + header and public lines + Private-Lines: <n>
  // + base64 lines + optional Private-MAC/Private-Hash line
  pattern: new RegExp(
    String.raw`PuTTY-User-Key-File-[23]: [\w@.-]{1,60}${NL}(?:[^\r\n\\]{1,200}${NL}){2,80}?Private-Lines: \d{1,3}${NL}(?<body>${LINE}(?:${NL}${LINE}){0,200})(?:${NL}Private-(?:MAC|Hash): [0-9a-fA-F]{20,128})?`,
    'gu',
  ),
  validate: (_s, ctx) => {
    const body = (ctx.match.groups?.body ?? '').replace(/[^A-Za-z0-9+/]/gu, '');
    return body.length >= 40 && shannonEntropy(body) >= 4;
  },
  // The block is validated above; the shared filters would judge random words inside the base64.
  skipFilters: true,
  envName: 'PUTTY_PRIVATE_KEY',
  references: ['https://the.earth.li/~sgtatham/putty/0.81/htmldoc/AppendixC.html'],
  examples: {
    positive: [samplePpk(2, 14, 1), samplePpk(3, 8, 2)],
    negative: [
      'PuTTY-User-Key-File-3: ssh-ed25519\nEncryption: none\nComment: key\nPublic-Lines: 2\nAAAAC3NzaC1lZDI1NTE5\nAAAAIG...\nPrivate-Lines: 1\n<redacted>',
      samplePpk(2, 14, 3).replace(/Private-Lines[\s\S]*$/u, ''),
      'PuTTY-User-Key-File-2: ssh-rsa\nEncryption: none\nComment: x\nPublic-Lines: 1\nAAAA\nPrivate-Lines: 2\nAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA\nAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA',
    ],
  },
});
