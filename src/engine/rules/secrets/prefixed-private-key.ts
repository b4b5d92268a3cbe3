import { defineRule, fake } from '../defineRule';
import { isKeyBody } from './_armoredKey';

/**
 * What precedes every line of a key that was quoted, commented out or logged: a mail reply's `>`
 * (nested too), a shell or YAML comment's `#`, an INI's `;`, SQL's `--`, a C block comment's `*`,
 * C's `//`, shell tracing's `+`, and the ISO-8601 timestamp a CI runner's log puts before each line.
 */
const PREFIX = String.raw`[ \t]{0,12}(?:(?:>[ \t]?){1,4}|#{1,2}[ \t]?|;{1,2}[ \t]?|--[ \t]?|\*[ \t]?|\/\/[ \t]?|\+[ \t]|\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(?:\.\d{1,9})?Z[ \t])[ \t]{0,12}`;

/** The same, anchored at a line's start, to strip it before the body is judged. */
const LINE_PREFIX = new RegExp(`^${PREFIX}`, 'u');

/** A key block whose lines all carry a prefix, for the examples. */
function sample(prefix: (i: number) => string, label: string, lines: number, seed: number): string {
  const body = Array.from({ length: lines }, (_, i) => fake('{b64}', seed * 100 + i));
  const all = [`-----BEGIN ${label}-----`, ...body, `${fake('{b20}', seed)}==`, `-----END ${label}-----`];
  return all.map((line, i) => prefix(i) + line).join('\n');
}

// A PEM or OpenSSH private key whose lines each carry a prefix, which pem-private-key's and
// openssh-private-key's blocks do not allow: a key quoted in a mail reply (`> `), commented out in
// a script or a YAML file (`# `), kept in a Javadoc or C block comment (` * `), or printed by a CI
// job (`cat key.pem` under `set -x`), whose downloaded log starts every line with a timestamp.
// Only a marker from the list above counts as a prefix, so an unprefixed block stays the other
// rules' and ordinary indentation changes nothing.
export default defineRule({
  id: 'prefixed-private-key',
  category: 'secret',
  description: 'PEM or OpenSSH private key block quoted, commented out or logged with a prefix on every line (>, #, *, CI timestamps)',
  keywords: ['private key'],
  pattern: new RegExp(
    String.raw`-----BEGIN (?<label>(?:RSA |EC |DSA |ENCRYPTED |OPENSSH )?PRIVATE KEY)-----(?:\r?\n${PREFIX}[A-Za-z][A-Za-z-]{1,30}: [^\r\n]{1,200}){0,8}(?:\r?\n${PREFIX}[A-Za-z0-9+/]{1,100}={0,2}){1,400}\r?\n${PREFIX}-----END \k<label>-----`,
    'gu',
  ),
  validate: (s) => {
    const lines = s.split(/\r?\n/u);
    const unprefixed = [lines[0] as string, ...lines.slice(1).map((line) => line.replace(LINE_PREFIX, ''))].join('\n');
    return isKeyBody(unprefixed, 60);
  },
  // The block is validated above; the shared filters would judge random words inside the base64.
  skipFilters: true,
  publicPrefix: 11,
  envName: 'PRIVATE_KEY',
  references: ['https://www.rfc-editor.org/rfc/rfc7468#section-10', 'https://www.rfc-editor.org/rfc/rfc3676#section-4.5'],
  examples: {
    positive: [
      // a CI job's downloaded log: a timestamp before every line
      sample((i) => `2024-03-18T15:58:34.${String(6000123 + i * 1000)}Z `, 'EC PRIVATE KEY', 3, 101376),
      // quoted in a reply
      `On Tue, the ops lead wrote:\n${sample(() => '> ', 'RSA PRIVATE KEY', 8, 101377)}\n> thanks`,
      // commented out in a YAML file
      `tls:\n  # old key, do not use\n${sample(() => '  # ', 'PRIVATE KEY', 6, 101378)}\n  key: \${TLS_KEY}`,
      // in a Javadoc comment
      `/**\n * Test key:\n${sample(() => ' * ', 'OPENSSH PRIVATE KEY', 5, 101379)}\n */`,
    ],
    negative: [
      // a public key and a certificate, quoted
      sample(() => '> ', 'PUBLIC KEY', 6, 101380),
      sample(() => '# ', 'CERTIFICATE', 6, 101381),
      // a placeholder body
      '> -----BEGIN RSA PRIVATE KEY-----\n> MIIEpAIBAAKCAQEA...\n> -----END RSA PRIVATE KEY-----',
      '# -----BEGIN PRIVATE KEY-----\n# XXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX\n# XXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX\n# -----END PRIVATE KEY-----',
      // the END line names another kind of key
      sample(() => '> ', 'RSA PRIVATE KEY', 4, 101382).replace('-----END RSA', '-----END EC'),
      // the lines stop at a blank line: not one block
      sample(() => '> ', 'RSA PRIVATE KEY', 6, 101383).replace(/\n> ([A-Za-z0-9+/]{64})\n/u, '\n>\n> $1\n'),
    ],
  },
});
