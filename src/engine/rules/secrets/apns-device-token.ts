import { defineRule, fake } from '../defineRule';
import { columnHeader, lineStartNear } from '../pii/_context';
import { looksRandom } from './_providerKit';
import { native } from '../../scan/nativeRegex';

/** A push token's name: `push_token`, `device_token`, `apns_token`, `ios_device_token`. */
const TOKEN_NAME = String.raw`(?:apns|push|device|ios)[ _-]?(?:device[ _-]?)?token`;
/** The key right before the value: `device_token=`, `"deviceToken": "`, `apns_token: `, `push_token=`. */
const TOKEN_KEY_BEFORE = native(new RegExp(String.raw`(?:${TOKEN_NAME}|devicetoken|pushtoken)["'\x60]?[ \t]*[:=][ \t]*["'\x60]?$`, 'iu'));
/** A push token's column. */
const TOKEN_HEADER = native(new RegExp(String.raw`^["'\x60]?${TOKEN_NAME}["'\x60]?$`, 'u'));
/** An APNs device token's shape: 64 hexadecimal digits in one case (generic-api-key leaves such a value under a push token's key to this rule). */
export const APNS_TOKEN_SHAPE = native(/^(?:[0-9a-f]{64}|[0-9A-F]{64})$/u);
/** A line of an APNs sender's log: `ApnsSender - 200 … device=<token>`. */
const APNS_LINE = native(/apns/iu);

// An Apple Push Notification service device token: 32 bytes, written as 64 hexadecimal digits, the
// address Apple gives one app on one device. Like fcm-registration-token, no credential on its own
// (sending needs the app's APNs key), but it addresses that user's device. Decision (seventy-third
// session): reported at warning, as that rule is. 64 hex digits are also any SHA-256, so the token's
// name must say it: its key right before it, its column's header, or an APNs sender's log line.
export default defineRule({
  id: 'apns-device-token',
  category: 'secret',
  severity: 'warning',
  description: 'Apple push notification (APNs) device token, 64 hex digits after its key, under its column or in an APNs log line',
  keywords: ['apns', 'device_token', 'devicetoken', 'device token', 'device-token', 'push_token', 'pushtoken', 'push token', 'push-token'],
  window: { before: 200, after: 160 },
  columns: true,
  pattern: /(?<![0-9A-Za-z_-])(?:[0-9a-f]{64}|[0-9A-F]{64})(?![0-9A-Za-z_-])/gu,
  validate: (s, ctx) => {
    if (!looksRandom(s.toLowerCase(), 3)) return false;
    const { text, start } = ctx;
    const line = text.slice(lineStartNear(text, start, 400), start);
    if (TOKEN_KEY_BEFORE.test(line) || APNS_LINE.test(line)) return true;
    const header = columnHeader(ctx);
    return header !== undefined && TOKEN_HEADER.test(header);
  },
  references: ['https://developer.apple.com/documentation/usernotifications/registering-your-app-with-apns'],
  examples: {
    positive: [
      `2024-06-11T16:00:11Z INFO a.s.p.apns.ApnsSender - 200 campaign=kudos user=3011 device=${fake('{h64}', 101892)}`,
      `{"platform": "ios", "deviceToken": "${fake('{h64}', 101893)}"}`,
      `user_id,platform,push_token\n1188,ios,${fake('{h64}', 101894)}`,
    ],
    negative: [
      // a digest, a device's hashed id, and a token under a checksum column
      `sha256=${fake('{h64}', 101895)}`,
      `device_id=${fake('{h64}', 101896)}`,
      `file,checksum\nbuild.zip,${fake('{h64}', 101897)}`,
      `apns device=${'ab'.repeat(32)}`,
    ],
  },
});
