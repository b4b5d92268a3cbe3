import { defineRule, fake } from '../defineRule';

// A Group Policy Preferences password (Groups.xml, Services.xml, ScheduledTasks.xml, DataSources.xml,
// Drives.xml): `cpassword="…"` is AES-256 encrypted with a key Microsoft published, so anyone who
// can read SYSVOL can decrypt it (MS14-025). The value is base64, often without its padding.
export default defineRule({
  id: 'gpp-cpassword',
  category: 'secret',
  description: 'Group Policy Preferences cpassword (decryptable with the key Microsoft published, MS14-025)',
  keywords: ['cpassword'],
  pattern: /(?<![\w]|(?<!:)-)cpassword=(["'])([A-Za-z0-9+/]{16,512}={0,2})\1/gu,
  secretGroup: 2,
  envName: 'GPP_PASSWORD',
  references: [
    'https://learn.microsoft.com/openspecs/windows_protocols/ms-gppref/2c15cbf0-f086-4c74-8b70-1f2fa45dd4be',
    'https://support.microsoft.com/topic/ms14-025-vulnerability-in-group-policy-preferences-could-allow-elevation-of-privilege-may-13-2014-60734e15-af79-26ca-ea53-8cd617073c30',
  ],
  examples: {
    positive: [
      `<Properties action="U" newName="" fullName="" cpassword="${fake('{b43}', 534)}" changeLogon="0" userName="lw-localadmin"/>`,
      `<Properties action="U" cpassword="${fake('{b64}', 535)}" runAs="NT AUTHORITY\\System"/>`,
    ],
    negative: [
      '<Properties action="U" newName="" fullName="" cpassword="" changeLogon="0" userName="Administrator"/>',
      'Get-GPPPassword reads every cpassword="…" attribute in SYSVOL',
      '<Properties cpassword="AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA"/>',
    ],
  },
});
