import { defineRule, fake } from '../defineRule';
import { isSequentialOrRepetitive } from '../../scan/filters';

// A Zapier "Catch Hook" URL: `https://hooks.zapier.com/hooks/catch/<account id>/<hook id>/`. Anyone
// who holds it can post data into the Zap and its actions (a CRM, a mailing list, a sheet): the
// hook id is the secret part, as with Slack's and Discord's webhooks.
export default defineRule({
  id: 'zapier-webhook-url',
  category: 'secret',
  description: "Zapier catch-hook URL; the hook's id is the secret",
  keywords: ['hooks.zapier.com'],
  pattern: /https:\/\/hooks\.zapier\.com\/hooks\/catch\/(\d{5,10})\/([a-z0-9]{6,8})(?![\w-])/gu,
  secretGroup: 2,
  // (About one hook id in ten holds no digit: it counts when the account id is no stand-in, `123456`.)
  validate: (s, ctx) => /[a-z]/u.test(s) && (/\d/u.test(s) || isSequentialOrRepetitive(ctx.match[1] ?? '') === undefined),
  envName: 'ZAPIER_WEBHOOK_URL',
  references: ['https://help.zapier.com/hc/en-us/articles/8496288690317-Trigger-Zaps-from-webhooks'],
  examples: {
    positive: [
      `ZAPIER_HOOK=https://hooks.zapier.com/hooks/catch/${fake('{d7}', 1241)}/${fake('{l7}', 1242)}/`,
      `"url": "https://hooks.zapier.com/hooks/catch/${fake('{d8}', 1243)}/${fake('{l6}', 1244)}1/",`,
      // a hook id of letters only
      `MCH-3,https://hooks.zapier.com/hooks/catch/${fake('{d8}', 101484)}/${fake('{L7}', 101485)}/,active`,
    ],
    negative: ['https://hooks.zapier.com/hooks/catch/123456/abcdef/', 'https://hooks.zapier.com/hooks/catch/123456/hookid/', 'https://hooks.zapier.com/hooks/catch/<account>/<hook>/', 'https://zapier.com/apps/webhook/integrations'],
  },
});
