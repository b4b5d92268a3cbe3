import { defineRule, fake } from '../defineRule';

// A password in a Windows answer file (unattend.xml / autounattend.xml): AutoLogon's and the local
// accounts' <Password>, and <AdministratorPassword>, each holding <Value>…</Value> (clear text when
// <PlainText> is true, else base64 of the password and a suffix, trivially decoded). Group 1.
export default defineRule({
  id: 'windows-unattend-password',
  category: 'secret',
  description: 'Password in a Windows unattend.xml answer file (AutoLogon, AdministratorPassword, local accounts)',
  keywords: ['<password>', '<administratorpassword>'],
  window: { before: 16, after: 240 },
  pattern: /<(?:Password|AdministratorPassword)>[ \t\r\n]*<Value>([^<\r\n]{4,200})<\/Value>/gu,
  secretGroup: 1,
  // Windows System Image Manager hides passwords it writes as *SENSITIVE*DATA*DELETED*.
  validate: (s) => !/^\*SENSITIVE\*DATA\*DELETED\*$/u.test(s),
  envName: 'ADMIN_PASSWORD',
  references: ['https://learn.microsoft.com/en-us/windows-hardware/customize/desktop/unattend/microsoft-windows-shell-setup-autologon-password'],
  examples: {
    positive: [
      `<AutoLogon>\n  <Password>\n    <Value>${fake('{a10}', 526)}2021_U</Value>\n    <PlainText>true</PlainText>\n  </Password>`,
      `<AdministratorPassword><Value>${fake('{b28}', 527)}=</Value><PlainText>false</PlainText></AdministratorPassword>`,
    ],
    negative: ['<Password><Value>*SENSITIVE*DATA*DELETED*</Value></Password>', '<Password><Value>${ADMIN_PASSWORD}</Value></Password>'],
  },
});
