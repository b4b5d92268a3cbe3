import { defineRule, fake } from '../defineRule';
import { credentialsUrlPattern, isRealUrlPassword } from './_connectionUrl';

// The password of an MQTT broker URL, as device firmware, IoT provisioning scripts and Spring or
// Node clients configure it: mqtt://, mqtts://, mqtt+ssl://, and the ssl:// and tcp:// that Paho
// clients take, when the URL names an MQTT port (1883, 8883, 8884) or host.
export default defineRule({
  id: 'mqtt-url-password',
  category: 'secret',
  description: 'Password in an MQTT broker URL (mqtt://, mqtts://, Paho ssl:// and tcp://)',
  keywords: ['mqtt', ':1883', ':8883', ':8884'],
  window: { before: 300, after: 300 },
  pattern: credentialsUrlPattern(String.raw`mqtts?|mqtt\+(?:ssl|tcp|ws|wss)|ssl|tcp`, 1),
  secretGroup: 'pw',
  validate: (s, ctx) => {
    if (!isRealUrlPassword(s, ctx)) return false;
    if (ctx.match[0].startsWith('mqtt')) return true;
    // ssl:// and tcp:// name other protocols too: the host must be an MQTT broker's, or the port MQTT's.
    return /^@(?:[\w-]+\.)*[\w-]*mqtt[\w.-]*|^@[\w.-]+:(?:1883|8883|8884)(?!\d)/u.test(ctx.text.slice(ctx.end, ctx.end + 140));
  },
  envName: 'MQTT_PASSWORD',
  references: ['https://github.com/mqtt/mqtt.org/wiki/URI-Scheme', 'https://eclipse.dev/paho/files/javadoc/org/eclipse/paho/client/mqttv3/MqttConnectOptions.html'],
  examples: {
    positive: [
      `CONFIG_APP_MQTT_BROKER_URI="mqtts://tcu-bench:${fake('{a20}', 901)}@mqtt-staging.fleet.example-iot.net:8883"`,
      `BOOTSTRAP_MQTT_URL = "mqtts://factory-flasher:${fake('{a20}', 902)}@bootstrap.mqtt.example-iot.net:8883"`,
      `    mqtt-url: ssl://fleet-api:${fake('{a18}', 903)}@broker.example-iot.net:8883`,
    ],
    negative: [
      'MQTT_URL=mqtt://guest:guest@localhost:1883',
      'mqtt-url: mqtts://app:${MQTT_PASSWORD}@broker:8883',
      `# the mqtt bridge authenticates against the directory\nLDAP_URL=ssl://reader:${fake('{a16}', 904)}@ldap.example-corp.net:636`,
    ],
  },
});
