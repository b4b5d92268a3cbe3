import { defineRule, fake } from '../defineRule';
import { looksRandom } from './_providerKit';

// Efí's (formerly Gerencianet's) API client secret: `Client_Secret_` and 40 hex digits, as the
// account's API panel issues it beside its `Client_Id_…`. With the application's certificate it
// moves money through Pix, boletos and transfers. The client id beside it is an identifier, not a
// secret, and does not match.
export default defineRule({
  id: 'efi-client-secret',
  category: 'secret',
  description: "Efí (Gerencianet) API client secret (Client_Secret_ and 40 hex digits)",
  keywords: ['client_secret_'],
  pattern: /(?<![\w-])Client_Secret_[0-9a-f]{40}(?![\w-])/gu,
  validate: (s) => looksRandom(s.slice(14), 3),
  publicPrefix: 14,
  envName: 'EFI_CLIENT_SECRET',
  references: ['https://dev.efipay.com.br/en/docs/api-pix/credenciais'],
  examples: {
    positive: [
      `GN_CLIENT_SECRET=Client_Secret_${fake('{h40}', 101975)}`,
      `ainda com o client_secret antigo \`Client_Secret_${fake('{h40}', 101976)}\`, rotacionar hoje`,
    ],
    negative: [
      `GN_CLIENT_ID=Client_Id_${fake('{h40}', 101977)}`,
      'GN_CLIENT_SECRET=Client_Secret_0000000000000000000000000000000000000000',
      'GN_CLIENT_SECRET=Client_Secret_xxxxxxxx',
    ],
  },
});
