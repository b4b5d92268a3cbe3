import { defineRule, fake, hasCharClasses, minEntropy } from '../defineRule';
import { native } from '../../scan/nativeRegex';

/** A Firebase web app's config beside the key: its auth domain and its sender id or `firebaseapp.com` host. */
const FIREBASE_WEB_CONFIG = /["']?authDomain["']?[ \t]*:[\s\S]{0,400}?(?:firebaseapp\.com|messagingSenderId)|messagingSenderId[\s\S]{0,400}?authDomain/u;

/** The key's place in a Firebase mobile app's config: google-services.json's `current_key`, GoogleService-Info.plist's `API_KEY`. */
const FIREBASE_MOBILE_KEY_BEFORE = /(?:"current_key"[ \t]*:[ \t]*"|<key>API_KEY<\/key>\s{0,20}<string>)$/u;

/** Fields of those configs around the key: the app's id, the project's, the sender's. */
const FIREBASE_MOBILE_CONFIG = native(/"mobilesdk_app_id"|"project_info"|<key>(?:GCM_SENDER_ID|GOOGLE_APP_ID)<\/key>/u);

/** A FlutterFire options object's app id (`appId: '1:…:ios:…'`): firebase_options.dart, generated for every platform. */
const FLUTTERFIRE_APP_ID = native(/FirebaseOptions\([\s\S]{0,300}?appId:[ \t]*["']1:\d{6,15}:(?:android|ios|web):/u);

/**
 * The key's place in an Android app's resources or manifest, which the APK carries to every install:
 * the Maps SDK's `google_maps_key` string, the manifest's `com.google.android.geo.API_KEY` meta-data.
 */
const ANDROID_APP_KEY_BEFORE = /(?:<string name="google_maps_key"[^>\n]{0,80}>|android:name="com\.google\.android\.(?:geo|maps\.v2)\.API_KEY"[ \t\r\n]{1,20}android:value=")$/u;

/**
 * A Firebase web key under a front-end framework's public prefix, which the bundler writes into the
 * page (`NEXT_PUBLIC_FIREBASE_API_KEY=`, `VITE_FIREBASE_API_KEY=`, or the same variable's fallback,
 * `process.env.NEXT_PUBLIC_FIREBASE_API_KEY ?? '…'`).
 */
const PUBLIC_FIREBASE_VARIABLE_BEFORE = native(/(?:NEXT_PUBLIC|VITE|REACT_APP|EXPO_PUBLIC|NUXT_PUBLIC|GATSBY|PUBLIC)_FIREBASE_(?:WEB_)?API_KEY\b[^\n]{0,60}$/u);

/** A Firebase app's config, web or mobile, or an Android app's Maps key: what every install of the app carries. */
function isFirebaseAppConfig(text: string, start: number, end: number): boolean {
  if (ANDROID_APP_KEY_BEFORE.test(text.slice(Math.max(0, start - 160), start))) return true;
  if (PUBLIC_FIREBASE_VARIABLE_BEFORE.test(text.slice(Math.max(0, start - 100), start))) return true;
  if (/apiKey["']?[ \t]*:[ \t]*["']$/u.test(text.slice(Math.max(0, start - 24), start))) {
    return FIREBASE_WEB_CONFIG.test(text.slice(Math.max(0, start - 400), end + 400)) || FLUTTERFIRE_APP_ID.test(text.slice(Math.max(0, start - 200), end + 300));
  }
  return FIREBASE_MOBILE_KEY_BEFORE.test(text.slice(Math.max(0, start - 60), start)) && FIREBASE_MOBILE_CONFIG.test(text.slice(Math.max(0, start - 1500), end + 1500));
}

export default defineRule({
  id: 'google-api-key',
  category: 'secret',
  description: 'Google API key, including Firebase and Maps keys (AIza…)',
  keywords: ['aiza'],
  // AIza + 35 base64url characters
  pattern: /(?<![\w]|(?<!:)-)AIza[A-Za-z0-9_-]{35}(?![\w-])/gu,
  // Decision: a Firebase web app's `apiKey` (in the config object the app ships to every browser,
  // beside `authDomain` and `messagingSenderId`) is public by design, as Firebase's docs say; the
  // same key anywhere else (a Maps or Places key in a server's env) is reported. So is an Android or
  // iOS app's key in the config file Firebase has it ship (google-services.json, GoogleService-Info.plist,
  // FlutterFire's firebase_options.dart), and an Android app's Maps key in its resources or manifest.
  validate: (s, ctx) => hasCharClasses(s.slice(4), 2) && minEntropy(s.slice(4), 3.2) && !isFirebaseAppConfig(ctx.text, ctx.start, ctx.end),
  publicPrefix: 4,
  envName: 'GOOGLE_API_KEY',
  references: ['https://cloud.google.com/docs/authentication/api-keys', 'https://firebase.google.com/docs/projects/api-keys'],
  examples: {
    positive: [
      `GOOGLE_API_KEY=${fake('AIza{w35}')}`,
      `<script src="https://maps.googleapis.com/maps/api/js?key=${fake('AIza{w35}', 5)}"></script>`,
      `  apiKey: "${fake('AIzaSy{w33}')}",`,
      // the same field names outside a Firebase config: a server's own settings
      `{ "maps": { "current_key": "${fake('AIzaSy{w33}', 100974)}", "rotated": "2024-05-01" } }`,
    ],
    negative: [
      // a Firebase web key that the framework writes into the page
      `NEXT_PUBLIC_FIREBASE_API_KEY=${fake('AIzaSy{w33}', 101058)}`,
      `  apiKey: process.env.NEXT_PUBLIC_FIREBASE_API_KEY ?? '${fake('AIzaSy{w33}', 101059)}',`,
      `GOOGLE_API_KEY=${fake('AIza{w30}')}`,
      'GOOGLE_API_KEY=AIzaxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
      'GOOGLE_API_KEY=AIza<your-api-key>',
      // a Firebase web app's config, shipped to every browser
      `const firebaseConfig = {\n  apiKey: "${fake('AIzaSy{w33}', 100940)}",\n  authDomain: "tulpen-shop.firebaseapp.com",\n  projectId: "tulpen-shop",\n  messagingSenderId: "${fake('{d12}', 100941)}",\n};`,
      `GOOGLE_API_KEY=${fake('AIzb{w35}')}`,
      // an Android app's and an iOS app's Firebase config files
      `{\n  "project_info": { "project_number": "${fake('{d12}', 100968)}", "project_id": "tulpen-shop" },\n  "client": [{\n    "client_info": { "mobilesdk_app_id": "1:${fake('{d12}', 100969)}:android:${fake('{h16}', 100970)}" },\n    "api_key": [{ "current_key": "${fake('AIzaSy{w33}', 100971)}" }]\n  }]\n}`,
      `<dict>\n\t<key>API_KEY</key>\n\t<string>${fake('AIzaSy{w33}', 100972)}</string>\n\t<key>GCM_SENDER_ID</key>\n\t<string>${fake('{d12}', 100973)}</string>\n</dict>`,
      // FlutterFire's options for iOS, an Android app's Maps key in its resources and its manifest
      `  static const FirebaseOptions ios = FirebaseOptions(\n    apiKey: '${fake('AIzaSy{w33}', 101031)}',\n    appId: '1:${fake('{d12}', 101032)}:ios:${fake('{h22}', 101033)}',\n    projectId: 'tulpen-shop',\n  );`,
      `    <string name="google_maps_key" templateMergeStrategy="preserve" translatable="false">${fake('AIzaSy{w33}', 101034)}</string>`,
      `<meta-data\n    android:name="com.google.android.geo.API_KEY"\n    android:value="${fake('AIzaSy{w33}', 101035)}" />`,
    ],
  },
});
