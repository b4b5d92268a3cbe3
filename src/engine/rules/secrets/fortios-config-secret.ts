import { defineRule, fake } from '../defineRule';
import { isLiteralSecretValue } from './_generic';

// A secret in clear text in a Fortinet FortiOS configuration (a `show full-configuration` or a
// baseline pasted into a ticket): an administrator's `set password`/`set passwd`, an IPsec
// tunnel's `set psksecret`, a Wi-Fi SSID's `set passphrase`, a REST API user's `set api-key`, a
// RADIUS or LDAP server's `set secret`/`set password`. FortiOS writes the secrets it has stored as
// `ENC <base64>`, encrypted with the device's key: those are not reported.
export default defineRule({
  id: 'fortios-config-secret',
  category: 'secret',
  description: 'Clear-text secret in a FortiOS configuration (set passwd, set psksecret, set passphrase, set api-key)',
  generic: true,
  keywords: ['set passwd', 'set password', 'set psksecret', 'set passphrase', 'set api-key', 'set secret', 'set sso-password', 'set auth-pwd'],
  window: { before: 16, after: 200 },
  pattern:
    /(?:^|\n)[ \t]{0,24}set[ \t]{1,3}(?:passwd|password|psksecret|passphrase|api-key|secret|sso-password|auth-pwd|ppk-secret)[ \t]{1,3}(?!ENC[ \t])(?:"([^"\r\n]{4,128})"|([^\s"]{4,128}))(?=[ \t]*\r?$|[ \t]*\r?\n)/gu,
  secretGroup: [1, 2],
  validate: (s, ctx) => isLiteralSecretValue(s, ctx.match[1] !== undefined, 4) && !/^(?:enable|disable)$/u.test(s),
  envName: 'FORTIOS_SECRET',
  references: ['https://docs.fortinet.com/document/fortigate/7.4.0/cli-reference/'],
  examples: {
    positive: [
      `config vpn ipsec phase1-interface\n    edit "to-hq"\n        set interface "wan1"\n        set psksecret ${fake('{a28}', 2121)}\n    next\nend\n`,
      `config system admin\n    edit "shipadmin"\n        set accprofile "super_admin"\n        set passwd ${fake('{a10}', 2122)}P2024\n    next\nend\n`,
      `config wireless-controller vap\n    edit "crew"\n        set ssid "CREW"\n        set passphrase "${fake('{a8}', 2123)}0393!"\n    next\n`,
    ],
    negative: [
      '        set psksecret ENC V3lxY2FuIHlvdSByZWFkIHRoaXM/IE5vIHNlY3JldHMgaGVyZQ==',
      '        set password ENC SH2nlSm9oQyR2tf4AhJv0abYNOm0d8=',
      '        set passphrase ${WIFI_PSK}',
    ],
  },
});
