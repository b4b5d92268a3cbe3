import { defineRule, fake } from '../defineRule';
import { hasContext, isTrivialNumber } from './_context';

/** Its labels: Android's `Settings.Secure.ANDROID_ID` as apps log and store it (`android_id`, `androidId`, `ANDROID_ID`). */
const ANDROID_ID_LABEL = /android[ _-]?id(?![a-z])/u;

/** The value every device of a buggy Android 2.2 build reported, which SDKs test for: no one device's. */
const KNOWN_CONSTANTS = new Set(['9774d56d682e549c']);

// An Android device's ANDROID_ID: 64 bits as 16 hex digits, which each app sees on each device (per
// signing key and user since Android 8), so it names the person's phone to the app's backend as
// an advertising id does. No check digit: it counts after its label or under its column (a device
// binding table's `android_id`, a fraud log's `"androidId":`).
export default defineRule({
  id: 'android-id',
  category: 'pii',
  description: "Android device's ANDROID_ID (16 hex digits) after or under its label",
  keywords: ['android_id', 'androidid', 'android id', 'android-id'],
  window: { before: 40, after: 4000 },
  columns: true,
  pattern: /(?<![\w-])[0-9a-f]{16}(?![\w-])/gu,
  validate: (s, ctx) => {
    if (KNOWN_CONSTANTS.has(s) || !/[a-f]/u.test(s) || isTrivialNumber(s.replace(/[a-f]/gu, '')) || new Set(s).size < 5) return false;
    return hasContext(ctx, ANDROID_ID_LABEL, { before: 40 });
  },
  redactAs: 'device-id',
  references: ['https://developer.android.com/reference/android/provider/Settings.Secure#ANDROID_ID', 'https://gdpr-info.eu/recitals/no-30/'],
  examples: {
    positive: [
      `{"event": "login", "androidId": "${fake('{h16}', 102014)}", "model": "Pixel 7"}`,
      `COPY public.device_bindings (customer_id, android_id, imei, model) FROM stdin;\nc-1\t${fake('{h16}', 102015)}\t\\N\tTECNO Camon 20\n\\.\n`,
      `ANDROID_ID=${fake('{h16}', 102016)}`,
    ],
    negative: [
      // the constant a buggy Android build reported, a commit's short hash, a hash under another column
      'android_id: 9774d56d682e549c',
      `commit ${fake('{h16}', 102017)} fixed the android id lookup`,
      `request_id,android_version\n${fake('{h16}', 102018)},14\n`,
    ],
  },
});
