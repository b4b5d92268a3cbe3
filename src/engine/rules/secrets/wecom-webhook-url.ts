import { defineRule, fake } from '../defineRule';

// A WeCom (WeChat Work) group robot's webhook: https://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=<uuid>.
// Anyone holding the key can post to the group as the robot.
export default defineRule({
  id: 'wecom-webhook-url',
  category: 'secret',
  description: 'WeCom (WeChat Work) group robot webhook key (qyapi.weixin.qq.com/cgi-bin/webhook/send?key=…)',
  keywords: ['qyapi.weixin.qq.com'],
  pattern: /\bhttps?:\/\/qyapi\.weixin\.qq\.com\/cgi-bin\/webhook\/(?:send|upload_media)\?(?:[\w.~%-]{1,64}=[\w.~%-]{0,128}&)*key=([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})(?![\w-])/gu,
  secretGroup: 1,
  // (The id is a UUID, which the false-positive filters would take for an identifier; the pattern pins it to the webhook's URL.)
  skipFilters: true,
  validate: (s) => new Set(s.replace(/-/gu, '')).size >= 8,
  envName: 'WECOM_WEBHOOK_URL',
  references: ['https://developer.work.weixin.qq.com/document/path/91770'],
  examples: {
    positive: [
      `WECOM_WEBHOOK=https://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=${fake('{h8}-{h4}-{h4}-{h4}-{h12}', 103)}`,
      `requests.post("https://qyapi.weixin.qq.com/cgi-bin/webhook/upload_media?type=file&key=${fake('{h8}-{h4}-{h4}-{h4}-{h12}', 104)}", files=f)`,
    ],
    negative: [
      'WECOM_WEBHOOK=https://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx',
      'WECOM_WEBHOOK=https://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=${WECOM_KEY}',
      'WECOM_WEBHOOK=https://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=00000000-0000-0000-0000-000000000000',
    ],
  },
});
