import { native } from '../../scan/nativeRegex';
import { defineRule, fake, hasCharClasses } from '../defineRule';
import { isNear, looksRandom } from './_providerKit';

/**
 * What stands beside a Tuya device's key in its record: the platform's name, a device id (twenty to
 * twenty-two lower-case letters and digits, most starting `bf` or `eb`), or the protocol version
 * tinytuya writes (`"ver": "3.3"`).
 */
const TUYA_RECORD = native(/tuya|"(?:id|devId|dev_id|gwId)"[ \t]*:[ \t]*"[0-9a-z]{20,22}"|"(?:ver|version)"[ \t]*:[ \t]*"3\.[1-5]"/iu);

// A Tuya device's local key: sixteen printable characters that encrypt the device's LAN protocol.
// Whoever holds it (and the device's id and address) controls the device without the cloud; the
// wizard of tinytuya writes every device's key into devices.json and snapshot.json (`"key"`), and
// Tuya's cloud API returns it as `local_key`. The key's own name is too common to stand alone, so a
// device id, the platform's name or the protocol version must be close by.
export default defineRule({
  id: 'tuya-local-key',
  category: 'secret',
  description: "Tuya device local key (16 characters) in a device record (tinytuya's devices.json, the cloud API's local_key)",
  keywords: ['"key"', 'local_key', 'localkey'],
  window: { before: 400, after: 400 },
  pattern: /"(?:local_?[kK]ey|key)"[ \t]*:[ \t]*"((?:[^"\\\s]|\\["\\/]){16})"/gu,
  secretGroup: 1,
  validate: (raw, ctx) => {
    const key = raw.replace(/\\(["\\/])/gu, '$1');
    return key.length === 16 && hasCharClasses(key, 2) && (hasCharClasses(key, 3) || /[^A-Za-z0-9]/u.test(key)) && looksRandom(key, 3) && isNear(ctx, TUYA_RECORD, 400, 400);
  },
  envName: 'TUYA_LOCAL_KEY',
  references: ['https://github.com/jasonacox/tinytuya#setup-wizard---getting-local-keys', 'https://developer.tuya.com/en/docs/cloud/device-management?id=K9g6rfntdz78a'],
  examples: {
    positive: [
      `[\n  {\n    "name": "Hallway plug",\n    "id": "bf${fake('{l20}', 101740)}",\n    "key": "${fake('{a6}', 101741)}#${fake('{a4}', 101742)}!${fake('{a4}', 101743)}",\n    "ver": "3.3"\n  }\n]`,
      `{"result": {"id": "eb${fake('{l18}', 101744)}", "local_key": "${fake('{a16}', 101745)}", "online": true}}`,
    ],
    negative: [
      // a key of another kind in a record with no Tuya device in it
      `{"name": "search", "key": "${fake('{a16}', 101746)}", "type": "index"}`,
      // a translation table's key
      `{"id": "bf${fake('{l20}', 101747)}", "key": "settings.title.x"}`,
      '{"id": "bf0000000000000000000", "key": "0123456789abcdef", "ver": "3.3"}',
    ],
  },
});
