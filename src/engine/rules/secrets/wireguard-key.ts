import { defineRule, fake } from '../defineRule';

/** A 32-byte key in base64: 42 characters, one whose last four bits are zero, then `=`. */
const KEY32 = '[A-Za-z0-9+/]{42}[AEIMQUYcgkosw048]=';

// A WireGuard interface's private key or a peer's pre-shared key in a wg-quick configuration
// (`PrivateKey = …`, `PresharedKey = …`) or a NetworkManager/systemd-networkd file
// (`PrivateKey=…`, `PresharedKey=…`). Both are 32 random bytes in base64; the public keys beside
// them (`PublicKey = …`) are not secrets.
export default defineRule({
  id: 'wireguard-key',
  category: 'secret',
  description: 'WireGuard private or pre-shared key (PrivateKey = / PresharedKey = in a wg-quick or networkd configuration)',
  keywords: ['privatekey', 'presharedkey', 'preshared-key', 'private-key'],
  pattern: new RegExp(`(?<![A-Za-z])(?:PrivateKey|PresharedKey|preshared-key|private-key)[ \\t]{0,4}[=:][ \\t]{0,4}["'\`]?(${KEY32})(?![A-Za-z0-9+/=])`, 'gu'),
  secretGroup: 1,
  validate: (s) => new Set(s).size > 12,
  envName: 'WG_PRIVATE_KEY',
  references: ['https://www.wireguard.com/quickstart/', 'https://man7.org/linux/man-pages/man8/wg.8.html'],
  examples: {
    positive: [
      `[Interface]\nAddress = 10.8.0.2/24\nPrivateKey = ${fake('{b42}', 451)}A=\n`,
      `[Peer]\nPublicKey = ${fake('{b42}', 452)}Q=\nPresharedKey = ${fake('{b42}', 453)}g=\nEndpoint = vpn.example.net:51820`,
      `- WireGuard peer for the DR site: PresharedKey = \`${fake('{b42}', 454)}0=\``,
    ],
    negative: [
      `[Peer]\nPublicKey = ${fake('{b42}', 455)}Q=\nAllowedIPs = 10.8.0.0/24`,
      'PrivateKey = <paste the output of wg genkey here>',
      'PrivateKey = AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=',
    ],
  },
});
