import { defineRule, fake, minEntropy } from '../defineRule';

export default defineRule({
  id: 'discord-webhook-url',
  category: 'secret',
  description: 'Discord webhook URL; the token part is the secret',
  keywords: ['discord'],
  // https://(ptb.|canary.)discord(app).com/api(/v10)/webhooks/ + 17-20 digit id + / + 68 base64url token
  pattern:
    /https:\/\/(?:(?:ptb|canary)\.)?discord(?:app)?\.com\/api(?:\/v\d{1,2})?\/webhooks\/\d{17,20}\/([\w-]{60,80})(?![\w-])/gu,
  secretGroup: 1,
  validate: (s) => minEntropy(s, 3.5),
  envName: 'DISCORD_WEBHOOK_URL',
  references: ['https://discord.com/developers/docs/resources/webhook#execute-webhook'],
  examples: {
    positive: [
      `DISCORD_WEBHOOK_URL=https://discord.com/api/webhooks/${fake('1{d18}')}/${fake('{w68}')}`,
      `requests.post("https://discordapp.com/api/webhooks/${fake('{d18}', 2)}/${fake('{w68}', 2)}", json={"content": "deploy done"})`,
    ],
    negative: [
      `https://discord.com/api/webhooks/${fake('1{d18}')}/`,
      `https://discord.com/api/webhooks/${fake('1{d18}')}/${fake('{w40}')}`,
      'https://discord.com/api/webhooks/123456789012345678/<webhook-token>',
      `https://discord.com/api/channels/${fake('1{d18}')}/${fake('{w68}')}`,
    ],
  },
});
