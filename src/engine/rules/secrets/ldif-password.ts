import { defineRule, fake } from '../defineRule';

// A password attribute in an LDIF file (an LDAP or Active Directory export or import): userPassword
// (clear text, or a {SSHA}/{CRYPT} hash, which can be cracked offline) and AD's unicodePwd, written
// `attr: value` or base64 `attr:: value`. Group 1 is the value.
export default defineRule({
  id: 'ldif-password',
  category: 'secret',
  description: 'userPassword or unicodePwd attribute in an LDIF export (LDAP, Active Directory)',
  keywords: ['userpassword:', 'unicodepwd:'],
  pattern: /^(?:userPassword|unicodePwd|userpassword|unicodepwd)::?[ \t]+([^\s].{3,300}?)[ \t]*$/gmu,
  secretGroup: 1,
  validate: (s) => !/^(?:\{[A-Z0-9-]+\})?(?:\*+|x+|changeme|secret|password)$/iu.test(s),
  // (Hashes are what this rule reports: the shared hash filter would drop {SSHA} values.)
  skipFilters: true,
  envName: 'LDAP_PASSWORD',
  references: ['https://www.rfc-editor.org/rfc/rfc2849', 'https://learn.microsoft.com/en-us/windows/win32/adschema/a-unicodepwd'],
  examples: {
    positive: [
      `dn: CN=Eva Kuipers,OU=Staff,DC=ad,DC=acme,DC=nl\nchangetype: add\nunicodePwd:: ${fake('{b40}', 520)}=`,
      `dn: uid=jpostma,ou=people,dc=acme,dc=nl\nuserPassword: {SSHA}${fake('{b32}', 521)}`,
      `userPassword: ${fake('{a10}', 522)}!7`,
    ],
    negative: ['userPassword: {SSHA}********', '# userPassword: is set by the portal', 'unicodePwd:: changeme'],
  },
});
