import { native } from '../../scan/nativeRegex';
import { defineRule, fake } from '../defineRule';

/** Stand-ins and references, not passphrases. */
const NOT_A_PASSPHRASE = native(/^(?:[<{$%]|\*+$)|^(?:authpass|privpass|cryptopass|password|passphrase|changeme|none|null|md5|sha\w*|aes\w*|des)$/iu);

// An SNMPv3 user's (USM's, the User-based Security Model's) authentication or privacy passphrase (USM, RFC 3414): LibreNMS's and Ansible
// roles' `authpass`/`cryptopass`/`privpass` keys, and Net-SNMP's tools' `-A`/`-X` options.
// Group 2 or 3 is the value.
export default defineRule({
  id: 'snmp-usm-passphrase',
  category: 'secret',
  description: "SNMPv3 user's authentication or privacy passphrase (an authpass, privpass or cryptopass key; the -A and -X options of snmpwalk)",
  generic: true,
  keywords: ['authpass', 'privpass', 'cryptopass', 'snmpwalk', 'snmpbulkwalk', 'snmpget', 'snmpbulkget', 'snmpgetnext', 'snmpset', 'snmptable'],
  window: { before: 24, after: 240 },
  // (The privacy passphrase of a tool's command is a match of its own: the branch consumes `-A` or
  // `-X`, then looks back for the command on the line. Net-SNMP's createUser and Cisco's
  // snmp-server user are network-device-secret's.)
  pattern:
    /(?:[Aa]uth|[Pp]riv|[Cc]rypto)[_-]?[Pp]ass(?:[Pp]hrase)?["']?[ \t]*[:=][ \t]*(["']?)([^\s"']{6,64})\1(?![^\s,;#}\]])|-[AX](?<=\bsnmp(?:walk|bulkwalk|get|bulkget|getnext|set|table)\b[^\n|;&]{0,200}[ \t]-[AX])[ \t]*["']?([^\s"'|;&-][^\s"'|;&]{5,63})/gu,
  secretGroup: [2, 3],
  validate: (s) => !NOT_A_PASSPHRASE.test(s),
  envName: 'SNMPV3_AUTH_PASSPHRASE',
  references: ['https://www.rfc-editor.org/rfc/rfc3414', 'https://net-snmp.sourceforge.io/docs/man/snmpd.conf.html'],
  examples: {
    positive: [
      `snmp_v3:\n  authname: monitor\n  authpass: "${fake('{a10}+{a5}', 101203)}"\n  authalgo: SHA\n  cryptopass: "_${fake('{a15}', 101204)}"\n  cryptoalgo: AES`,
      `snmpwalk -v3 -l authPriv -u monitor -a SHA -A ${fake('{a12}', 101207)} -x AES -X ${fake('{a12}', 101208)} 10.0.0.1 system`,
    ],
    negative: [
      'authpass: "{{ vault_snmp_authpass }}"',
      'authpass: ${SNMP_AUTHPASS}',
      'snmpwalk -v3 -l authPriv -u monitor -a SHA -A "$SNMP_AUTH" 10.0.0.1',
      'snmpwalk -v2c -c public -Ax localhost',
    ],
  },
});
