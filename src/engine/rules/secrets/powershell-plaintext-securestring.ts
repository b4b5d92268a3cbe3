import { defineRule, fake } from '../defineRule';
import { isLiteralSecretValue } from './_generic';

// A password written into a PowerShell script in clear text: `ConvertTo-SecureString "…"
// -AsPlainText -Force` (also `-String "…"`, and the flags before the string), or Winlogon's
// AutoLogon password set in the registry (`-Name DefaultPassword -Value '…'`).
export default defineRule({
  id: 'powershell-plaintext-securestring',
  category: 'secret',
  description: 'Plain-text password passed to PowerShell ConvertTo-SecureString -AsPlainText',
  generic: true,
  keywords: ['convertto-securestring', 'defaultpassword'],
  // (A single-quoted string is literal, `$` and backticks too: `'Pwsh-oMBjL5amswk4$'`; a
  // double-quoted one with `$` interpolates a variable, and is no literal.)
  pattern:
    /[Cc]onvert[Tt]o-[Ss]ecure[Ss]tring[ \t]{1,4}(?:-[Ss]tring[ \t]{1,4})?(?:'([^'\r\n]{4,200})'|"([^"\r\n$`]{4,200})")(?=(?:[ \t]{1,4}-[Ff]orce)?[ \t]{1,4}-[Aa]s[Pp]lain[Tt]ext)|[Cc]onvert[Tt]o-[Ss]ecure[Ss]tring[ \t]{1,4}-[Aa]s[Pp]lain[Tt]ext(?:[ \t]{1,4}-[Ff]orce)?[ \t]{1,4}(?:-[Ss]tring[ \t]{1,4})?(?:'([^'\r\n]{4,200})'|"([^"\r\n$`]{4,200})")|-[Nn]ame[ \t]{1,4}["']?DefaultPassword["']?[ \t]{1,4}-[Vv]alue[ \t]{1,4}(?:'([^'\r\n]{4,200})'|"([^"\r\n$`]{4,200})")/gu,
  secretGroup: [1, 2, 3, 4, 5, 6],
  validate: (s) => isLiteralSecretValue(s, true, 4),
  envName: 'PASSWORD',
  references: ['https://learn.microsoft.com/powershell/module/microsoft.powershell.security/convertto-securestring'],
  examples: {
    positive: [
      `Set-ItemProperty $reg -Name DefaultPassword -Value '${fake('{a8}', 530)}#A'`,
      `$spPassword = ConvertTo-SecureString "${fake('{a5}', 467)}~${fake('{a34}', 468)}" -AsPlainText -Force`,
      `$kvPassword = ConvertTo-SecureString -String "${fake('{a6}', 469)}!${fake('{a10}', 470)}" -AsPlainText -Force`,
      `$pw = ConvertTo-SecureString -AsPlainText -Force -String '${fake('{a14}', 471)}'`,
      `$pfxPassword = ConvertTo-SecureString -String '${fake('{a16}', 565)}-${fake('{a8}', 566)}59' -Force -AsPlainText`,
      `$svcPw   = ConvertTo-SecureString 'Pwsh-${fake('{a12}', 567)}4$' -AsPlainText -Force`,
    ],
    negative: [
      '$pw = ConvertTo-SecureString $env:ADMIN_PASSWORD -AsPlainText -Force',
      '$pw = ConvertTo-SecureString "$($secret.Value)" -AsPlainText -Force',
      '$pw = Read-Host -AsSecureString "SQL admin password"',
      '$enc = ConvertTo-SecureString $encrypted -Key $key',
      '$pw = ConvertTo-SecureString "<password>" -AsPlainText -Force',
    ],
  },
});
