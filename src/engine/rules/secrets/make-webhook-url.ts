import { defineRule, fake } from '../defineRule';
import { isSequentialOrRepetitive } from '../../scan/filters';

// A Make (formerly Integromat) custom webhook: `https://hook.<zone>.make.com/<32 characters>`, or
// the older `https://hook.integromat.com/<…>`. Whoever holds the URL can start the scenario and
// feed it data (a CRM, a sheet, a payroll system's tenant): the hook's token is the secret part, as
// with Zapier's, Slack's and Discord's webhooks.
export default defineRule({
  id: 'make-webhook-url',
  category: 'secret',
  description: "Make (Integromat) webhook URL; the hook's token is the secret",
  keywords: ['make.com/', 'integromat.com/'],
  pattern: /https:\/\/hook\.(?:(?:eu|us)\d\.)?(?:make|integromat)\.com\/([a-z0-9]{32})(?![\w-])/gu,
  secretGroup: 1,
  validate: (s) => /\d/u.test(s) && /[a-z]/u.test(s) && isSequentialOrRepetitive(s) === undefined,
  envName: 'MAKE_WEBHOOK_URL',
  references: ['https://www.make.com/en/help/tools/webhooks'],
  examples: {
    positive: [
      `  on_payroll_closed:\n    url: "https://hook.eu1.make.com/${fake('{l32}', 101507)}"`,
      `INTEGROMAT_HOOK=https://hook.integromat.com/${fake('{l32}', 101508)}`,
    ],
    negative: ['https://hook.eu1.make.com/abcdefghijklmnopqrstuvwxyz012345', 'https://hook.eu1.make.com/<your-webhook-id>', 'https://www.make.com/en/help/tools/webhooks'],
  },
});
