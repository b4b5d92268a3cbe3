import { defineRule, fake } from '../defineRule';
import { hasContext, isValueUnderTest, lineStartNear, matchLine } from './_context';
import { EXAMPLE_DOMAIN_ADDRESSES, WELL_KNOWN_RESOLVERS, isCdnEdgeAddress, isCloudAddress, isCrawlerAddress, isPublicIpv4, isWebhookSenderAddress, isServerAddress, isThreatIndicator, isWebhookCaller, isMachineRequest, isFillerIpv4, toOctets } from './_ip';
import { native } from '../../scan/nativeRegex';

/** Words before a dotted quad that make it a version, build or section number. */
const VERSION_CONTEXT =
  /(?:version|(?<![a-z])ver(?![a-z])|(?<![a-z])v ?$|release|build|firmware|assembly|file ?version|product ?version|(?<![a-z])sdk|runtime|kernel|(?<![a-z])oid(?![a-z])|snmp|(?<![a-z])mib(?![a-z])|§|section|(?<![a-z])sec\.|chapter|clause|paragraph|appendix|annex|step)[^\n]{0,16}$/u;

/**
 * X.500 and PKIX object identifiers with four arcs, which read as addresses: attribute types
 * (2.5.4.x), certificate extensions (2.5.29.x), and the OIW and SNMP roots.
 */
const OID_ARCS = /^(?:2\.5\.(?:4|6|8|29)\.\d+|1\.3\.(?:14|101)\.\d+|1\.3\.6\.1)$/u;

/** Where a specification's section number stands: right after a comment's marker, a `#` or a link's `[`. */
const SPEC_NUMBER_BEFORE = /(?:\/\/|#|\[)[ \t]{0,2}$/u;

const STANDARD_BEFORE = native(/(?:C\+\+\d\d|JLS|JVMS|@jls|@jvms|ISO|IEC|IEEE|RFC|802\.\d{1,2}(?:-\d{4})?|Ecma|ECMA|[Ss]pecification|[Ss]tandard|[Ss]ection|[Ss]ec\.|§|[Pp]art|[Cc]lause|[Cc]hapter|\d{4,5}:)[^\n]{0,12}$/u);

/** A spec's section number in a comment heading: `// 19.2.3.1 Array.prototype.map`. */
const SECTION_HEADING_BEFORE = /(?:^|\n)[ \t]*(?:\/\/|#|\*|--)[ \t]*$/u;

function sample(seed: number): string {
  const o = fake('{d3}', seed);
  return `${81 + (Number(o) % 40)}.${Number(fake('{d3}', seed + 1)) % 250 + 3}.${Number(fake('{d3}', seed + 2)) % 250 + 3}.${Number(fake('{d3}', seed + 3)) % 250 + 3}`;
}

// Four decimal octets (0-255, no leading zeros) that are globally routable: private, loopback,
// link-local, CGNAT, documentation, benchmarking, multicast, reserved and broadcast ranges are
// dropped, as are public DNS resolvers, version numbers (`version 1.2.3.4`, `Chrome/1.2.3.4`),
// section numbers (single-digit octets, after § or "section", or heading a comment), patterned
// test addresses (123.123.123.123), four-arc OIDs (2.5.29.14), dotted quads inside longer dotted
// sequences such as OIDs (1.3.6.1.4.1.311), and the IPv4 tails of IPv6 addresses.
/**
 * OpenVPN's log line of a client, `openvpn[pid]: <common name>/<address>` (its real address, then its
 * port or its messages); or in OpenVPN's own log file, its timestamp first (`Sat Sep 14 06:11:53 2024 <common name>/<address>`).
 */
const OPENVPN_CLIENT_BEFORE = native(/openvpn(?:\[\d{1,8}\])?:[ \t]+[\w.@+-]{1,100}\/$|^(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun) (?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) [ \d]\d \d\d:\d\d:\d\d \d{4} [\w.@+-]{1,100}\/$/u);

/** A device's user agent naming its model before its firmware version: `(UA: Yealink SIP-T31P 124.86.0.40)`. */
const USER_AGENT_MODEL_BEFORE = native(/(?<![A-Za-z])(?:UA|[Uu]ser[-_ ]?[Aa]gent|useragent)["']?[ \t]*[:=][ \t]*["'(]?[^\n"()]{0,48}[A-Za-z][\w-]* $/u);

/** A mail provider's host name right before a bracketed address, as Received: headers write relays (`by mx.gmx.net (mxgmx017 [`, the relay's own name between). */
const MAIL_PROVIDER_HOST_BEFORE = native(/\.(?:google|googlemail|outlook|hotmail|yahoo|yahoodns|amazonses|sendgrid|mailgun|mailchimp|mcsv|zoho|icloud|mail\.me|gmx|web|protonmail)\.(?:com|net|de)\.?[ \t]{0,2}(?:\([\w.-]{1,40}[ \t]{1,2})?\[$/u);

/**
 * A Received: header's hop from a host whose name says it is a mail server (`Received: from
 * mail-3f2a.example.org (` or `… (smtp.example.org [`): a relay's address, not the sender's. (Not
 * Apple Mail's `smtpclient.apple`: that HELO is the sender's own device.)
 */
const MAIL_SERVER_HOP_BEFORE = native(/Received:[ \t]+from[ \t]+(?!smtpclient\.)(?:mail|smtp|mx|mta|relay|mailout|out|outbound)[\w-]{0,20}\.[\w-]{1,63}\.[\w.-]{2,100}[ \t]+\((?:[\w.-]{1,100}\.?[ \t]+)?\[?$/u);

/** Words that name a company network's exit: an office's egress or allowlist, a NAT gateway, a corporate VPN (not a customer's egress). */
const COMPANY_EXIT = native(/(?<![a-z0-9])(?:(?:office|corporate|company|hq|headquarters)[ _-]?(?:egress|ips?|network|vpn|allowlist|whitelist|cidrs?|nat)|nat[ _-]?gateway|vpn[ _-]?(?:exit|egress|gateway))(?![a-z0-9])/iu);

export default defineRule({
  id: 'ipv4-public',
  category: 'pii',
  description: 'Public IPv4 address',
  // Addresses appear without a label; the pattern starts at a digit after a boundary.
  keywords: [],
  pattern: /(?<![\w.-])(?:(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)\.){3}(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(?![\w-])(?!\.\d)/gu,
  validate: (s, ctx) => {
    const o = toOctets(s);
    if (o === undefined || !isPublicIpv4(o) || WELL_KNOWN_RESOLVERS.has(s) || EXAMPLE_DOMAIN_ADDRESSES.has(s) || isCdnEdgeAddress(o) || isCloudAddress(o) || isWebhookSenderAddress(o) || isCrawlerAddress(o)) return false;
    if (isFillerIpv4(o) || OID_ARCS.test(s)) return false;
    // A last octet of 0: a /24's network address, or a client's address anonymised as log
    // pipelines and analytics do (its host part zeroed, Google Analytics' anonymize_ip), no one host.
    if (o[3] === 0) return false;
    const b = ctx.text[ctx.start - 1];
    // (A path's segment after a word, `releases/…`; but OpenVPN names a client as `common_name/address`, an
    // e-mail address or a user name before the slash.)
    if (b === '/' && /[A-Za-z]\/$/u.test(ctx.text.slice(Math.max(0, ctx.start - 2), ctx.start)) && !OPENVPN_CLIENT_BEFORE.test(ctx.text.slice(Math.max(lineStartNear(ctx.text, ctx.start, 200), ctx.start - 200), ctx.start))) return false;
    const before = ctx.text.slice(Math.max(0, ctx.start - 40), ctx.start);
    // The IPv4 tail of an IPv6 address (::ffff:81.2.69.160) is the IPv6 rule's.
    if (b === ':' && /[0-9A-Fa-f]{0,4}:[0-9A-Fa-f]{0,4}:$/u.test(before)) return false;
    if (SECTION_HEADING_BEFORE.test(before) && /^ [A-Z]/u.test(ctx.text.slice(ctx.end, ctx.end + 2))) return false;
    // A mail provider's server in a Received: header (`mail-sor-f41.google.com [209.85.…]`), not the sender.
    if (MAIL_PROVIDER_HOST_BEFORE.test(before)) return false;
    if (b === '(' || b === '[') {
      const line = ctx.text.slice(lineStartNear(ctx.text, ctx.start, 240), ctx.start);
      if (MAIL_SERVER_HOP_BEFORE.test(line)) return false;
    }
    if (b === ' ' && USER_AGENT_MODEL_BEFORE.test(ctx.text.slice(Math.max(0, ctx.start - 80), ctx.start))) return false;
    if (isServerAddress(ctx.text, ctx.start, ctx.end)) return false;
    // A network in CIDR notation (`set_real_ip_from 173.245.48.0/20;`), not a host; a /32 is one
    // host (`cidr_blocks = ["…/32"]`, someone's address on an allowlist).
    if (/^\/(?!32(?!\d))\d{1,2}(?!\d)/u.test(ctx.text.slice(ctx.end, ctx.end + 4))) return false;
    // A network's own exit named on its line (`office_allowlist = ["…/32"]  # office egress`, a NAT
    // gateway's, a corporate VPN's): the company's, not a person's (a home office's still is).
    if (COMPANY_EXIT.test(matchLine(ctx, 200)) && !/\bhome\b/iu.test(matchLine(ctx, 200))) return false;
    if (isThreatIndicator(ctx) || isWebhookCaller(ctx) || isMachineRequest(ctx) || isValueUnderTest(ctx.text, ctx.start)) return false;
    // A specification's section or step number (`// 19.2.3.1`, `APPNOTE#4.4.17.1`, `[11.6.2.1](…#sec-11.6.2.1)`):
    // small numbers, in a comment, after a `#` or as a link's text.
    if (o.every((x) => x <= 30) && (SPEC_NUMBER_BEFORE.test(before) || ctx.text.startsWith('](', ctx.end))) return false;
    // Or after a standard's name on its line (`// ISO C++ 14882: 22.2.1.5`, `802.11-2016 9.4.2.168`, `C++14 20.8.2.3`),
    // or alone in a block comment (`/* 8.4.26.1 */`), or before `in the … standard`.
    if ((o[0] as number) < 100 && (STANDARD_BEFORE.test(before) || (/\/\*[ \t]*$/u.test(before) && /^[ \t]*\*\//u.test(ctx.text.slice(ctx.end, ctx.end + 4))) || /^ in the [\w.-]{1,20} (?:standard|spec)|^ of (?:RFC|ISO|IEEE|the )/u.test(ctx.text.slice(ctx.end, ctx.end + 40)))) return false;
    return !hasContext(ctx, VERSION_CONTEXT, { before: 24, lines: 0, header: false });
  },
  redactAs: 'ip',
  references: ['https://www.iana.org/assignments/iana-ipv4-special-registry/iana-ipv4-special-registry.xhtml'],
  examples: {
    positive: [
      // OpenVPN's server log names a client by its common name and its real address
      `Mar 02 07:41:09 vpn-01 openvpn[902]: a.person@example.org/${sample(101562)} MULTI_sva: pool returned IPv4=10.8.0.6`,
      `Failed login from ${sample(211)} at 03:12`,
      `"client_ip": "${sample(212)}"`,
      `ssh admin@${sample(213)} -p 22`,
      `  cidr_blocks = ["${sample(41)}/32"]  # Declan's home office`,
      '10.244.2.87 - - [12/Mar/2024:14:00:05 +0000] "GET /api/v2/members/me HTTP/1.1" 200 6054 rt=0.346 xff="107.77.229.18, 147.243.60.85" req_id=745de18d',
      // a person creating a webhook through an API
      '2024-04-11T14:03:28.906Z level=info method=POST path=/v1/webhooks controller=Api::V1::WebhooksController action=create status=201 remote_ip=97.97.208.194',
      // a customer's address that a payment provider's webhook payload carries
      '2024-05-14T13:02:45.006Z DEBUG [stripe-webhook] payload.data.object={"id":"pi_1","metadata":{"order_id":"NWO-1495105","client_ip":"200.198.21.12"}}',
      // a person's phone on a webhook path (its user agent says so)
      '{"req": {"method": "POST", "url": "/webhooks/stripe", "remote": "179.218.175.186", "ua": "Agendia/3.9.0 (Android 14; SM-A546B)"}}',
      // Apple Mail's submission: its HELO names the sender's own device, whose address this is
      'Received: from smtpclient.apple ([84.17.45.12])\n\tby smtp.kestrel-mail.fr with ESMTPSA id 0s',
      // OpenVPN's own log file: its timestamp, then the client's common name and its real address
      `Sat Sep 14 06:11:53 2024 a.person@example.org/${sample(101804)}:61329 SENT CONTROL [a.person@example.org]: 'PUSH_REPLY'`,
    ],
    negative: [
      // an SFTP client's log: the server it connects to, by name and address
      'Jun 02 04:10:09 sftp-relay-2 edi-fetch[3318]: [PAYER] connect sftp.kestrel-payer.com (12.150.44.117) as edi_kestrel',
      // an ingestion API's log of a customer's backend, its server SDK named on the record
      `{"msg":"batch accepted","tenant":"tnt_7","client_ip":"${sample(101997)}","events":314,"sdk":"java/2.5.0"}`,
      // an access log's scanner, asking for a leaked .env behind the load balancer
      '10.20.0.7 - - [14/May/2024:14:03:07 -0300] "GET /.env HTTP/1.1" 404 153 "-" "python-requests/2.31.0" xff="185.224.128.17" rt=0.000',
      // a Received: header's relay at a mail provider, its own name in brackets before the address
      'Received: from mout.example.net\n\tby mx.gmx.net (mxgmx017 [212.227.15.9]) with ESMTPS id 1M9Wyy',
      // a SIEM's notable events: the finding's title names the source as an attacker
      '2026-03-02T09:01:06.000+0000,1f2e,"Brute Force - Many Failed Logins",low,closed,jdoe,194.26.31.120,vpn-gw-01',
      // an attacker's address named once as an indicator, then bare in the same incident's extract
      `ipv4,${sample(43)},2026-11-18,high,amber,INC-7740,"VPS used by the attacker"\n{"eventName": "ListBuckets", "sourceIPAddress": "${sample(43)}"}`,
      // an office's egress address on an allowlist
      `office_allowlist   = ["${sample(42)}/32"]  # main office egress`,
      // sections of standards in C and C++ headers
      '// ISO C++ 14882: 22.2.1.5 Template class codecvt',
      '     * @jls 8.10.4.1 Normal Canonical Constructors',
      '     * 4.2.1.10 of RFC 5280.',
      ' *\t802.11-2016 9.4.2.168 "Fine Timing Measurement Parameters element"',
      '\t__u8 creation_date\t\t[ISODCL (814, 830)]; /* 8.4.26.1 */',
      '/* 802.3ad port state definitions (43.4.2.2 in the 802.3ad standard) */',
      // specification step and section numbers, an OID, and a parser's test value
      '    } else { // 19.2.3.2',
      '// or APPNOTE#4.4.17.1, "All slashes MUST be forward slashes"',
      "_IN('1.3.101.112', 'EdDSA25519');",
      '  expect(ipv4.safeParse("114.71.82.94").success).toBe(true);',
      // a Google front end and example.com's address, as API documentation prints them
      " *   if (socket.remoteAddress === '74.125.127.100') {",
      ' * // address: "93.184.216.34" family: IPv4',
      // a client address anonymised in an access log (its last octet zeroed)
      '10.2.0.17 - - [02/Apr/2024:09:12:44 +0200] "GET /api/v1/search?q=lima HTTP/2.0" 200 5120 "-" "okhttp/4.12.0" xff="83.58.214.0" rt=0.081',
      // an SSH scanner trying a default account
      'Mar 03 02:14:51 web02 sshd[8812]: Invalid user admin from 185.220.101.47 port 41122',
      // a crawler's request in an access log
      '66.249.79.12 - - [03/Mar/2025:02:10:07 +0000] "GET /products/wool-rug HTTP/1.1" 200 8120 "-" "Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)"',
      // an uptime monitor's probe
      '69.162.124.226 - - [24/Feb/2025:06:06:42 +0100] "HEAD / HTTP/1.1" 200 0 "-" "Mozilla/5.0+(compatible; UptimeRobot/2.0; http://www.uptimerobot.com/)"',
      // a payment provider's server calling back, and a webhook's sender
      '{"ts":"2024-04-11T09:57:14+03:00","ip":"10.40.101.37","xff":"196.201.214.206","method":"POST","uri":"/payments/mpesa/stk/callback/","status":200}',
      '54.187.216.72 - - [12/Mar/2024:14:00:05 +0000] "POST /webhooks/stripe HTTP/1.1" 200 2 "-" "Stripe/1.0 (+https://stripe.com/docs/webhooks)"',
      // a webhook receiver's log: the meeting platform's server posts the events
      '2025-10-02T14:05:12 INFO  zoomhook [5c0e91ab] 198.51.7.41 POST /hooks/zoom 200 event=meeting.started',
      '2024-03-14T00:10:28.338 INFO  [redsys-notif] from=195.76.9.117 order=3994A8SCAJ0A resp=0000 firma=OK',
      '2024-05-16T11:30:43+08:00 info webhook from 203.104.146.31 event=message',
      '{"level":"info","logger":"psp.webhook","remote":"195.76.9.118","event":"CAPTURE"}',
      '{"level":"warning","msg":"psp webhook retry","attempt":2,"remote_addr":"195.76.9.119"}',
      '2024-11-12T07:28:25+02:00 INFO  [psp] callback src=195.76.9.120 txn=4411 success=true',
      // a crawler's address where no user agent is logged (a bot check's log)
      '[2025-03-03 00:29:00] production.WARNING: captcha score low {"score":0.2,"ip":"66.249.66.148"}',
      '2024-12-03 07:01:21,815 INFO wallet.ipn from=171.244.55.19 body={"resultCode":0}',
      // a provider's published webhook network (Adyen's; Apple's 17.0.0.0/8; PayU's notifications)
      'remote=82.199.87.150 event=AUTHORISATION',
      'POST /v1/iap/apple/notifications 200 remote=17.58.200.20',
      '{"channel": "payu", "event": "notify", "status": "COMPLETED", "ip": "185.68.12.27"}',
      // a game's anti-cheat vendor fetching rules from a cloud region (AWS Tokyo)
      '{"type": "rules.sync", "sourceIp": "13.114.20.5", "version": "2024.11.15"}',
      // an EDR alert's connection to a server that threat intelligence lists
      `"network": {\n  "remote_ip": "${sample(231)}",\n  "remote_port": 8443,\n  "ti_match": "ThreatFox"\n}`,
      'set_real_ip_from 173.245.48.0/20;',
      // a public cloud's address: a server's, not a person's
      '"ipAddress": "20.119.0.57", "client": {"device": "Computer"}',
      'upstream 52.94.236.248:443 timed out',
      '162.158.25.52 - - [15/Jun/2024:06:25:13 +0000] "GET /healthz HTTP/1.1" 200 44 "-" "curl/8.5"',
      'smsc_vodacom:\n    host: 196.207.40.55\n    port: 2775',
      'Received: from mail-sor-f41.google.com (mail-sor-f41.google.com [209.85.220.41])',
      '*   Trying 104.16.30.169:443...\n* Connected to api.vendor.io (104.16.30.169) port 443',
      // curl's trace quoted in an agent's transcript, a relay's name written with its root dot
      '  ⎿  *   Trying 34.203.118.77:443...\n     * Connected to api-stg.vendor.io (34.203.118.77) port 443',
      'Received: from mail-sor-f41.google.com (mail-sor-f41.google.com. [209.85.220.41])',
      "bastion-sg-1 ansible_host=13.229.87.14\nansible_ssh_common_args='-o ProxyJump=deploy@13.229.87.14'",
      '"serverIPAddress": "104.16.88.226",',
      'listen 192.168.1.10; upstream 10.0.0.5 and 172.20.3.4',
      'docs use 203.0.113.7 and 198.51.100.23 and 192.0.2.1',
      'resolver 8.8.8.8 and loopback 127.0.0.1 and 169.254.10.20',
      '上游解析器 223.5.5.5 / 180.76.76.76',
      'version 2.14.122.7',
      // a machine's own address in its configuration, an infrastructure state file, a router's interface, a relay's header
      'jump_host: 47.115.20.81',
      '            "public_ip": "44.210.17.93"',
      'interface GigabitEthernet0/0/0\n ip address 62.93.10.14 255.255.255.248',
      'Received: from smtp.qiye.example-mail.com (smtp.qiye.example-mail.com [47.92.16.23])',
      // a Received: header's hop from a host named as a mail server: the relay's address
      'Received: from mail-4c1e.kestrel-shipping.gr (84.17.45.12)\n\tby mx1.kestrel-fleet.gr with ESMTPS id 4Y',
      'Received: from smtp-out.kestrel-crew.ph (smtp-out.kestrel-crew.ph [89.201.33.6])',
      'X-Mailgun-Sending-Ip: 198.61.250.11',
      "Added contact 'sip:2107@10.12.4.88:5060;ob' to AOR '2107' (UA: Yealink SIP-T31P 124.86.0.40) site=CPT",
      'OID 1.3.6.1.4.1.311.21.7',
      'see section 3.1.4.2',
      'as §5.2.12.10 requires, and per section 19.6.11.2 of the spec',
      '// 19.2.13.1 Array.prototype.map',
      "_IN('2.5.29.14', 'subjectKeyIdentifier'); _IN('2.5.4.10', 'organizationName');",
      'test inputs 123.123.123.123 and 11.22.33.44',
      'link-local fe80::1:81.2.69.160 is an IPv6 address',
      'netmask 255.255.255.0 broadcast 255.255.255.255 cgnat 100.64.3.2',
      'rt=0.346 xff="10.1.2.3, 147.243.60.85" req_id=745de18d',
      'X-Forwarded-For: 2600:1700:5d40:9e20:a4c1:33ff:fe19:8b02, 147.243.127.213',
      // threat intelligence: an indicator list, a reputation lookup, an attacker's proxy
      `2024-06-04 07:58:07,468 DEBUG kg.enrich abuseipdb ${sample(51)} 1.26s`,
      `| ${sample(52)} | C2 server (Cobalt Strike beacon) | high |`,
      `type,indicator,first_seen\nipv4,${sample(53)},2024-04-12`,
      // Postfix's delivery log: the recipient's mail server it relayed to
      'Mar 18 06:02:11 mx-out-1 postfix/smtp[24118]: 4F1C92A0B1: to=<k.nowak@example.pl>, relay=mx.example.pl[91.7.221.18]:25, delay=2.1, dsn=2.0.0, status=sent',
    ],
  },
});
