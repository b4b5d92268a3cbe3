import { defineRule, fake } from '../defineRule';

// A Vercel deploy hook: `https://api.vercel.com/v1/integrations/deploy/prj_<project id>/<hook id>`.
// A request to it deploys the project's branch; whoever holds the URL can redeploy at will. The hook's
// id, the last part, is the secret.
export default defineRule({
  id: 'vercel-deploy-hook-url',
  category: 'secret',
  description: "Vercel deploy hook URL; the hook's id is the secret",
  keywords: ['api.vercel.com/v1/integrations/deploy'],
  pattern: /https:\/\/api\.vercel\.com\/v1\/integrations\/deploy\/prj_[A-Za-z0-9]{16,40}\/([A-Za-z0-9]{8,16})(?![\w-])/gu,
  secretGroup: 1,
  validate: (s) => /[A-Za-z]/u.test(s) && /\d/u.test(s),
  envName: 'VERCEL_DEPLOY_HOOK',
  references: ['https://vercel.com/docs/deployments/deploy-hooks'],
  examples: {
    positive: [`curl -X POST https://api.vercel.com/v1/integrations/deploy/prj_${fake('{a28}', 101645)}/${fake('{a10}', 101646)}`],
    negative: ['https://api.vercel.com/v1/integrations/deploy/prj_xxxxxxxxxxxxxxxxxxxx/HOOK_ID', 'https://api.vercel.com/v1/integrations/deploy/prj_<project>/<hook>'],
  },
});
