import { native } from '../../scan/nativeRegex';
import { defineRule, fake } from '../defineRule';
import { isSequentialOrRepetitive } from '../../scan/filters';
import { matchLine } from './_context';
import { isDeviceRecord } from './_devices';

/** OUI blocks that only appear in documentation (RFC 7042) or as obvious fillers. */
// (And 00:1A:2B, the start of the made-up 00:1A:2B:3C:4D:5E, which writers of samples continue as they like;
// IANA's own block with the local bit set, 02:00:5E, whose 02-00-5E-10 values RFC 7042 sets aside for documentation.)
const DOC_PREFIXES = ['00005e0053', '0000000000', 'ffffffffff', '0123456789', '123456789a', '010203', 'aabbccddee', 'deadbeef', 'abcdef', '001a2b', '02005e'];

/**
 * Virtual network cards, which name a container or a VM, not anyone's device: Docker's bridge
 * (02:42), VMware (00:50:56, 00:0c:29, 00:05:69), VirtualBox (08:00:27), QEMU/KVM (52:54:00),
 * Hyper-V (00:15:5d), Xen (00:16:3e), Parallels (00:1c:42).
 */
const VIRTUAL_PREFIXES = ['0242', '005056', '000c29', '000569', '080027', '525400', '00155d', '00163e', '001c42'];

/**
 * Group (multicast) addresses in use: IPv4 and IPv6 multicast (01:00:5e, 33:33), IEEE 802.1 bridge
 * protocols such as STP and LLDP (01:80:c2), Cisco's CDP and VTP (01:00:0c), PTP (01:1b:19), and
 * broadcast. Decision: not every address with the group bit. A Bluetooth LE device address has no
 * group bit, and half of them set it: a glucose meter's `addr=C9:FD:…` names a patient's device.
 */
const GROUP_PREFIXES = ['01005e', '3333', '0180c2', '01000c', '011b19', 'ffffffffffff'];

// Six octets as two hex digits joined by ":" or "-" (one kind throughout), or Cisco's three dotted
// groups of four. Not part of a longer colon/dash chain (fingerprints, EUI-64, IPv6). Group
// (multicast) addresses in use, broadcast and all-zero are dropped, as are documentation and filler values.
// A DHCP client id (`01:` for Ethernet, then the address, as in dnsmasq leases) holds a MAC address too.
/** A shared device's host name right after the address, in parentheses or as the next word: `(HQ-PRN-014)`, `hostname=lobby-ap-2`. */
const SHARED_DEVICE_AFTER =
  /^[ \t]{0,3}(?:\(|(?:host(?:name)?|name)[ \t]*[=:][ \t]*["']?)(?:[\w.]{1,20}[-_.])?(?:prn|prt|printer|mfp|copier|plotter|ap|wap|sw|switch|cam|ipcam|nvr|ups|pdu|kiosk)(?:[-_.]?\d{0,4}(?:[-_.][\w.-]{0,20})?)?(?:\)|["']?(?:\s|$))/iu;

export default defineRule({
  id: 'mac-address',
  category: 'pii',
  description: 'MAC address (hardware address)',
  // MAC addresses appear without a label; the pattern starts at a ":", "-" or "." separator.
  keywords: [],
  // (After a DHCP client id's hardware type `01:`, or a DHCPv6 DUID-LL's `00:03:00:01:`, the rest is the MAC.)
  // NOTE: the match is the first separator (selective); a lookbehind steps back over the first group
  // and a lookahead inside it captures the whole address as group 1, the reported value.
  pattern:
    /[:.-](?<=(?=((?:[0-9A-Fa-f]{2}([:-])[0-9A-Fa-f]{2}(?:\2[0-9A-Fa-f]{2}){4}|[0-9A-Fa-f]{4}\.[0-9A-Fa-f]{4}\.[0-9A-Fa-f]{4})(?![\w:-])(?!\.[0-9A-Fa-f])))(?:(?<![\w:.-])|(?<=(?<![\w:.-])01[:-])|(?<=(?<![\w:.-])00[:-]03[:-]00[:-]01[:-]))[0-9A-Fa-f]{2,4}[:.-])/gu,
  secretGroup: 1,
  validate: (s, ctx) => {
    const hex = s.replace(/[:.-]/gu, '').toLowerCase();
    // A shared device's lease or inventory line: the host name after the address names a printer,
    // an access point, a switch or a camera (`… to <mac> (HQ-PRN-014)`), no one's own device.
    if (native(SHARED_DEVICE_AFTER).test(ctx.text.slice(ctx.end, ctx.end + 60))) return false;
    // A host of an Ansible inventory (`db-03 ansible_host=10.0.3.14 pxe_mac=…`): a server's card.
    if (/(?<![\w-])ansible(?:_ssh)?_host=/u.test(matchLine(ctx, 160))) return false;
    // An access point's radio (`bssid=…`, `ap_mac:`): the network's, not a visitor's device.
    if (/(?:bssid|ap[_-]?mac)["']?[ \t]*[=:][ \t]*["']?$/iu.test(ctx.text.slice(Math.max(0, ctx.start - 16), ctx.start))) return false;
    // A tracker's or a modem's own radio in a device inventory or log (firmware, IMEI and ICCID beside it, no person): see isDeviceRecord.
    if (isDeviceRecord(ctx, 'mac')) return false;
    if (s.includes('.') && !/[a-f]/u.test(hex)) return false; // 1234.5678.9012 is a number
    // A Unicode collation element's weights (`[*1C4A.0020.0002]` in allkeys.txt and its tailorings), not Cisco's form.
    if (s.includes('.') && ctx.text.charAt(ctx.start - 1) === '*' && ctx.text.charAt(ctx.start - 2) === '[') return false;
    if (GROUP_PREFIXES.some((p) => hex.startsWith(p))) return false;
    if (DOC_PREFIXES.some((p) => hex.startsWith(p)) || VIRTUAL_PREFIXES.some((p) => hex.startsWith(p))) return false;
    if (isSequentialOrRepetitive(hex) !== undefined) return false;
    // Made-up examples step evenly through the octets: 00:11:22:33:44:55, 10:20:30:40:50:60, 00:1A:2B:3C:4D:5E.
    const octets = [0, 2, 4, 6, 8, 10].map((i) => parseInt(hex.slice(i, i + 2), 16));
    const steps = octets.slice(1).map((o, i) => o - (octets[i] as number));
    return steps.slice(1).some((d) => d !== steps[1]);
  },
  redactAs: 'mac',
  references: ['https://standards.ieee.org/products-programs/regauth/', 'https://www.rfc-editor.org/rfc/rfc7042#section-2.1.2'],
  examples: {
    positive: [`ether 3c:22:fb:${fake('{h2}:{h2}:{h2}', 231)}`, `"mac": "F4-5C-89-${fake('{H2}-{H2}-{H2}', 232)}"`, `Gi0/1 a4b2.${fake('{h4}.{h4}', 233)}`,
      `1718000000 192.168.50.22 host-a 01:ac:de:48:${fake('{h2}:{h2}:{h2}', 234)} *`,
      `kuravia-ble[812]: GATT read 0x2A35 from C9:FD:${fake('{H2}:{H2}:{H2}:{H2}', 235)} ok (15 bytes)`,
      // a BNG's DHCPv6 log: the client's DUID-LL ends in its MAC
      'May 14 08:14:43 bng-01 jdhcpd[3301]: DH6_PD_BIND: client duid 00:03:00:01:70:4f:57:12:ab:6c prefix 2a02:a000:1234:5600::/56',
    ],
    negative: [
      // a tracker batch's row: the unit's Bluetooth radio beside its IMEI, its SIM and its firmware
      `serial;imei;iccid;model;firmware;mac_bt;status\n1172300001;${fake('{d15}', 101938)};${fake('8949{d15}', 101939)};FMB920;03.27.14.Rev.00;${fake('{H2}:{H2}:{H2}:{H2}:{H2}:{H2}', 101940)};provisioned\n`,
      // a server's card in an Ansible inventory
      `db-03 ansible_host=10.0.3.14 pxe_mac=3c:ec:ef:${fake('{h2}:{h2}:{h2}', 101061)} role=replica`,
      // a collation table's line: weights, not an address
      '05D0  ; [*1C4A.0020.0002] # HEBREW LETTER',
      // a captive portal's access point, and a sample's made-up address continued
      `2024-06-01 10:01:12 INFO  ap: AP-0142-03 online bssid=a4:3b:46:${fake('{h2}:{h2}:{h2}', 101339)} canal=36`,
      '  - { serial: "LIOV2-0001", mac: "00:1A:2B:7C:81:04", loja: "0142" }',
      '      "mac": "02:00:5e:10:01:07",',
      'ether 00:00:00:00:00:00 brd ff:ff:ff:ff:ff:ff',
      'multicast 01:00:5e:00:00:fb',
      'lldp 01:80:c2:00:00:0e, ipv6 33:33:00:00:00:fb',
      'at 12:34:56 and 2024-01-02 10:20:30',
      'fingerprint 43:51:43:a1:b5:fc:8b:b7:0a:3a:a9:b1:0f:66:73:a8',
      'docs 00:00:5e:00:53:2a and 01:23:45:67:89:ab',
      'container eth0 02:42:ac:11:00:02, vm nic 08:00:27:3d:9f:1a',
      'chain 7f:01:ac:de:48:3b:71:c2 and duid 00:01:00:01:2c:1f:ac:de:48:3b:71:c2',
      'examples 00:11:22:33:44:55, 10:20:30:40:50:60 and 00:1A:2B:3C:4D:5E',
      "mac: '01:02:03:0a:0b:0c',",
      // a printer's DHCP lease, an access point's
      `srv-dhcp dhcpd[2290]: DHCPACK on 10.4.2.16 to 3c:22:fb:${fake('{h2}:{h2}:{h2}', 236)} (HQ-PRN-014) via vlan20`,
      `lease 10.4.9.3 3c:22:fb:${fake('{h2}:{h2}:{h2}', 237)} hostname=lobby-ap-2`,
    ],
  },
});
