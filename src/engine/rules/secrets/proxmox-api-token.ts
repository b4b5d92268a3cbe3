import { defineRule, fake } from '../defineRule';

// Proxmox VE / Backup Server API tokens: `PVEAPIToken=user@realm!tokenid=<UUID secret>` (the
// Authorization header), and the secret assigned to Terraform provider settings
// (`pm_api_token_secret = "<UUID>"`). Group 1 or 2 is the secret.
export default defineRule({
  id: 'proxmox-api-token',
  category: 'secret',
  description: 'Proxmox VE / Backup Server API token secret (PVEAPIToken=…!…=UUID, pm_api_token_secret)',
  keywords: ['pveapitoken=', 'pbsapitoken=', 'api_token_secret'],
  pattern:
    /P[VB][ES]APIToken=[\w.-]{1,64}@[\w.-]{1,32}![\w.-]{1,64}[=:]([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})(?![\w-])|(?:pm|proxmox|pve)_api_token_secret["']?[ \t]*[:=][ \t]*["']?([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})(?![\w-])/giu,
  secretGroup: [1, 2],
  // The secret is a UUID, which the shared filters drop.
  skipFilters: true,
  envName: 'PROXMOX_API_TOKEN_SECRET',
  references: ['https://pve.proxmox.com/wiki/Proxmox_VE_API#API_Tokens'],
  examples: {
    positive: [
      `curl -sk -H "Authorization: PVEAPIToken=backup@pve!snap=${fake('{h8}-{h4}-{h4}-{h4}-{h12}', 528)}" https://pve01:8006/api2/json/nodes`,
      `pm_api_token_secret = "${fake('{h8}-{h4}-{h4}-{h4}-{h12}', 529)}"`,
    ],
    negative: ['pm_api_token_secret = var.pm_api_token_secret', 'Authorization: PVEAPIToken=USER@REALM!TOKENID=UUID'],
  },
});
