import { defineRule, fake } from '../defineRule';
import { hasContext, isTrivialNumber } from './_context';
import { isPeoplesDeviceCell } from './_devices';
import type { MatchContext } from '../../types';
import { native } from '../../scan/nativeRegex';

/** Its labels: Android's `Settings.Secure.ANDROID_ID` as apps log and store it (`android_id`, `androidId`, `ANDROID_ID`). */
const ANDROID_ID_LABEL = /android[ _-]?id(?![a-z])/u;

/** A device id's key right before the value: `"device_id": "`, `deviceId=`, `X-Device-Id: `, a log's `device=`, `"device": {"id": "`. */
const DEVICE_KEY_BEFORE = native(/(?:(?<![\w-])(?:device[_-]?id|deviceId|DeviceId|x-device-id|device)["']?[ \t]*[:=][ \t]*["']?|["']device["'][ \t]*:[ \t]*\{[ \t]*["']id["'][ \t]*:[ \t]*["'])$/iu);

/** The same record is a phone's or a person's: Android named, or a user's, member's, customer's, worker's or owner's key. */
const PHONE_OR_PERSON_NEAR = native(/android|["'](?:user(?:_?id)?|userId|member_?(?:no|id)|customer(?:_?(?:id|no))?|worker_?(?:ref|id)|owner|account_?id)["'][ \t]*:|(?<![\w-])(?:owner|user|uid|member)=/iu);

/** A 16-hex-digit value under a device id's key in a phone's or a person's record (a push log's, an audit log's, an MDM sync's). */
function isKeyedPhoneDeviceId(ctx: MatchContext): boolean {
  const { text } = ctx;
  if (!DEVICE_KEY_BEFORE.test(text.slice(Math.max(0, ctx.start - 40), ctx.start))) return false;
  const lineStart = text.lastIndexOf('\n', ctx.start) + 1;
  const lineEnd = text.indexOf('\n', ctx.end);
  const record = text.slice(Math.max(lineStart, ctx.start - 300), Math.min(lineEnd === -1 ? text.length : lineEnd, ctx.end + 300));
  return PHONE_OR_PERSON_NEAR.test(record);
}

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
  keywords: ['android_id', 'androidid', 'android id', 'android-id', 'device_id', 'deviceid', 'device-id', 'device=', '"device":'],
  window: { before: 40, after: 4000 },
  columns: true,
  pattern: /(?<![\w-])[0-9a-f]{16}(?![\w-])/gu,
  validate: (s, ctx) => {
    if (KNOWN_CONSTANTS.has(s) || !/[a-f]/u.test(s) || isTrivialNumber(s.replace(/[a-f]/gu, '')) || new Set(s).size < 5) return false;
    return hasContext(ctx, ANDROID_ID_LABEL, { before: 40 }) || isPeoplesDeviceCell(ctx) || isKeyedPhoneDeviceId(ctx);
  },
  redactAs: 'device-id',
  references: ['https://developer.android.com/reference/android/provider/Settings.Secure#ANDROID_ID', 'https://gdpr-info.eu/recitals/no-30/'],
  examples: {
    positive: [
      `{"event": "login", "androidId": "${fake('{h16}', 102014)}", "model": "Pixel 7"}`,
      `COPY public.device_bindings (customer_id, android_id, imei, model) FROM stdin;\nc-1\t${fake('{h16}', 102015)}\t\\N\tTECNO Camon 20\n\\.\n`,
      `ANDROID_ID=${fake('{h16}', 102016)}`,
      // a users table's dump: the phone's id under device_id, beside the person's name and mailbox
      `INSERT INTO app_user (id, full_name, email, device_id, kyc_level) VALUES\n(7, 'A. Example', 'a.example@kestrelmail.in', '${fake('{h16}', 102020)}', 'MIN_KYC');`,
      // under a device id's key in a push log's record of an Android phone, an MDM sync's line with its owner, an API's device object
      `{"msg": "push delivered", "platform": "android", "device_id": "${fake('{h16}', 102083)}", "user": "usr_000001"}`,
      `[2024-06-10 05:06:00] mdm-sync device=${fake('{h16}', 102084)} policy=compliant owner=EMP-0001`,
      `{"memberNo": "M-1", "device": {"id": "${fake('{h16}', 102085)}", "platform": "Android"}}`,
      // a members' device bindings: the member's number beside the phone's id
      `COPY member.devices (device_id, member_no, platform, app_version) FROM stdin;\n${fake('{h16}', 102102)}\tM-0000002\tAndroid\t4.5.3\n\\.\n`,
      // a pg_dump COPY block of a bank's customers' devices (its customer column is `cliente_id`)
      'COPY core.dispositivos (id, cliente_id, device_id, plataforma) FROM stdin;\n91c2\t3304117\t5b0e97d2c4a81f36\tandroid\n\\.\n',
    ],
    negative: [
      // the constant a buggy Android build reported, a commit's short hash, a hash under another column
      'android_id: 9774d56d682e549c',
      `commit ${fake('{h16}', 102017)} fixed the android id lookup`,
      `request_id,android_version\n${fake('{h16}', 102018)},14\n`,
      // a sensor fleet's device ids: no person's table
      `device_id,firmware,last_seen\n${fake('{h16}', 102021)},2.4.1,2024-03-01\n`,
      // a sensor's id under its key, no phone or person in its record
      `{"device_id": "${fake('{h16}', 102086)}", "firmware": "2.4.1", "temperature": 21.5}`,
    ],
  },
});
