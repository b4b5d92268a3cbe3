import { defineRule, fake } from '../defineRule';
import { looksRandom } from './_providerKit';

// A Firebase Cloud Messaging registration token: a device's push address, the app instance's id,
// `:APA91b`, then some 140 base64url characters. It is no credential on its own, and isPublicClientKey
// keeps the generic rules off it; but whoever holds the project's sender credentials can message the
// device with it, and it names one user's device for as long as the app stays installed. Decision
// (seventy-third session): reported, at warning (as sentry-dsn was until the seventy-fifth session). Both held-out corpora that held
// such tokens (a push relay's log, a devices table, a QA script's test devices) labelled them secrets.
export default defineRule({
  id: 'fcm-registration-token',
  category: 'secret',
  severity: 'warning',
  description: 'Firebase Cloud Messaging registration token (…:APA91b…): addresses one device, for anyone holding the sender’s credentials',
  keywords: [':apa91b'],
  // (A legacy server key is AAAA + 7 characters before the same `:APA91b`: that rule's.)
  pattern: /(?<![\w-])(?!AAAA[\w-]{7}:)[\w-]{11,64}:APA91b[\w-]{60,300}(?![\w-])/gu,
  validate: (s) => looksRandom(s.slice(s.indexOf(':') + 7), 4),
  publicPrefix: 0,
  references: ['https://firebase.google.com/docs/cloud-messaging/manage-tokens'],
  examples: {
    positive: [
      `sent campaign=weekly user=1188 platform=android token=${fake('{w22}:APA91b{w134}', 101886)}`,
      `INSERT INTO devices VALUES (77, 1188, 'android', '${fake('{w22}:APA91b{w140}', 101887)}', '4.2.0');`,
      `DEVICES = {\n    "pixel8": "${fake('{w11}:APA91b{w134}', 101888)}",\n}`,
    ],
    negative: [
      // a legacy server key (firebase-cloud-messaging-server-key's), a truncated token, a run of one letter
      `FCM_SERVER_KEY=${fake('AAAA{w7}:APA91b{w134}', 101889)}`,
      `token=${fake('{w22}:APA91b{w20}', 101890)}`,
      `token=${fake('{w22}', 101891)}:APA91b${'x'.repeat(134)}`,
    ],
  },
});
