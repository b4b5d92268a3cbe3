import { defineRule, fake } from '../defineRule';
import { EXAMPLE_DOMAIN_ADDRESSES, isPublicIpv4, isServerAddress, isThreatIndicator, isWebhookCaller, isMachineRequest, isFillerIpv4, toOctets } from './_ip';
import { isValueUnderTest } from './_context';

/** The eight 16-bit groups of an IPv6 address (an embedded IPv4 tail counts as two), or undefined. */
function toGroups(s: string): number[] | undefined {
  let text = s.toLowerCase();
  let tail: number[] = [];
  const v4 = /:(\d{1,3}(?:\.\d{1,3}){3})$/u.exec(text);
  if (v4 !== null) {
    const o = toOctets(v4[1] as string);
    if (o === undefined) return undefined;
    tail = [(o[0] << 8) | o[1], (o[2] << 8) | o[3]];
    text = text.slice(0, v4.index);
    if (text.endsWith(':')) text += ':';
  }
  const halves = text.split('::');
  if (halves.length > 2) return undefined;
  const parse = (h: string): number[] | undefined => {
    if (h === '') return [];
    const out: number[] = [];
    for (const g of h.split(':')) {
      if (!/^[0-9a-f]{1,4}$/u.test(g)) return undefined;
      out.push(parseInt(g, 16));
    }
    return out;
  };
  const head = parse(halves[0] as string);
  const rest = halves.length === 2 ? parse(halves[1] as string) : [];
  if (head === undefined || rest === undefined) return undefined;
  const given = head.length + rest.length + tail.length;
  if (halves.length === 1) return given === 8 ? [...head, ...tail] : undefined;
  if (given > 7) return undefined;
  return [...head, ...new Array<number>(8 - given).fill(0), ...rest, ...tail];
}

/** Public DNS resolvers (Google, Cloudflare, Quad9, OpenDNS), in expanded lower-case hex groups. */
const RESOLVERS = new Set(
  ['2001:4860:4860::8888', '2001:4860:4860::8844', '2606:4700:4700::1111', '2606:4700:4700::1001', '2620:fe::fe', '2620:fe::9', '2620:119:35::35', '2620:119:53::53'].map(
    (a) => (toGroups(a) as number[]).map((x) => x.toString(16)).join(':'),
  ),
);

/** True for global unicast (2000::/3) outside documentation, benchmarking and ORCHID blocks. */
function isPublicIpv6(g: readonly number[]): boolean {
  const [a = 0, b = 0, c = 0] = g;
  if (g.slice(0, 5).every((x) => x === 0) && g[5] === 0xffff) {
    const hi = g[6] as number;
    const lo = g[7] as number;
    const o: [number, number, number, number] = [hi >> 8, hi & 255, lo >> 8, lo & 255];
    return isPublicIpv4(o) && !isFillerIpv4(o);
  }
  if (a < 0x2000 || a > 0x3fff) return false;
  if (a === 0x2001 && b === 0x0db8) return false; // documentation
  if (a === 0x3fff && b < 0x1000) return false; // documentation (RFC 9637)
  if (a === 0x3ffe) return false; // former 6bone
  if (a === 0x2001 && b === 0x0002 && c === 0) return false; // benchmarking
  if (a === 0x2001 && b >= 0x0010 && b <= 0x002f) return false; // ORCHID
  return true;
}

// Global unicast addresses, 2000::/3 (first group 2xxx or 3xxx): eight groups, or fewer with one
// "::". IPv4-mapped addresses (::ffff:a.b.c.d) count when the IPv4 address is public. Loopback,
// link-local (fe80::/10), unique-local (fc00::/7), multicast and the documentation prefixes are not
// global unicast and never match; `::` alone, C++ `std::` and timestamps never parse.
export default defineRule({
  id: 'ipv6-public',
  category: 'pii',
  description: 'Public IPv6 address',
  // Addresses appear without a label; the pattern is anchored at the first ":".
  keywords: [],
  // NOTE: the match itself is the address's first ":" (V8 skips other positions fast); a lookbehind
  // steps back over the first group and a lookahead there captures the address as group 1.
  pattern:
    /:(?<=(?=((?:[23][0-9A-Fa-f]{3}(?::[0-9A-Fa-f]{0,4}){2,7}(?::\d{1,3}(?:\.\d{1,3}){3})?|::[fF]{4}:\d{1,3}(?:\.\d{1,3}){3}|(?:0{1,4}:){5}[fF]{4}:\d{1,3}(?:\.\d{1,3}){3})(?![\w:-])(?!\.\d)))(?<![\w:.-])(?:[23][0-9A-Fa-f]{3}|0{1,4})?:)/gu,
  secretGroup: 1,
  validate: (s, ctx) => {
    const g = toGroups(s);
    if (g === undefined || EXAMPLE_DOMAIN_ADDRESSES.has(s.toLowerCase()) || isServerAddress(ctx.text, ctx.start, ctx.end)) return false;
    if (RESOLVERS.has(g.map((x) => x.toString(16)).join(':'))) return false;
    // At least two non-empty groups besides the first in a compressed form: `2001::` is a prefix.
    if (s.includes('::') && s.split(/:+/u).filter((x) => x !== '').length < 3 && !s.includes('.')) return false;
    return isPublicIpv6(g) && !isThreatIndicator(ctx) && !isWebhookCaller(ctx) && !isMachineRequest(ctx) && !isValueUnderTest(ctx.text, ctx.start);
  },
  redactAs: 'ip',
  references: ['https://www.iana.org/assignments/iana-ipv6-special-registry/iana-ipv6-special-registry.xhtml'],
  examples: {
    positive: [
      `client 2a02:${fake('{h4}:{h4}', 221)}:1f00::${fake('{h3}', 222)} connected`,
      `"ip": "2607:f8b0:${fake('{h4}:{h4}:{h4}:{h4}:{h4}:{h4}', 223)}"`,
      `mapped ::ffff:${81 + 7}.${fake('{d2}', 224)}.12.9`,
    ],
    negative: [
      'Received: from AM0PR02MB5571.eurprd02.prod.outlook.com (2603:10a6:208:15a::21)',
      '        "serverIPAddress": "2606:4700:3030::6815:fdc8",',
      'loopback ::1 and link-local fe80::1c2b:3aff:fe4d:5e6f%eth0',
      'docs 2001:db8::8a2e:370:7334 and ula fd12:3456:789a::1',
      'std::vector<int> and a::b and ::',
      'taken 2023:10:05 14:22:01',
      'mapped ::ffff:192.168.1.20',
      // a test's filler address, mapped
      '        assert_eq(await res(("1.2.3.4", "http")), ("::ffff:1.2.3.4", 80))',
      "                'http://[::ffff:12.34.56.78]'",
      'resolvers 2001:4860:4860::8888 and 2606:4700:4700::1111',
      // RFC 2732's example, as URI parsers' tests copy it, and a validator's test value
      "t.equal(components.host, '::ffff:129.144.52.38', 'host')",
      `expect(cidrV6.safeParse("2a02:${fake('{h4}:{h4}', 100860)}::${fake('{h3}', 100861)}/112").success).toBe(true);`,
      // example.com's address, as documentation prints a lookup
      ' * // addresses: [{"address":"2606:2800:220:1:248:1893:25c8:1946","family":6}]',
      `IOC: C2 server 2a05:${fake('{h4}:{h4}', 225)}::${fake('{h3}', 226)} (ThreatFox)`,
    ],
  },
});
