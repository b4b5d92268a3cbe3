import { defineRule, fake } from '../defineRule';
import { isLiteralSecretValue } from './_generic';

// A Wi-Fi passphrase as IT notes, onboarding checklists and chats write it, beside the network's
// name rather than in a configuration file (those are wifi-psk's): a line that starts with the
// network and ends with its passphrase (`SSID Office-Staff ....... <passphrase>`, `- WiFi: Guest /
// <passphrase>`, `- Wi-Fi \`Guest\`: \`<passphrase>\``), a network in brackets before it (`(SSID
// \`ZK-IT\`): \`<passphrase>\``), or a table cell's `WPA2-PSK \`<passphrase>\``. The passphrase is
// group 1 or 2 (a code span or bare), 3 or 4. (Apart from wifi-psk, whose configuration formats it
// would slow: each group more costs every match.)
export default defineRule({
  id: 'wifi-note-passphrase',
  category: 'secret',
  description: "Wi-Fi passphrase beside its network's name in notes, checklists and chats (SSID … <passphrase>, WPA2-PSK `…`)",
  generic: true,
  keywords: ['ssid', 'wifi', 'wi-fi', 'wlan', 'wpa-psk', 'wpa2-psk', 'wpa3-psk'],
  window: { before: 40, after: 160 },
  pattern:
    /(?:^|\n)[ \t]*(?:[-*•][ \t]*)?(?:SSID|Wi-?Fi|WLAN)[ \t]*:?[ \t]+(?:"[^\s"/:]{1,32}"|`[^\s`/:]{1,32}`|[^\s"`/:]{1,32})[ \t]*(?:\.{3,}|\/|\||=|:|(?:pw|pass(?:word)?|key|psk|PW|Pass(?:word)?|Key|PSK)[ \t]*:)[ \t]*(?:`([^\s`]{8,63})`|([^\s"`]{8,63}))(?=[ \t]*(?:\(|$|\r?\n))|\(SSID[ \t]+`[^\s`]{1,32}`\)[ \t]*:[ \t]*`([^\s`]{8,63})`|\bWPA[23]?-PSK[ \t]+`([^\s`]{8,63})`/gu,
  secretGroup: [1, 2, 3, 4],
  validate: (s, ctx) => isLiteralSecretValue(s, ctx.match[2] === undefined, 8),
  envName: 'WIFI_PSK',
  references: ['https://w1.fi/cgit/hostap/plain/wpa_supplicant/wpa_supplicant.conf'],
  examples: {
    positive: [
      `== SITE 2 ==\nSSID Corp-Staff ........ ${fake('{a7}', 4120)}@${fake('{d2}', 4121)}!      (WPA2 fallback)\n`,
      `- WiFi: Guest-5G / ${fake('{a6}', 4122)}-${fake('{d4}', 4123)}`,
      `- Wi-Fi \`Office-Guest\`: \`${fake('{a9}', 4202)}${fake('{d2}', 4203)}!\` (rotated quarterly)`,
      `Sieć Wi-Fi w biurze (SSID \`ZK-IT\`): \`${fake('{a8}', 4204)}!${fake('{d3}', 4205)}\``,
      `| Devices | WPA2-PSK \`iot-${fake('{l12}', 4206)}\` | 300 | printers |`,
    ],
    negative: [
      'SSID Corp-Staff ........ 802.1X (WPA2-Enterprise, no PSK)',
      'WiFi: Guest / ask at reception',
      '| Staff | WPA2-Enterprise (802.1X, RADIUS) | 100 | laptops |',
      'SSID Guest ........ ${GUEST_WIFI_PASSWORD}',
    ],
  },
});
