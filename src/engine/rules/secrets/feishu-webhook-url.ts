import { defineRule, fake } from '../defineRule';

// A Feishu (Lark) custom bot's webhook: https://open.feishu.cn/open-apis/bot/v2/hook/<uuid> (Lark:
// open.larksuite.com). Anyone holding the URL can post to the group as the bot.
export default defineRule({
  id: 'feishu-webhook-url',
  category: 'secret',
  description: 'Feishu / Lark custom bot webhook URL (open-apis/bot/v2/hook/<id>)',
  keywords: ['/bot/v2/hook/'],
  pattern: /\bhttps?:\/\/open\.(?:feishu\.cn|larksuite\.com|larkoffice\.com)\/open-apis\/bot\/v2\/hook\/([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})(?![\w-])/gu,
  secretGroup: 1,
  // (The id is a UUID, which the false-positive filters would take for an identifier; the pattern pins it to the webhook's URL.)
  skipFilters: true,
  validate: (s) => new Set(s.replace(/-/gu, '')).size >= 8,
  envName: 'FEISHU_WEBHOOK_URL',
  references: ['https://open.feishu.cn/document/client-docs/bot-v3/add-custom-bot'],
  examples: {
    positive: [
      `FEISHU_WEBHOOK=https://open.feishu.cn/open-apis/bot/v2/hook/${fake('{h8}-{h4}-{h4}-{h4}-{h12}', 101)}`,
      `lark_url: "https://open.larksuite.com/open-apis/bot/v2/hook/${fake('{h8}-{h4}-{h4}-{h4}-{h12}', 102)}"`,
    ],
    negative: [
      'FEISHU_WEBHOOK=https://open.feishu.cn/open-apis/bot/v2/hook/xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx',
      'FEISHU_WEBHOOK=https://open.feishu.cn/open-apis/bot/v2/hook/{token}',
      'FEISHU_WEBHOOK=https://open.feishu.cn/open-apis/bot/v2/hook/00000000-0000-0000-0000-000000000000',
    ],
  },
});
