import { defineRule, fake } from '../defineRule';

// A DingTalk custom robot's webhook: https://oapi.dingtalk.com/robot/send?access_token=<64 hex>.
// Anyone holding the token can post to the group as the robot (its signing secret, SEC…, has its own line).
export default defineRule({
  id: 'dingtalk-webhook-url',
  category: 'secret',
  description: 'DingTalk custom robot webhook token (oapi.dingtalk.com/robot/send?access_token=…)',
  keywords: ['dingtalk.com/robot/send'],
  pattern: /\bhttps?:\/\/oapi\.dingtalk\.com\/robot\/send\?(?:[\w.~%-]{1,64}=[\w.~%-]{0,128}&)*access_token=([0-9a-f]{64})(?![\w-])/gu,
  secretGroup: 1,
  validate: (s) => new Set(s).size >= 10,
  envName: 'DINGTALK_WEBHOOK_URL',
  references: ['https://open.dingtalk.com/document/orgapp/custom-robot-access'],
  examples: {
    positive: [
      `DINGTALK_WEBHOOK=https://oapi.dingtalk.com/robot/send?access_token=${fake('{h64}', 105)}`,
      `url = f"https://oapi.dingtalk.com/robot/send?access_token=${fake('{h64}', 106)}&timestamp={ts}&sign={sign}"`,
    ],
    negative: [
      'DINGTALK_WEBHOOK=https://oapi.dingtalk.com/robot/send?access_token=xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
      'DINGTALK_WEBHOOK=https://oapi.dingtalk.com/robot/send?access_token=${DINGTALK_TOKEN}',
      `DINGTALK_WEBHOOK=https://oapi.dingtalk.com/robot/send?access_token=${fake('{h63}', 105)}`,
    ],
  },
});
