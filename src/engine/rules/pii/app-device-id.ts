import { native } from '../../scan/nativeRegex';
import { defineRule, fake } from '../defineRule';
import { UUID_SOURCE } from '../secrets/_generic';
import { isPeoplesDeviceCell } from './_devices';

/** The keys of an app's device or installation id: an access log's `did=`, `device_id`, `deviceId`, Mixpanel's `$device_id`, `device_uuid`, `installation_id`. */
const DEVICE_ID_KEY = native(/(?:(?<![\w-])(?:did|device_?id|deviceId|DeviceId|\$device_id|device_?uuid|deviceUuid|installation_?id|installationId)["']?[ \t]*[:=][ \t]*["']?|["']device["'][ \t]*:[ \t]*\{[ \t]*["']id["'][ \t]*:[ \t]*["'])$/u);

// An app's id for one phone or one installation (a UUID: iOS's identifierForVendor, an SDK's device
// id) under its key in an access log or an analytics export (`uid=… did=…`, `"$device_id": "…"`).
// It follows one person's phone from request to request as an advertising id does
// (mobile-advertising-id), and the GDPR counts such online identifiers as personal data. Reported
// under its key only, or under a `device_id` column of a table of people (a members' device bindings
// beside their member number): a bare UUID is a request's or a record's id as often. The all-zero id
// is nobody's.
export default defineRule({
  id: 'app-device-id',
  category: 'pii',
  acceptsUuid: true,
  description: "An app's device or installation id (a UUID) under its key in an access log or an analytics export (did=, device_id, $device_id)",
  keywords: ['did=', 'did":', 'device_id', 'deviceid', 'device_uuid', 'deviceuuid', 'installation_id', 'installationid', '"device":'],
  window: { before: 40, after: 4000 },
  columns: true,
  pattern: new RegExp(`(?<![\\w-])${UUID_SOURCE}(?![\\w-])`, 'gu'),
  validate: (s, ctx) => !/^[0-]+$/u.test(s) && (DEVICE_ID_KEY.test(ctx.text.slice(Math.max(0, ctx.start - 40), ctx.start)) || isPeoplesDeviceCell(ctx)),
  references: ['https://developer.apple.com/documentation/uikit/uidevice/identifierforvendor', 'https://gdpr-info.eu/recitals/no-30/'],
  examples: {
    positive: [
      `203.0.113.7 - - [14/Nov/2024:00:00:07 +0900] "GET /api/app/v2/orders/UB-1/tracking HTTP/2.0" 200 4505 "-" "ExampleApp/4.11.1 (iPhone14,3; iOS 17.6.1)" uid=MB00000001 did=${fake('{H8}-{H4}-4{H3}-A{H3}-{H12}', 102080)}`,
      `{"event": "checkout_started", "properties": {"distinct_id": "u_000001", "$device_id": "${fake('{h8}-{h4}-4{h3}-8{h3}-{h12}', 102081)}"}}`,
      // an API's device object in a member's profile; a members' device bindings, the phone's id under device_id beside the member's number
      `{"memberNo": "M-1", "device": {"id": "${fake('{H8}-{H4}-4{H3}-B{H3}-{H12}', 102099)}", "platform": "iOS"}}`,
      `device_id,member_no,platform,app_version\n${fake('{H8}-{H4}-4{H3}-8{H3}-{H12}', 102100)},M-0000001,iOS,4.6.1\n`,
      // a pg_dump COPY block of a bank's customers' devices (its customer column is `cliente_id`)
      'COPY core.dispositivos (id, cliente_id, device_id, plataforma) FROM stdin;\n91c3\t3304118\tA5D0C2E1-7B3F-4E9A-8C16-2F4B9D07E1A3\tios\n\\.\n',
    ],
    negative: [
      '"device_id": "00000000-0000-0000-0000-000000000000"',
      // a request's id, and a device model's name
      `request_id=${fake('{h8}-{h4}-4{h3}-9{h3}-{h12}', 102082)} device=iPhone14,3`,
      // a device inventory's ids: no person's column in the table
      `device_id,model,firmware,warehouse\n${fake('{h8}-{h4}-4{h3}-a{h3}-{h12}', 102101)},Zebra TC52,11.2,WH-2\n`,
    ],
  },
});
