import { defineRule, fake, hasCharClasses, minEntropy } from '../defineRule';

/** A Firebase web app's config beside the key: its auth domain and its sender id or `firebaseapp.com` host. */
const FIREBASE_WEB_CONFIG = /["']?authDomain["']?[ \t]*:[\s\S]{0,400}?(?:firebaseapp\.com|messagingSenderId)|messagingSenderId[\s\S]{0,400}?authDomain/u;

export default defineRule({
  id: 'google-api-key',
  category: 'secret',
  description: 'Google API key, including Firebase and Maps keys (AIza…)',
  keywords: ['aiza'],
  // AIza + 35 base64url characters
  pattern: /(?<![\w-])AIza[A-Za-z0-9_-]{35}(?![\w-])/gu,
  // Decision: a Firebase web app's `apiKey` (in the config object the app ships to every browser,
  // beside `authDomain` and `messagingSenderId`) is public by design, as Firebase's docs say; the
  // same key anywhere else (a Maps or Places key in a server's env) is reported.
  validate: (s, ctx) =>
    hasCharClasses(s.slice(4), 2) &&
    minEntropy(s.slice(4), 3.2) &&
    !(/apiKey["']?[ \t]*:[ \t]*["']$/u.test(ctx.text.slice(Math.max(0, ctx.start - 24), ctx.start)) && FIREBASE_WEB_CONFIG.test(ctx.text.slice(Math.max(0, ctx.start - 400), ctx.end + 400))),
  publicPrefix: 4,
  envName: 'GOOGLE_API_KEY',
  references: ['https://cloud.google.com/docs/authentication/api-keys', 'https://firebase.google.com/docs/projects/api-keys'],
  examples: {
    positive: [
      `GOOGLE_API_KEY=${fake('AIza{w35}')}`,
      `<script src="https://maps.googleapis.com/maps/api/js?key=${fake('AIza{w35}', 5)}"></script>`,
      `  apiKey: "${fake('AIzaSy{w33}')}",`,
    ],
    negative: [
      `GOOGLE_API_KEY=${fake('AIza{w30}')}`,
      'GOOGLE_API_KEY=AIzaxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
      'GOOGLE_API_KEY=AIza<your-api-key>',
      // a Firebase web app's config, shipped to every browser
      `const firebaseConfig = {\n  apiKey: "${fake('AIzaSy{w33}', 100940)}",\n  authDomain: "tulpen-shop.firebaseapp.com",\n  projectId: "tulpen-shop",\n  messagingSenderId: "${fake('{d12}', 100941)}",\n};`,
      `GOOGLE_API_KEY=${fake('AIzb{w35}')}`,
    ],
  },
});
