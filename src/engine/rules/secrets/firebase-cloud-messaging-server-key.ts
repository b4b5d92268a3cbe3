import { defineRule, fake } from '../defineRule';
import { looksRandom } from './_providerKit';

export default defineRule({
  id: 'firebase-cloud-messaging-server-key',
  category: 'secret',
  description: 'Firebase Cloud Messaging legacy server key (AAAA…:APA91b…)',
  keywords: [':apa91b'],
  // AAAA + 7 base64url characters + :APA91b + 134 base64url characters (152 in all).
  // NOTE: Firebase web API keys (AIza…) are public identifiers and not reported here.
  pattern: /(?<![\w]|(?<!:)-)AAAA[\w-]{7}:APA91b[\w-]{134}(?![\w-])/gu,
  validate: (s) => looksRandom(s.slice(18), 4),
  publicPrefix: 4,
  envName: 'FCM_SERVER_KEY',
  references: ['https://firebase.google.com/docs/cloud-messaging/auth-server#authorize-legacy-protocol-send-requests'],
  examples: {
    positive: [
      `FCM_SERVER_KEY=${fake('AAAA{w7}:APA91b{w134}')}`,
      `-H "Authorization: key=${fake('AAAA{w7}:APA91b{w134}', 3)}"`,
    ],
    negative: [
      fake('AAAA{w7}:APA91b{w40}'),
      `FIREBASE_API_KEY=${fake('AIza{w35}')}`,
      fake('BBBB{w7}:APA91b{w134}'),
    ],
  },
});
