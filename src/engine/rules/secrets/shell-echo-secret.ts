import { native } from '../../scan/nativeRegex';
import { defineRule, fake } from '../defineRule';
import { isLiteralSecretValue } from './_generic';

/** A file that holds a secret by its name: a private key, a vault or password file, a token, a .netrc. */
const SECRET_FILE = /(?:private[._-]?key|\.key$|privkey|vault[._-]?pass|passw(?:or)?d|passphrase|secret|token|credential|\.pgpass$|\.netrc$|\.htpasswd$|api[._-]?key)/iu;

// A secret typed into a shell and kept in its history: echoed into a file that holds one
// (`echo '<password>' > ~/.vault_pass`, `echo "<key>" | sudo tee /etc/wireguard/private.key`), or
// a user and password echoed into base64 to build a Basic header (`echo -n 'user:<password>' |
// base64`). The value is group 2 (into a file) or 4 (the password for base64).
export default defineRule({
  id: 'shell-echo-secret',
  category: 'secret',
  description: 'Secret echoed into a key, password or token file, or a user:password echoed into base64, in a shell command or history',
  generic: true,
  keywords: ['echo '],
  window: { before: 0, after: 420 },
  pattern:
    /\becho[ \t]+(?:-[neE]{1,3}[ \t]+)?(["']?)([^\s"'|;&<>$`\\]{8,200})\1[ \t]*(?:\|[ \t]*(?:sudo[ \t]+)?tee(?:[ \t]+-a)?[ \t]+|>>?[ \t]*)["']?([^\s|;&"']{1,200})|\becho[ \t]+(?:-[neE]{1,3}[ \t]+)?(["'])[^\s"':$]{1,64}:([^\s"'$`]{6,128})\4[ \t]*\|[ \t]*(?:base64|openssl[ \t]+(?:base64|enc[ \t]+-base64|enc[ \t]+-a))\b/gu,
  secretGroup: [2, 5],
  validate: (s, ctx) => {
    const intoFile = ctx.match[3];
    if (intoFile !== undefined && !native(SECRET_FILE).test(intoFile)) return false;
    return isLiteralSecretValue(s, intoFile === undefined || ctx.match[1] !== '', 6);
  },
  envName: 'SECRET',
  references: ['https://cwe.mitre.org/data/definitions/214.html', 'https://www.wireguard.com/quickstart/'],
  examples: {
    positive: [
      `echo "${fake('{b43}', 4162)}=" | sudo tee /etc/wireguard/private.key`,
      `echo '${fake('{a20}', 4163)}' > ~/.config/deploy/.vault_pass`,
      `: 1718906607:40;echo -n 'svc-deploy:${fake('{a16}', 4164)}' | base64`,
    ],
    negative: [
      'echo "$WG_PRIVATE_KEY" | sudo tee /etc/wireguard/private.key',
      `echo '${fake('{a20}', 4165)}' > /tmp/build-id.txt`,
      "echo -n 'user:password' | base64",
      'wg genkey | tee privatekey | wg pubkey > publickey',
    ],
  },
});
