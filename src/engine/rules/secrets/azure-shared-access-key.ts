import { defineRule, fake, minEntropy } from '../defineRule';
import { withSignatureBranch } from './_providerKit';
import { contextWords } from './_context';

/**
 * Identifiable messaging keys: 33 base64 characters, a service signature (+ASb Service Bus,
 * +AEh Event Hubs, +ARm Relay, AIoT IoT Hub), one of A-P, 5 more, then "=".
 */
const IDENTIFIABLE = /^[A-Za-z0-9+/]{33}(?:\+ASb|\+AEh|\+ARm|AIoT)[A-P][A-Za-z0-9+/]{5}=$/u;

export default defineRule({
  id: 'azure-shared-access-key',
  category: 'secret',
  description: 'Azure Service Bus, Event Hubs, Relay or IoT Hub shared access key (SharedAccessKey=…)',
  keywords: ['sharedaccesskey', '+asb', '+aeh', '+arm', 'aiot'],
  // SharedAccessKey= (as in Endpoint=sb://…;SharedAccessKeyName=…;SharedAccessKey=…) then the
  // value (group 1): 43 base64 characters + "=" (a 32-byte key). A key in the identifiable format
  // needs no context (group 2, read back from its signature: see withSignatureBranch).
  pattern:
    withSignatureBranch(
    /(?:(?<![A-Za-z0-9])(?:SharedAccessKey|primary[_.-]?key|secondary[_.-]?key)["'`]?[ \t]{0,3}(?:=|:)[ \t]{0,3}["'`]?)([A-Za-z0-9+/]{43}=)(?![A-Za-z0-9+/=])/giu,
    { signature: String.raw`(?:\+ASb|\+AEh|\+ARm|AIoT)`, offset: 33, chars: String.raw`A-Za-z0-9+/`, value: String.raw`[A-Za-z0-9+/]{43}=`, after: String.raw`(?![A-Za-z0-9+/=])` },
  ),
  secretGroup: [1, 2],
  validate: (s, ctx) => {
    if (!minEntropy(s, 3.8)) return false;
    const words = contextWords(ctx);
    if (words.startsWith('sharedaccesskey')) return true;
    // primaryKey/secondaryKey (az CLI output) only with a messaging service nearby; else identifiable.
    if (words !== '' && /servicebus\.windows\.net|azure-devices\.net|eventhub|servicebus|iothub/iu.test(ctx.text.slice(Math.max(0, ctx.start - 1500), ctx.end + 1500))) return true;
    return IDENTIFIABLE.test(s);
  },
  envName: 'AZURE_SHARED_ACCESS_KEY',
  references: [
    'https://learn.microsoft.com/en-us/azure/service-bus-messaging/service-bus-sas',
    'https://learn.microsoft.com/en-us/azure/event-hubs/authenticate-shared-access-signature',
    'https://learn.microsoft.com/en-us/azure/iot-hub/authenticate-authorize-sas',
  ],
  examples: {
    positive: [
      `HostName=acme-hub.azure-devices.net;DeviceId=sensor-7;SharedAccessKey=${fake('{b43}', 2)}=`,
      `SERVICEBUS_CONNECTION="Endpoint=sb://acme.servicebus.windows.net/;SharedAccessKeyName=RootManageSharedAccessKey;SharedAccessKey=${fake('{b43}')}="`,
      `key = "${fake('{b33}', 3)}+ASbB${fake('{b5}', 3)}="`,
    ],
    negative: [
      'Endpoint=sb://acme.servicebus.windows.net/;SharedAccessKeyName=RootManageSharedAccessKey;SharedAccessKey=<key>',
      `Endpoint=sb://acme.servicebus.windows.net/;SharedAccessKey=${fake('{b30}')}=`,
      `"primaryKey": "${fake('{b43}', 4)}="`,
      `value = "${fake('{b44}', 5)}"`,
    ],
  },
});
