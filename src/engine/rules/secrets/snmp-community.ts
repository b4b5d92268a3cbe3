import { defineRule, fake } from '../defineRule';

/** The factory communities, which every scanner tries first: not a secret. */
const DEFAULTS = /^(?:public|private|community|snmp|cisco|admin|secret|manager|monitor|read|write|ro|rw)$/iu;

// An SNMP community string (v1/v2c's shared password): a printer's or switch's configuration page
// (`Read Community : …`), Net-SNMP's `rocommunity …`/`rwcommunity …`, Cisco's `snmp-server
// community … RO`, and `community = "…"` in monitoring configs. Group 1, 2 or 3 is the value.
export default defineRule({
  id: 'snmp-community',
  category: 'secret',
  description: 'SNMP community string (v1/v2c shared secret) in a device or monitoring configuration',
  generic: true,
  keywords: ['community'],
  // Every match holds `community` within its first 20 characters and is at most ~100 long.
  window: { before: 24, after: 110 },
  pattern:
    /(?:[Rr]ead|[Ww]rite|[Gg]et|[Ss]et|[Tt]rap|SNMP|snmp)[ _-]?[Cc]ommunity(?:[ _-]?(?:[Ss]tring|[Nn]ame))?[ \t]*[:=][ \t]*["']?([^\s"']{4,64})["']?|(?:^|\n)[ \t]*(?:ro|rw)community6?[ \t]+([^\s#]{4,64})|snmp-server community[ \t]+([^\s]{4,64})[ \t]+(?:RO|RW|ro|rw|view)\b/gu,
  secretGroup: [1, 2, 3],
  // (Nor a type: `snmp_community: str,` in a Python signature.)
  validate: (s) => !DEFAULTS.test(s) && !/^[<{$%]/u.test(s) && !/^(?:str|string|String|bytes|int|Optional\[\w+\])\W?$/u.test(s),
  envName: 'SNMP_COMMUNITY',
  references: ['https://www.rfc-editor.org/rfc/rfc3584', 'https://net-snmp.sourceforge.io/docs/man/snmpd.conf.html'],
  examples: {
    positive: [`Read Community        : ${fake('{a8}', 523)}#`, `rocommunity ${fake('{a10}', 524)} 10.0.0.0/8`, `snmp-server community ${fake('{a12}', 525)} RO 10`],
    negative: ['Read Community        : public', 'rocommunity public default', 'snmp-server community <COMMUNITY> RO', 'community = "${SNMP_COMMUNITY}"', 'def snmp_set_community(snmp_community: str, /) -> Literal[True]: ...'],
  },
});
