import { defineRule, fake, hasCharClasses } from '../defineRule';
import { looksRandom } from './_providerKit';

// An InfluxDB 2.x/3.x API token: 64 random bytes in base64url, 86 characters and `==`, after the `influx`
// CLI's `--token`/`-t` or under an influx key name (`INFLUX_TOKEN=`, `influxdb_token:`).
export default defineRule({
  id: 'influxdb-token',
  category: 'secret',
  description: "InfluxDB API token (86 base64url characters and '==') after the influx CLI's --token or under an influx key name",
  keywords: ['influx'],
  window: { before: 40, after: 400 },
  pattern: /(?:\binflux[^\n]{0,300}?(?:--token|-t)[ =]["']?|\binflux[\w.-]{0,16}?token["']?[ \t]*[:=][ \t]*["']?(?:Token[ \t]+)?)([A-Za-z0-9_-]{86}==)(?![\w=-])/giu,
  secretGroup: 1,
  validate: (s) => hasCharClasses(s, 3) && looksRandom(s.slice(0, -2), 4.5),
  envName: 'INFLUX_TOKEN',
  references: ['https://docs.influxdata.com/influxdb/v2/admin/tokens/'],
  examples: {
    positive: [
      `influx query --host https://influx.internal:8086 --org ops --token ${fake('{w86}', 101275)}== 'from(bucket:"raw")'`,
      `INFLUX_TOKEN=${fake('{w86}', 101276)}==`,
    ],
    negative: ['influx query --token $INFLUX_TOKEN', `influx_bucket_id: ${fake('{h16}', 101277)}`],
  },
});
