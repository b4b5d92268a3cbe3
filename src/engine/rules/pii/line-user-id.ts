import { defineRule, fake, hasCharClasses } from '../defineRule';

// A LINE user's id: U and 32 lower-case hex digits, as the Messaging API's webhooks name the sender
// (`source.userId`) and a push names the recipient (`"to": "U…"`). Unique to the person for one
// provider's channels: the key to their profile and their chats with the company. A group's id
// starts with C, a room's with R: no one's.
export default defineRule({
  id: 'line-user-id',
  category: 'pii',
  description: "LINE user id (U and 32 hex digits) as a webhook's sender or a push's recipient",
  keywords: ['userid', 'user_id', '"to"', 'to=', 'to:'],
  window: { before: 8, after: 64 },
  pattern: /(?<![\w.-])(?:source\.)?["']?(?:userId|user_id|to)["']?[ \t]*[:=][ \t]*["']?(U[0-9a-f]{32})(?![\w-])/gu,
  secretGroup: 1,
  // Hex letters and digits both (with the U, three kinds of characters): not one digit repeated.
  validate: (s) => hasCharClasses(s, 3),
  redactAs: 'line-user-id',
  references: ['https://developers.line.biz/en/docs/messaging-api/getting-user-ids/'],
  examples: {
    positive: [
      `[bot] event received type=message source.userId=U${fake('{h32}', 4421)} reply=queued`,
      `{"type": "message", "source": {"type": "user", "userId": "U${fake('{h32}', 4422)}"}}`,
      `POST /v2/bot/message/push {"to": "U${fake('{h32}', 4423)}", "messages": [{"type": "text"}]}`,
    ],
    negative: [
      `{"to": "C${fake('{h32}', 4424)}"}`,
      `"userId": "U${fake('{H32}', 4425)}"`,
      '"userId": "U00000000000000000000000000000000"',
    ],
  },
});
