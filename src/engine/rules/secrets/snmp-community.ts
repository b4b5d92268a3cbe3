import { defineRule, fake } from '../defineRule';

/** The factory communities, which every scanner tries first: not a secret. */
const DEFAULTS = /^(?:public|private|community|snmp|cisco|admin|secret|manager|monitor|read|write|ro|rw)$/iu;

/** Net-SNMP's tools that take a community with `-c`. */
const SNMP_TOOLS = ['snmpwalk', 'snmpbulkwalk', 'snmpget', 'snmpbulkget', 'snmpgetnext', 'snmpset', 'snmptable', 'snmptrap', 'snmpdf', 'snmpnetstat', 'snmpstatus'];

// An SNMP community string (v1/v2c's shared password): a printer's or switch's configuration page
// (`Read Community : …`), Net-SNMP's `rocommunity …`/`rwcommunity …`, Cisco's `snmp-server
// community … RO`, and `community = "…"` in monitoring configs. Group 1, 2 or 3 is the value.
export default defineRule({
  id: 'snmp-community',
  category: 'secret',
  description: 'SNMP community string (v1/v2c shared secret) in a device or monitoring configuration',
  generic: true,
  keywords: ['community', 'communities', '/snmp community', ...SNMP_TOOLS],
  hints: ['snmp'],
  // Every match holds `community` or the tool's name within its first 20 characters and is at most
  // ~100 long; a tool's `-c` may come after other options.
  window: { before: 24, after: 110 },
  // (RouterOS's `/snmp community` block holds its `add … name=…` lines below the header.)
  keywordWindows: { ...Object.fromEntries(SNMP_TOOLS.map((tool) => [tool, { before: 24, after: 240 }])), '/snmp community': { before: 24, after: 1400 } },
  // Groups 4 and 5: a bare `community` key or a Junos `community … {` block (the text must say
  // SNMP); group 6: Net-SNMP's tools' `-c` (`snmpwalk -v2c -c … host`); group 7: a RouterOS
  // `/snmp community` block's `add … name=…`; group 8: the first item of a YAML list of communities
  // (`librenms_snmp_v2c_communities:\n  - "…"`).
  pattern:
    /(?:[Rr]ead|[Ww]rite|[Gg]et|[Ss]et|[Tt]rap|SNMP|snmp)[ _-]?[Cc]ommunity(?:[ _-]?(?:[Ss]tring|[Nn]ame))?[ \t]*[:=][ \t]*["']?([^\s"']{4,64})["']?|(?:^|\n)[ \t]*(?:ro|rw)community6?[ \t]+([^\s#]{4,64})|snmp-server community[ \t]+([^\s]{4,64})[ \t]+(?:RO|RW|ro|rw|view)\b|(?:^|\n)[ \t]*["']?community["']?[ \t]*[:=][ \t]*(["']?)([^\s"'#,]{4,64})\4[ \t]*(?:[#,]|\r?\n|$)|(?:^|\n)[ \t]*community[ \t]+["']?([^\s"'{;]{4,64})["']?[ \t]*\{|\bsnmp(?:walk|bulkwalk|get|bulkget|getnext|set|table|trap|df|netstat|status)\b[^\n|;&]{0,200}?[ \t]-c[ \t]*["']?([^\s"'|;&]{4,64})|\/snmp community\r?\n(?:[^\n\/][^\n]{0,200}\r?\n){0,6}?[ \t]*(?:add|set)\b[^\n]{0,200}?[ \t]name=["']?([^\s"']{4,64})|snmp[\w-]{0,20}communit(?:y|ies)[\w-]{0,20}["']?:[ \t]*\r?\n[ \t]*-[ \t]+["']?([^\s"'#]{4,64}?)["']?[ \t]*(?=\r?\n|$)/gu,
  secretGroup: [1, 2, 3, 5, 6, 7, 8, 9],
  // (Nor a type: `snmp_community: str,` in a Python signature. A bare key or a Junos block: in a
  // text that says SNMP.)
  validate: (s, ctx) =>
    !DEFAULTS.test(s) && !/^[<{$%]/u.test(s) && !/^(?:str|string|String|bytes|int|Optional\[\w+\])\W?$/u.test(s) && ((ctx.match[5] === undefined && ctx.match[6] === undefined) || ctx.hasHint('snmp')),
  envName: 'SNMP_COMMUNITY',
  references: ['https://www.rfc-editor.org/rfc/rfc3584', 'https://net-snmp.sourceforge.io/docs/man/snmpd.conf.html'],
  examples: {
    positive: [
      `Read Community        : ${fake('{a8}', 523)}#`,
      `rocommunity ${fake('{a10}', 524)} 10.0.0.0/8`,
      `snmp-server community ${fake('{a12}', 525)} RO 10`,
      // a shell history's walk, Prometheus snmp_exporter's generator, a Junos snmp block
      `snmpwalk -v2c -c ${fake('{a6}-{a11}', 101200)} 10.20.0.1 IF-MIB::ifDescr`,
      `auths:\n  public_v2:\n    version: 2\n    community: ${fake('{a4}-{a12}', 101201)}\nmodules:\n  if_mib:\n    walk: [sysUpTime, interfaces]\n# snmp_exporter generator`,
      `snmp {\n    location "AMS01";\n    community ${fake('{a4}-{a12}', 101202)} {\n        authorization read-only;\n    }\n}`,
      // a MikroTik export's community block, an Ansible host's list of communities
      `/snmp community\nset [ find default=yes ] disabled=yes\nadd addresses=10.30.0.0/16 name=${fake('{a14}', 101258)}\n/ip address`,
      `librenms_snmp_v2c_communities:\n  - "${fake('{l4}-{a12}', 101259)}"\n`,
    ],
    negative: [
      'Read Community        : public',
      'rocommunity public default',
      'snmp-server community <COMMUNITY> RO',
      'community = "${SNMP_COMMUNITY}"',
      'def snmp_set_community(snmp_community: str, /) -> Literal[True]: ...',
      // a community key in a text that says nothing of SNMP
      'project:\n  name: docs-site\n  community: discord-server-42\n',
      'snmpwalk -v2c -c public localhost system',
      'snmpwalk -v2c -c "$SNMP_COMMUNITY" 10.20.0.1',
      '/snmp community\nset [ find default=yes ] name=public\n',
      'snmp_communities:\n  - "{{ vault_snmp_community }}"\n',
    ],
  },
});
