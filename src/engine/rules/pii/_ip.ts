// IPv4 range checks, server and threat-intelligence contexts shared by the ipv4-public and ipv6-public rules.
import { native } from '../../scan/nativeRegex';
import { perText } from '../../scan/perText';
import type { MatchContext } from '../../types';
import { columnHeader, lineEndNear, lineStartNear } from './_context';

const DOTTED_QUAD = native(/^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})$/u);

/** The four octets of a dotted-quad, or undefined when it is not one. */
export function toOctets(s: string): [number, number, number, number] | undefined {
  const m = DOTTED_QUAD.exec(s);
  if (m === null) return undefined;
  const o = [Number(m[1]), Number(m[2]), Number(m[3]), Number(m[4])] as [number, number, number, number];
  return o.every((x) => x <= 255) ? o : undefined;
}

/**
 * Test and filler addresses: every octet under 10 (1.2.3.4), four equal octets (123.123.123.123) or
 * an even step (11.22.33.44, 12.34.56.78).
 */
export function isFillerIpv4(o: readonly number[]): boolean {
  if (o.every((x) => x < 10)) return true;
  const step = (o[1] as number) - (o[0] as number);
  return step >= 0 && (o[2] as number) - (o[1] as number) === step && (o[3] as number) - (o[2] as number) === step;
}

/**
 * True when the address is globally routable unicast: not private (RFC 1918), loopback,
 * link-local, CGNAT (100.64/10), "this network" (0/8), IETF protocol assignments (192.0.0/24),
 * documentation (192.0.2/24, 198.51.100/24, 203.0.113/24), benchmarking (198.18/15), 6to4 relay
 * anycast (192.88.99/24), multicast (224/4), reserved (240/4) or broadcast.
 */
export function isPublicIpv4([a, b, c]: readonly [number, number, number, number]): boolean {
  if (a === 0 || a === 10 || a === 127 || a >= 224) return false;
  if (a === 100 && b >= 64 && b <= 127) return false;
  if (a === 169 && b === 254) return false;
  if (a === 172 && b >= 16 && b <= 31) return false;
  if (a === 192 && b === 168) return false;
  if (a === 192 && b === 0 && (c === 0 || c === 2)) return false;
  if (a === 192 && b === 88 && c === 99) return false;
  if (a === 198 && (b === 18 || b === 19)) return false;
  if (a === 198 && b === 51 && c === 100) return false;
  if (a === 203 && b === 0 && c === 113) return false;
  return true;
}

/** Public DNS resolvers: routable, but infrastructure that identifies nobody. */
export const WELL_KNOWN_RESOLVERS = new Set([
  '8.8.8.8', '8.8.4.4', '1.1.1.1', '1.0.0.1', '9.9.9.9', '149.112.112.112', '208.67.222.222', '208.67.220.220',
  '4.2.2.1', '4.2.2.2', '64.6.64.6', '64.6.65.6', '94.140.14.14', '94.140.15.15', '76.76.2.0', '76.76.10.0',
  // the resolvers teams in mainland China configure: AliDNS, DNSPod, 114DNS, Baidu, CNNIC
  '223.5.5.5', '223.6.6.6', '119.29.29.29', '182.254.116.116', '114.114.114.114', '114.114.115.115', '180.76.76.76', '1.2.4.8', '210.2.4.8',
]);

/** Networks written as [dotted address, prefix length], as [address as a number, prefix length]. */
function toNetworks(list: readonly (readonly [string, number])[]): readonly (readonly [number, number])[] {
  return list.map(([net, bits]) => [toNumber(net.split('.').map(Number)), bits] as const);
}

/**
 * Cloudflare's edge networks (its published IPv4 ranges): a web server behind Cloudflare logs these
 * as the remote address of every request, and the visitor's own address in `CF-Connecting-IP`. An
 * address in them is Cloudflare's proxy, never a person's device. As [network, prefix length].
 */
const CDN_EDGE_NETWORKS = toNetworks([
  ['173.245.48.0', 20], ['103.21.244.0', 22], ['103.22.200.0', 22], ['103.31.4.0', 22], ['141.101.64.0', 18], ['108.162.192.0', 18],
  ['190.93.240.0', 20], ['188.114.96.0', 20], ['197.234.240.0', 22], ['198.41.128.0', 17], ['162.158.0.0', 15], ['104.16.0.0', 13],
  ['104.24.0.0', 14], ['172.64.0.0', 13], ['131.0.72.0', 22],
]);

/**
 * The big public clouds' networks (from the providers' published range lists, read coarsely): AWS
 * (3/8, 18.128/9, 52/8 with Microsoft, 54.64/10, 54.128/9, 34.192/10, 35.152/13, and its Asian, African and
 * Nordic regions' blocks in 13/8: 13.112/14, 13.124/15, 13.208/16, 13.228/15, 13.232/13, 13.244/15,
 * 13.48/15), Microsoft Azure (20.33-20.255,
 * 13.64/11, 40.64/10, 104.40/13, 137.116/15, 168.61-168.63, 191.232/13) and Google Cloud (34.64/10,
 * 34.128/10, 35.184-35.247, 104.196/14, 130.211/16, 146.148/17). An address there is a server's, a
 * load balancer's or a cloud function's: over thirty-six corpora, 0 true of 48 findings. A person's
 * own address is an ISP's or a mobile network's.
 */
const CLOUD_NETWORKS = toNetworks([
  ['3.0.0.0', 8], ['18.128.0.0', 9], ['52.0.0.0', 8], ['54.64.0.0', 10], ['54.128.0.0', 9], ['34.192.0.0', 10],
  ['35.152.0.0', 13], ['13.112.0.0', 14], ['13.124.0.0', 15], ['13.208.0.0', 16], ['13.228.0.0', 15], ['13.232.0.0', 14], ['13.236.0.0', 14], ['13.244.0.0', 15], ['13.48.0.0', 15],
  ['20.33.0.0', 16], ['20.34.0.0', 15], ['20.36.0.0', 14], ['20.40.0.0', 13], ['20.48.0.0', 12], ['20.64.0.0', 10], ['20.128.0.0', 9],
  ['13.64.0.0', 11], ['40.64.0.0', 10], ['104.40.0.0', 13], ['137.116.0.0', 15], ['168.61.0.0', 16], ['168.62.0.0', 15], ['191.232.0.0', 13],
  ['34.64.0.0', 10], ['34.128.0.0', 10], ['35.184.0.0', 13], ['35.192.0.0', 11], ['35.224.0.0', 12], ['35.240.0.0', 13],
  ['104.196.0.0', 14], ['130.211.0.0', 16], ['146.148.0.0', 17],
]);

/** True when the address lies in one of `networks` ([network, prefix length]). */
function inNetworks(octets: readonly number[], networks: readonly (readonly [number, number])[]): boolean {
  const n = toNumber(octets);
  // (An indexed loop: \`some\` with a destructuring callback allocated an iterator per network,
  // 19 MB over the bench corpus.)
  for (let i = 0; i < networks.length; i++) {
    const network = networks[i] as readonly [number, number];
    const scale = 2 ** (32 - network[1]);
    if (Math.floor(n / scale) === Math.floor(network[0] / scale)) return true;
  }
  return false;
}

/**
 * Google's own front-end networks (search, mail, YouTube, APIs; from the ranges Google publishes as
 * its users-facing addresses, goog.json): the address a program resolves `google.com` to, which
 * documentation and tests use as "some public server" (`socket.remoteAddress === '74.125.127.100'`).
 * No person's device is ever in them.
 */
const SERVICE_FRONT_END_NETWORKS = toNetworks([
  ['64.233.160.0', 19], ['66.102.0.0', 20], ['72.14.192.0', 18], ['74.125.0.0', 16], ['108.177.0.0', 17], ['142.250.0.0', 15],
  ['172.217.0.0', 16], ['172.253.0.0', 16], ['173.194.0.0', 16], ['209.85.128.0', 17], ['216.58.192.0', 19], ['216.239.32.0', 19],
]);

/** True when the address lies in a public cloud's network or a big service's front ends (see CLOUD_NETWORKS, SERVICE_FRONT_END_NETWORKS). */
export function isCloudAddress(octets: readonly number[]): boolean {
  return inNetworks(octets, CLOUD_NETWORKS) || inNetworks(octets, SERVICE_FRONT_END_NETWORKS);
}

/**
 * The addresses `example.com` has resolved to (IANA's documentation domain, served by Edgecast and
 * then Akamai): the address documentation prints when it shows a lookup (`dns.lookup('example.com')`
 * → `93.184.216.34`); and the RFCs' example addresses. In lower case.
 */
export const EXAMPLE_DOMAIN_ADDRESSES = new Set([
  '93.184.216.34', '93.184.215.14', '2606:2800:220:1:248:1893:25c8:1946', '2606:2800:21f:cb07:6820:80da:af6b:8b2c',
  // RFC 2732's and RFC 3986's examples of IPv6 literals in URLs, which URI parsers' tests and docs copy
  '::ffff:129.144.52.38', '129.144.52.38', '::192.9.5.5', '1080:0:0:0:8:800:200c:417a', '1080::8:800:200c:417a', '3ffe:2a00:100:7031::1', '2010:836b:4179::836b:4179',
  'fedc:ba98:7654:3210:fedc:ba98:7654:3210',
]);

/**
 * Networks of services that call their customers' servers (webhooks, server notifications), from
 * the providers' published lists: Adyen's (its ip-ranges.json), GitHub's hooks (192.30.252.0/22,
 * 140.82.112.0/20), Apple's whole 17.0.0.0/8 (App Store Server Notifications come from it), and
 * the notification servers that Przelewy24 and PayU (production and sandbox) list for merchants'
 * firewalls, and the networks of the twelve addresses Safaricom lists for M-Pesa Daraja's callbacks
 * (STK results, C2B validations and confirmations, B2C results: 196.201.212–214.x). A log of such calls holds the provider's servers, never a person's device.
 */
const SENDER_NETWORKS = toNetworks([
  ['82.199.87.128', 26], ['82.199.90.136', 29], ['82.199.90.160', 27], ['213.52.172.0', 25], ['62.146.248.0', 21], ['85.184.228.0', 22],
  ['91.212.42.0', 24], ['135.84.148.0', 22], ['147.12.16.0', 20], ['185.101.196.0', 22], ['145.63.64.0', 18],
  ['192.30.252.0', 22], ['140.82.112.0', 20],
  ['17.0.0.0', 8],
  ['91.216.191.180', 30], ['91.216.191.184', 31], ['5.252.202.254', 31],
  ['185.68.12.8', 29], ['185.68.12.24', 29], ['185.68.14.8', 29], ['185.68.14.24', 29],
  ['196.201.212.0', 24], ['196.201.213.0', 24], ['196.201.214.0', 24],
]);

/**
 * The networks search engines crawl from, as Google (googlebot.json: 66.249.64.0/19) and Microsoft
 * (bingbot.json: 157.55.39.0/24, 207.46.13.0/24) publish them: a log line from there is a crawler's
 * visit even when its user agent is not logged (a reCAPTCHA or WAF log).
 */
const CRAWLER_NETWORKS = toNetworks([['66.249.64.0', 19], ['157.55.39.0', 24], ['207.46.13.0', 24]]);

/** True when the address lies in a search engine's crawler network (see CRAWLER_NETWORKS). */
export function isCrawlerAddress(octets: readonly number[]): boolean {
  return inNetworks(octets, CRAWLER_NETWORKS);
}

/** True when the address lies in a webhook sender's network (see SENDER_NETWORKS). */
export function isWebhookSenderAddress(octets: readonly number[]): boolean {
  return inNetworks(octets, SENDER_NETWORKS);
}

/** An IPv4 address's four octets as one number. */
function toNumber(octets: readonly number[]): number {
  return octets.reduce((n, o) => n * 256 + o, 0);
}

/** True when the address lies in a CDN's edge network (see CDN_EDGE_NETWORKS). */
export function isCdnEdgeAddress(octets: readonly number[]): boolean {
  return inNetworks(octets, CDN_EDGE_NETWORKS);
}

/**
 * What comes right before a server's address, not a person's: curl's verbose connection lines
 * (`*   Trying 104.16.30.169:443...`, `* Connected to api.vendor.io (104.16.30.169) port 443`, also
 * quoted in an agent's transcript after its margin, `  ⎿  *   Trying …`),
 * ping (`PING host (…)`, `64 bytes from host (…)`), an SSH `ProxyJump` host, an Ansible inventory's
 * `ansible_host=` (not an SSH client's `HostName`: a home machine's too), a mail provider's relay in a
 * Received: header (`….prod.outlook.com (2603:…)`), Postfix's delivery log's relay (`relay=mx.example.pl[…]:25`), and the server keys of HAR files and access
 * logs (`"serverIPAddress": "…"`, `upstream_addr=`); and a client's log of the server it connects to
 * by name (`connect sftp.payer.example (…)`, `Resolving host.example (…)`).
 */
const SERVER_BEFORE =
  /(?<![\w-])(?:[Cc]onnect(?:ing|ed)?(?:[ \t]+to)?|[Rr]esolv(?:ed|ing)|[Ll]ookup)[ \t]+[\w.-]{1,253}\.[a-z]{2,24}[ \t]+\($|(?:^|\n)[^\S\n]*(?:[⎿│>|]+[ \t]*)?\*[ \t]{1,4}Trying[ \t]\[?$|(?:^|\n)[^\S\n]*(?:[⎿│>|]+[ \t]*)?\*[ \t]{1,4}Connected to [\w.-]{1,253} \($|(?:^|\n)PING [\w.-]{1,253} \($|\.(?:google|googlemail|outlook|hotmail|yahoo|yahoodns|amazonses|sendgrid|mailgun|zoho|icloud|protonmail)\.(?:com|net|de)\.?[ \t]{0,2}[\[(]$|(?<![\w])ansible(?:_ssh)?_host[ \t]*[=:][ \t]*["']?$|ProxyJump[ \t]*[= ][ \t]*(?:[\w.-]{1,32}@)?$|bytes from [\w.-]{1,253} \($|\((?:smtp|mail|mx|relay|mta|out|outbound)[\w-]{0,20}\.[\w.-]{1,200}[ \t]{0,2}\[$|X-[\w-]{0,20}Sending-Ip:[ \t]{0,3}$|(?<![\w-])relay=[\w.-]{1,253}\[$|["']?(?:serverIPAddress|server_?ip(?:_?address)?|serverIp|upstream_?addr(?:ess)?|server_?addr(?:ess)?)["']?[ \t]{0,3}[:=][ \t]{0,3}["']?$/u;

/**
 * A proxy's place in an X-Forwarded-For list: after the first address (`xff="<client>, <proxy>"`,
 * `X-Forwarded-For: <client>, <cdn>`). Each proxy appends the address it received the request
 * from, so only the leftmost names the person's device; the rest are CDNs and load balancers.
 */
const FORWARDED_PROXY_BEFORE = native(/(?:x-forwarded-for|forwarded-for|xff|x_forwarded_for)["']?[ \t]{0,3}[:=][ \t]{0,3}["'\[]?[0-9A-Fa-f.:]{2,45}(?:[ \t]{0,2},[ \t]{0,2}[0-9A-Fa-f.:]{2,45}){0,6}[ \t]{0,2},[ \t]{0,2}$/iu);

/**
 * A configuration's host key at a line's start (`host: …` in Ansible vars, `host = …` in an SMS
 * gateway's or a database client's configuration): where a service connects to, a server. Not with a
 * port after the address: a database's process list writes its clients as `Host: <ip>:<port>`.
 */
// (And a machine's own public address in its configuration or an infrastructure state file: a jump host,
// a bastion, a router's WAN side, `"public_ip": …` in Terraform state; a Cisco interface's `ip address`.)
const CONFIG_HOST_BEFORE = native(
  /(?:^|\n)[ \t]{0,12}(?:- )?["']?(?:host|smsc[_-]?host|server[_-]?host|jump[_-]?host|bastion(?:[_-]?host)?|wan(?:[_-]?public)?[_-]?ip|public[_-]?ip|elastic[_-]?ip|nat[_-]?ip)["']?[ \t]{0,3}[:=][ \t]{0,3}["']?$|(?:^|\n)[ \t]{0,4}ip address[ \t]+$/u,
);

/** True when the address at `start` is a server's in a connection log or a HAR entry (see SERVER_BEFORE), a configuration's host, or a proxy's in a forwarded-for list. */
export function isServerAddress(text: string, start: number, end = start): boolean {
  const before = text.slice(Math.max(0, start - 280), start);
  if (native(SERVER_BEFORE).test(before) || FORWARDED_PROXY_BEFORE.test(before)) return true;
  return CONFIG_HOST_BEFORE.test(before.slice(-40)) && text.charCodeAt(end) !== 58;
}

/**
 * A request on the address's line to a webhook or a payment provider's callback (`POST
 * /payments/mpesa/stk/callback/`, `/webhooks/stripe`, `/ipn`): the caller is the provider's
 * server. Not a sign-in's callback (`/oauth/callback`, `/auth/callback`), which the person's own
 * browser requests, nor an API's collection of webhooks (`POST /v1/webhooks` creates one). Or a
 * log line of a notification handler (`[redsys-notif] from=…`, `[stripe-webhook]`, `[psp] callback
 * src=…`, a receiver's logger named for its hooks, `zoomhook [req-id]`), or a structured log's
 * message about one (`"msg": "… webhook retry"`).
 */
const WEBHOOK_REQUEST = /(?:["'\s=]|uri["']?[ \t]*[:=][ \t]*["']?)\/(?![\w./-]*(?:oauth|auth|login|signin|sso|saml|oidc|openid))[\w./-]{0,80}?(?<![a-z])(?:(?:callbacks?|webhook|ipn|postback|notify)(?![a-z])|(?:web)?hooks\/[\w-])|\[[\w.-]{0,30}(?<![a-z])(?:notif(?:ication)?s?|webhooks?|callbacks?|ipn)(?![a-z])[\w.-]{0,30}\]|\bwebhooks?[ \t]+(?:received[ \t]+)?from\b|(?<![\w.-])[a-z][\w-]{0,30}\.(?:ipn|webhooks?|callbacks?|notify)[ \t]{1,4}(?:from|src|remote(?:_addr)?)[ \t]{0,2}[=:]|["']?(?:logger|component|module|handler)["']?[ \t]{0,2}[:=][ \t]{0,2}["']?[\w.-]{0,40}(?<![a-z])(?:webhooks?|callbacks?|ipn)(?![a-z])|["'](?:msg|message)["'][ \t]{0,2}:[ \t]{0,2}["'][\w .-]{0,40}(?<![a-z])(?:webhooks?|callbacks?|ipn)(?![a-z])|\][ \t]{1,4}(?:callback|webhook|ipn|notification)s?[ \t]{1,4}(?:received[ \t]+)?(?:from|src|remote(?:_addr)?|ip)[ \t]{0,2}[=:]|(?<![\w.-])[a-z]{2,24}hooks?[ \t]{1,4}\[[\w-]{4,40}\]/iu;

/** A key naming the address of a person or their device, right before the value. */
const PERSON_IP_KEY_BEFORE = native(/(?:client|customer|user|buyer|shopper|payer|device|browser|end_?user|cardholder|visitor)[_-]?ip(?:_?addr(?:ess)?)?["']?[ \t]{0,2}[:=][ \t]{0,2}["']?$/iu);

/** A person's device in a request's user agent: a browser, a phone's HTTP stack, a desktop tool. */
const DEVICE_AGENT = /Mozilla\/|Android|iPhone|iPad|iOS|[Dd]arwin|CFNetwork|Dalvik|okhttp|Windows NT/u;

/**
 * True when the address's line is a request to a webhook or a provider's callback (see
 * WEBHOOK_REQUEST) from no person's device (a provider's HTTP client: GitHub-Hookshot,
 * Apache-HttpClient, Stripe/1.0).
 */
export function isWebhookCaller(ctx: MatchContext): boolean {
  const { text } = ctx;
  // (Not the customer's address that a payload carries: `"metadata": {…, "client_ip": "…"}`.)
  if (PERSON_IP_KEY_BEFORE.test(text.slice(Math.max(0, ctx.start - 40), ctx.start))) return false;
  const line = text.slice(lineStartNear(text, ctx.start, 600), lineEndNear(text, ctx.end, 600));
  return native(WEBHOOK_REQUEST).test(line) && !DEVICE_AGENT.test(line);
}

/** The user agents of search engines', SEO tools' and AI companies' crawlers, and of uptime monitors. */
const CRAWLER_AGENT = /Googlebot|AdsBot-Google|Google-InspectionTool|bingbot|BingPreview|Baiduspider|YandexBot|DuckDuckBot|Yahoo! Slurp|Applebot|facebookexternalhit|AhrefsBot|SemrushBot|MJ12bot|DotBot|PetalBot|SeznamBot|Bytespider|GPTBot|ClaudeBot|CCBot|PerplexityBot|Amazonbot|UptimeRobot|Pingdom|StatusCake|Site24x7|Better ?Uptime|Better ?Stack|Uptime-Kuma|Freshping|HetrixTools|Checkly|NewRelicPinger|Datadog\/Synthetics/u;

/**
 * An access log's request for a path that only vulnerability scanners ask every server for: a
 * leaked `.env` or `.git/config`, WordPress's login on a site that has none, phpMyAdmin, Spring's
 * actuator, a router's admin page. The address that asks is a scanner's, not a visitor's.
 */
const SCANNER_PROBE_REQUEST = /"(?:GET|POST|HEAD) \/(?:\.env\b|\.git\/|\.aws\/|wp-login\.php|wp-admin\/|xmlrpc\.php|phpmyadmin|pma\/|actuator\/|cgi-bin\/|boaform\/|HNAP1|vendor\/phpunit\/|server-status)/iu;

/**
 * True when the address's line is a machine's request: a crawler's (an access log's line whose user
 * agent is Googlebot's, bingbot's, GPTBot's…), a vulnerability scanner's (see SCANNER_PROBE_REQUEST)
 * or a server-side SDK's (see SERVER_SDK_RECORD): a company's machine or an attacker's, not a person's.
 */
export function isMachineRequest(ctx: MatchContext): boolean {
  const { text } = ctx;
  const line = text.slice(lineStartNear(text, ctx.start, 600), lineEndNear(text, ctx.end, 600));
  return native(CRAWLER_AGENT).test(line) || native(SCANNER_PROBE_REQUEST).test(line) || SERVER_SDK_RECORD.test(line);
}

/**
 * An API's log record of a call from a server-side SDK (`"sdk":"java/2.5.0"`, `sdk=go/1.9.3`): a
 * customer's backend sending its batches, its address a data centre's (Node's SDK too: a browser's is
 * `js/…` or `browser/…`). (Not a mobile or a browser SDK's, `android/…`, `ios/…`, `js/…`: that call comes from a person's device.)
 */
const SERVER_SDK_RECORD = native(/(?<![\w-])["']?sdk["']?[ \t]*[:=][ \t]*["']?(?:java|go|golang|python|ruby|php|dotnet|\.net|csharp|rust|elixir|scala|node(?:js)?|server)[/@-]v?\d/u);

/**
 * Threat intelligence on an address's line (IPv4 or IPv6): an indicator of compromise, a
 * reputation lookup, an attacker's server. An attacker's infrastructure (a C2 server, a phishing proxy, a spraying
 * botnet, the scanners that try `admin` and `root` on every SSH server) is no person's to protect,
 * and incident responders paste lists of it; so do a SIEM's and a cloud guard's finding titles
 * (`Brute Force - Many Failed Logins`, GuardDuty's `MaliciousIPCaller`, `Push Fatigue`, TLP markings). (Decision: the
 * line's words decide; a log line about a user's session names none of these.)
 */
const THREAT_INTEL = /\b(?:IOCs?|iocs?|[Ii]ndicators? of compromise|[Ii]ndicators?|AbuseIPDB|abuseipdb|GreyNoise|greynoise|VirusTotal|virustotal|[Ss]hodan|ThreatFox|threatfox|AlienVault|OTX|MISP|C2|C&C|[Cc]ommand[- ]and[- ]control|[Mm]alicious|[Aa]ttacker(?:'s)?|[Aa]ngreifer[sn]?|[Bb]otnet|[Bb]lock ?list|[Bb]lacklist|[Dd]enylist|[Tt]hreat[- ]intel(?:ligence)?|[Pp]assword[- ][Ss]pray(?:ing)?|[Bb]rute[- ][Ff]orce|AiTM|MaliciousIP(?:Caller)?|UnauthorizedAccess|[Pp]ush [Ff]atigue|[Ii]mpossible [Tt]ravel|[Ii]nfostealer|[Ee]xfiltrat(?:ed|ion|ing)|TLP:(?:RED|AMBER|GREEN|CLEAR)|[Ii]nvalid user (?:admin|administrator|root|test|oracle|postgres|ubuntu|user|guest|pi|ftp|support|git|ubnt|mysql|deploy))\b/u;

/**
 * A threat-intelligence field of a security tool's record beside the address: an EDR alert's
 * `"ti_match": "ThreatFox"`, a SIEM event's `threat_intel_source`, an `ioc_verdict`.
 */
const THREAT_FIELD = /["']?(?:ti|threat|ioc|intel)[_-]?(?:match(?:es)?|hits?|source|feed|intel(?:ligence)?[_-]?(?:match|source)?|verdict|list)["']?[ \t]{0,2}[:=]/iu;

/** An IPv4 address as written, for collecting a text's indicators. */
const IPV4_WRITTEN = /(?<![\w.])(?:\d{1,3}\.){3}\d{1,3}(?![\w.])/gu;

/** THREAT_INTEL, global: one compiled pattern for every text's walk (a fresh copy per text compiled anew each time). */
const THREAT_WORDS = native(new RegExp(THREAT_INTEL.source, 'gu'));

/**
 * The addresses a text names as threat indicators on their lines (see THREAT_INTEL), collected once
 * per text from the lines where those words stand: an incident's notes call an address the
 * attacker's once, then write it bare in the timeline and the CloudTrail extract.
 */
const indicatorsOf = perText((text: string): ReadonlySet<string> => {
  const found = new Set<string>();
  const words = THREAT_WORDS;
  words.lastIndex = 0;
  let lineEnd = -1;
  for (let m = words.exec(text); m !== null; m = words.exec(text)) {
    if (m.index < lineEnd) continue;
    const start = lineStartNear(text, m.index, 240);
    lineEnd = lineEndNear(text, m.index, 240);
    for (const ip of text.slice(start, lineEnd).matchAll(IPV4_WRITTEN)) found.add(ip[0]);
    if (found.size >= 256) break;
  }
  return found;
});

/** True when the address is an indicator in threat intelligence (see THREAT_INTEL), or a cell under an indicator column. */
export function isThreatIndicator(ctx: MatchContext): boolean {
  const { text } = ctx;
  if (native(THREAT_INTEL).test(text.slice(lineStartNear(text, ctx.start, 240), lineEndNear(text, ctx.end, 240)))) return true;
  // (The same address named an indicator elsewhere in the text.)
  if (indicatorsOf(text).has(text.slice(ctx.start, ctx.end))) return true;
  // (A few lines either side: the record the address belongs to.)
  if (native(THREAT_FIELD).test(text.slice(Math.max(0, ctx.start - 240), ctx.end + 240))) return true;
  // A cell under an indicator column (an IOC sheet: `type,indicator,first_seen`).
  const header = columnHeader(ctx);
  return header !== undefined && /^["'`]?(?:ioc|indicator|observable|ioc value|indicator value)["'`]?$/u.test(header);
}
