import { defineRule, fake } from '../defineRule';
import { isLiteralSecretValue } from './_generic';

/** Shared secrets every guide shows and every scanner tries first: not secrets. */
const DEFAULTS = /^(?:testing123|cisco|cisco123|secret|password|radius|tacacs|key|public|private|admin)$/iu;

/** Cisco's type 7 encoding: two decimal digits (the offset, 0-15), then hex pairs. Reversible. */
const TYPE_7 = /^(?:0\d|1[0-5])(?:[0-9A-Fa-f]{2})+$/u;

// Shared secrets and passwords in network equipment configurations, written in clear (type 0) or
// in Cisco's reversible type 7: RADIUS and TACACS+ server keys (`radius-server key …`, a `radius
// server` block's `key 7 …`), local users' and enable passwords (`username admin password 0 …`;
// `secret 5/8/9` hashes are left alone), SNMPv3 users' auth and priv passwords, IKE pre-shared keys
// (`crypto isakmp key … address`, an ASA tunnel group's `ikev1 pre-shared-key …`), and a
// FreeRADIUS client's `secret = …` and the passwords its log prints, Cisco's NTP keys, and Junos's `$9$` secrets (reversible like type 7).
// Each branch captures one value.
// NOTE: the block branches start with their literal (`key`, `secret =`) and read the block header
// in a lookbehind after it. Started with the lookbehind, V8 tried it at every position of the
// window, and the nested line repetition backtracked for seconds on an indented TypeScript file.
export default defineRule({
  id: 'network-device-secret',
  category: 'secret',
  description: 'RADIUS/TACACS+ key, type 0/7 password, SNMPv3 or IKE pre-shared key, HAProxy insecure-password in a network device or proxy configuration',
  generic: true,
  keywords: ['radius-server', 'tacacs-server', 'radius server', 'tacacs server', 'server-private', 'password 0 ', 'password 7 ', 'enable password', 'snmp-server user', 'isakmp key', 'pre-shared-key', 'ipaddr', 'insecure-password', 'stats auth', 'createuser', 'ntp authentication-key', '"$9$', 'login incorrect', 'login ok'],
  // A block's `key` line comes a few lines after its `radius server` header; a FreeRADIUS client's
  // secret sits a few lines before or after its `ipaddr`.
  window: { before: 600, after: 700 },
  pattern: new RegExp(
    [
      // radius-server key …, tacacs-server host 10.0.0.1 key 7 …, server-private 10.0.0.1 key 0 …
      String.raw`\b(?:(?:radius|tacacs)-server|server-private)\b[^\n]{0,120}?[ \t]key[ \t]+(?:[07][ \t]+)?([^\s"']{4,128})`,
      // a `radius server NAME` / `tacacs server NAME` block: its indented `key` line
      String.raw`\bkey[ \t]+(?<=(?:^|\n)[ \t]{0,4}(?:radius|tacacs) server[ \t][^\n]{0,80}(?:\n[ \t][^\n]{0,120}){0,6}\n[ \t]{1,8}key[ \t]+)(?:[07][ \t]+)?([^\s"']{4,128})`,
      // username NAME [privilege N] password [0|7] VALUE; enable password [0|7] VALUE
      String.raw`(?:(?:^|\n)[ \t]*username[ \t]+[^\s]{1,64}(?:[ \t]+privilege[ \t]+\d{1,2})?|\benable)[ \t]+password[ \t]+(?:level[ \t]+\d{1,2}[ \t]+)?(?:[07][ \t]+)?([^\s"']{4,128})`,
      // snmp-server user NAME GROUP v3 auth sha VALUE [priv aes 128 VALUE] (not `encrypted` keys)
      String.raw`\bsnmp-server user[ \t]+[^\s]{1,64}[ \t]+[^\s]{1,64}[ \t]+v3[ \t]+auth[ \t]+(?:md5|sha\d{0,3})[ \t]+([^\s"']{8,128})`,
      String.raw`\bpriv[ \t]+(?:des|3des|aes)(?:[ \t]+(?:128|192|256))?[ \t]+(?<=\bsnmp-server user[ \t][^\n]{1,200}[ \t]v3[ \t]+auth[ \t][^\n]{1,200}[ \t]priv[ \t]+(?:des|3des|aes)(?:[ \t]+(?:128|192|256))?[ \t]+)([^\s"']{8,128})`,
      // crypto isakmp key VALUE address …; ikev1/ikev2 … pre-shared-key VALUE
      String.raw`\bcrypto isakmp key[ \t]+(?:[06][ \t]+)?([^\s"']{4,128})[ \t]+(?:address|hostname)\b`,
      String.raw`\bikev[12](?:[ \t]+(?:local|remote)-authentication)?[ \t]+pre-shared-key[ \t]+(?:[07][ \t]+)?([^\s"'*]{4,128})`,
      // HAProxy's userlist: user NAME insecure-password VALUE
      String.raw`\buser[ \t]+[^\s]{1,64}[ \t]+insecure-password[ \t]+([^\s"']{4,128})`,
      // HAProxy's statistics page: stats auth USER:VALUE
      String.raw`\bstats auth[ \t]+[^\s:]{1,64}:([^\s"']{4,128})`,
      // net-snmp's snmpd.conf: createUser NAME SHA "auth pass" AES "priv pass"
      String.raw`\bcreateUser[ \t]+(?:-e[ \t]+[^\s]{1,64}[ \t]+)?[^\s]{1,64}[ \t]+(?:MD5|SHA(?:-?\d{3})?)[ \t]+(?:"([^"\r\n]{8,128})"|([^\s"]{8,128}))`,
      String.raw`[ \t](?:DES|AES(?:-?\d{3})?)[ \t]+(?<=\bcreateUser[ \t][^\n]{1,200}[ \t](?:MD5|SHA(?:-?\d{3})?)[ \t][^\n]{1,140}[ \t](?:DES|AES(?:-?\d{3})?)[ \t]+)(?:"([^"\r\n]{8,128})"|([^\s"]{8,128}))`,
      // FreeRADIUS clients.conf: `client NAME { … secret = VALUE … }`
      String.raw`\bsecret[ \t]*=(?<=(?:^|\n)[ \t]{0,8}client[ \t]+[^\s{]{1,80}[ \t]{0,4}\{[^{}]{0,500}\n[ \t]{1,8}secret[ \t]*=)[ \t]*(?:"([^"\r\n]{4,128})"|([^\s"#]{4,128}))`,
      // Cisco's NTP key: ntp authentication-key N md5 VALUE [7]
      String.raw`\bntp authentication-key[ \t]+\d{1,10}[ \t]+(?:md5|sha1|sha256|cmac-aes-128|hmac-sha\d{1,3})[ \t]+([^\s"']{4,128})`,
      // Junos's `$9$` secrets, an encoding anyone reverses: "$9$…" after secret, key, authentication-key or community
      String.raw`"(\$9\$[./0-9A-Za-z-]{6,200})"`,
      // FreeRADIUS's log with auth_badpass/auth_goodpass on: `Login incorrect (…): [user/password] (from client …)`
      String.raw`\bLogin (?:incorrect|OK)\b[^\n\[]{0,160}\[[^\s/\]]{1,64}\/([^\n\]]{4,128})\][ \t]+\(from client`,
    ].join('|'),
    'gu',
  ),
  secretGroup: [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18],
  validate: (s, ctx) => {
    if (DEFAULTS.test(s)) return false;
    const before = ctx.text.slice(Math.max(0, ctx.start - 3), ctx.start);
    // After a type 7 marker the value must decode; after 5, 8 or 9 it would be a hash (not matched).
    if (/[ \t]7[ \t]$/u.test(before)) return TYPE_7.test(s);
    if (s.startsWith('$9$')) return true;
    return isLiteralSecretValue(s, true, 4) && !/^\*+$/u.test(s);
  },
  envName: 'DEVICE_SECRET',
  references: [
    'https://www.cisco.com/c/en/us/td/docs/ios-xml/ios/security/s1/sec-s1-cr-book/sec-cr-r1.html',
    'https://www.freeradius.org/documentation/freeradius-server/4.0.0/reference/raddb/clients.conf.html',
  ],
  examples: {
    positive: [
      `radius-server host 10.20.1.40 auth-port 1812 acct-port 1813 key ${fake('{a16}', 547)}`,
      `radius server ISE-02\n address ipv4 10.20.1.41 auth-port 1812 acct-port 1813\n key 7 07${fake('{H26}', 548)}`,
      `username netadmin privilege 15 password 0 ${fake('{a12}', 549)}!`,
      `snmp-server user nms LW-V3 v3 auth sha ${fake('{a20}', 550)} priv aes 128 ${fake('{a20}', 551)}`,
      `crypto isakmp key ${fake('{a18}', 552)} address 198.51.100.7`,
      ` ikev1 pre-shared-key ${fake('{a22}', 553)}`,
      `userlist grafana_users\n    user admin insecure-password ${fake('{a8}', 611)}!80?`,
      `listen stats\n    bind :8404\n    stats enable\n    stats auth ops:${fake('{a12}', 612)}%4`,
      `createUser librenms SHA-256 "${fake('{a14}', 613)}9q" AES "${fake('{a14}', 614)}2w"`,
      `client fortigate-rh01 {\n    ipaddr = 10.20.0.1\n    secret = "${fake('{a15}', 554)}"\n}`,
      `ntp authentication-key 1 md5 ${fake('{a12}', 101192)}`,
      `        authentication-key "$9$${fake('{a40}', 101193)}"; ## SECRET-DATA`,
      `Tue May 14 06:14:59 2024 : Auth: (1241) Login incorrect (pap: Cleartext password does not match "known good" password): [cust-1001/${fake('{a10}', 101194)}.q] (from client bng-01 port 0 cli C4-AD-34-12-9B-07)`,
    ],
    negative: [
      'client localhost {\n    ipaddr = 127.0.0.1\n    secret = testing123\n}',
      'username admin privilege 15 secret 9 $9$nhEmQVczB7dqsO$X.HsgL6x1il0RxkOSSvyQYwucySCt7qFm4v7pqCxkKM',
      'snmp-server user nms LW-V3 v3 encrypted auth sha 3A:8B:21:0F:99:CD priv aes 128 7F:12:AA:3C',
      ' ikev1 pre-shared-key *****',
      'tacacs-server key 7 XYZ-not-type7',
      'radius-server key <RADIUS-KEY>',
      'stats auth admin:${HAPROXY_STATS_PASSWORD}',
      'createUser -e 0x8000000001020304 myuser SHA "<auth-passphrase>" AES "<priv-passphrase>"',
    ],
  },
});
