import { defineRule, fake } from '../defineRule';
import { isLiteralSecretValue, isRandomToken } from './_generic';

/** A protected profile's key material: a DPAPI blob in hex, not the passphrase. */
const DPAPI_BLOB = /^01000000D08C9DDF/iu;

// A Wi-Fi or IPsec pre-shared key: a Windows WLAN profile exported with `key=clear`
// (`<keyMaterial>…</keyMaterial>`), wpa_supplicant and NetworkManager (`psk="…"`, `psk=…`), hostapd
// (`wpa_passphrase=…`), nmcli (`wifi-sec.psk …`), MikroTik (`wpa2-pre-shared-key=…`), UniFi
// (`"x_passphrase": "…"`), Android's WifiConfigStore (`PreSharedKey`) and strongSwan's
// ipsec.secrets (`: PSK "…"`), and a quoted value under a YAML or JSON key naming one
// (`wifi_psk_depot: "…"`, Ansible's group_vars). WPA passphrases are 8 to 63 characters; a raw
// PSK is 64 hex digits.
export default defineRule({
  id: 'wifi-psk',
  category: 'secret',
  description: 'Wi-Fi (WPA) or IPsec pre-shared key in a network profile or configuration',
  generic: true,
  keywords: ['keymaterial', 'psk', 'wpa_passphrase', 'pre-shared-key', 'x_passphrase', 'presharedkey'],
  // Every match holds a keyword: an IPsec secrets line starts up to 120 characters before its `PSK`.
  window: { before: 130, after: 160 },
  pattern:
    /<keyMaterial>([^<\s][^<\r\n]{6,62}[^<\s])<\/keyMaterial>|(?<![\w.-])(?:psk|wpa_passphrase|wpa2?-pre-shared-key)[ \t]*=[ \t]*(?:"([^"\r\n]{8,63})"|([^\s"#]{8,64}))|"x_passphrase"[ \t]*:[ \t]*"([^"\r\n]{8,63})"|\bwifi-sec\.psk[ \t]+(?:"([^"\r\n]{8,63})"|'([^'\r\n]{8,63})'|([^\s"']{8,64}))|name="PreSharedKey">(?:&quot;|")([^&"<\r\n]{8,63})(?:&quot;|")<|(?:^|\n)[^\n#]{0,120}:[ \t]*PSK[ \t]+"([^"\r\n]{8,128})"|(?<![\w.-])(?:[A-Za-z][\w-]{0,30}_)?(?:wifi_psk|wpa_psk|wifi_passphrase|wpa_passphrase|psk)(?:_[\w-]{1,30})?["']?[ \t]*:[ \t]*(?:"([^"\r\n]{8,63})"|'([^'\r\n]{8,63})'|([^\s"'#]{16,64})(?=[ \t]*(?:#|\r?\n|$)))/gu,
  secretGroup: [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12],
  validate: (s, ctx) => {
    if (DPAPI_BLOB.test(s)) return false;
    // A bare value after `psk=` in a Wi-Fi configuration is a passphrase or 64 hex digits.
    const bare = ctx.match[3] !== undefined || ctx.match[7] !== undefined;
    // (An unquoted YAML value under a PSK's key must look random: `psk: from-vault` is a note.)
    if (ctx.match[12] !== undefined) return isLiteralSecretValue(s, false, 16) && isRandomToken(s, 16, 3.2);
    return isLiteralSecretValue(s, !bare, 8);
  },
  envName: 'WIFI_PSK',
  references: [
    'https://learn.microsoft.com/windows/win32/nativewifi/wlan-profileschema-keymaterial-sharedkey-element',
    'https://w1.fi/cgit/hostap/plain/wpa_supplicant/wpa_supplicant.conf',
    'https://docs.strongswan.org/docs/5.9/swanctl/swanctlConf.html',
  ],
  examples: {
    positive: [
      `wifi_psk_depot: "${fake('{a10}', 538)}%${fake('{a5}', 539)}"`,
      // a site-to-site VPN's key in a developer guide's YAML snippet, unquoted
      `ipsec:\n  peer: 203.0.113.7\n  psk: ${fake('{a32}', 101600)}`,
      `<sharedKey><keyType>passPhrase</keyType><protected>false</protected><keyMaterial>${fake('{a8}', 536)}-${fake('{a8}', 537)}-28</keyMaterial></sharedKey>`,
      `network={\n    ssid="Office-Staff"\n    psk="${fake('{a10}', 538)}!${fake('{a4}', 539)}"\n}`,
      `interface=wlan0\nssid=kiosk\nwpa=2\nwpa_passphrase=${fake('{a14}', 540)}`,
      `[wifi-security]\nkey-mgmt=wpa-psk\npsk=${fake('{a16}', 541)}`,
      `nmcli con modify office wifi-sec.key-mgmt wpa-psk wifi-sec.psk "${fake('{a12}', 542)}"`,
      `/interface wireless security-profiles add name=staff wpa2-pre-shared-key=${fake('{a18}', 543)}`,
      `  "x_passphrase": "${fake('{a12}', 544)}#${fake('{a3}', 545)}",`,
      `: PSK "${fake('{a24}', 546)}"`,
    ],
    negative: [
      // a note where the key would be, unquoted
      'vpn:\n  psk: stored-in-vault-see-runbook\n',
      '<protected>true</protected><keyMaterial>01000000D08C9DDF0115D1118C7A00C04FC297EB01000000A1B2C3D4E5F6</keyMaterial>',
      'psk="<your-passphrase>"',
      'wpa_passphrase=${WIFI_PASSWORD}',
      'The PSK must be 8 to 63 characters long.',
      'psk=changeme',
    ],
  },
});
