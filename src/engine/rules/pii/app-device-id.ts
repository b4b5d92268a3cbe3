import { native } from '../../scan/nativeRegex';
import { defineRule, fake } from '../defineRule';
import { UUID_SOURCE } from '../secrets/_generic';

/** The keys of an app's device or installation id: an access log's `did=`, `device_id`, `deviceId`, Mixpanel's `$device_id`, `device_uuid`, `installation_id`. */
const DEVICE_ID_KEY = native(/(?<![\w-])(?:did|device_?id|deviceId|DeviceId|\$device_id|device_?uuid|deviceUuid|installation_?id|installationId)["']?[ \t]*[:=][ \t]*["']?$/u);

// An app's id for one phone or one installation (a UUID: iOS's identifierForVendor, an SDK's device
// id) under its key in an access log or an analytics export (`uid=… did=…`, `"$device_id": "…"`).
// It follows one person's phone from request to request as an advertising id does
// (mobile-advertising-id), and the GDPR counts such online identifiers as personal data. Reported
// under its key only: a bare UUID is a request's or a record's id as often. The all-zero id is nobody's.
export default defineRule({
  id: 'app-device-id',
  category: 'pii',
  acceptsUuid: true,
  description: "An app's device or installation id (a UUID) under its key in an access log or an analytics export (did=, device_id, $device_id)",
  keywords: ['did=', 'did":', 'device_id', 'deviceid', 'device_uuid', 'deviceuuid', 'installation_id', 'installationid'],
  pattern: new RegExp(`(?<![\\w-])${UUID_SOURCE}(?![\\w-])`, 'gu'),
  validate: (s, ctx) => !/^[0-]+$/u.test(s) && DEVICE_ID_KEY.test(ctx.text.slice(Math.max(0, ctx.start - 40), ctx.start)),
  references: ['https://developer.apple.com/documentation/uikit/uidevice/identifierforvendor', 'https://gdpr-info.eu/recitals/no-30/'],
  examples: {
    positive: [
      `203.0.113.7 - - [14/Nov/2024:00:00:07 +0900] "GET /api/app/v2/orders/UB-1/tracking HTTP/2.0" 200 4505 "-" "ExampleApp/4.11.1 (iPhone14,3; iOS 17.6.1)" uid=MB00000001 did=${fake('{H8}-{H4}-4{H3}-A{H3}-{H12}', 102080)}`,
      `{"event": "checkout_started", "properties": {"distinct_id": "u_000001", "$device_id": "${fake('{h8}-{h4}-4{h3}-8{h3}-{h12}', 102081)}"}}`,
    ],
    negative: [
      '"device_id": "00000000-0000-0000-0000-000000000000"',
      // a request's id, and a device model's name
      `request_id=${fake('{h8}-{h4}-4{h3}-9{h3}-{h12}', 102082)} device=iPhone14,3`,
    ],
  },
});
