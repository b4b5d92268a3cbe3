import { defineRule, fake, hasCharClasses } from '../defineRule';
import { looksRandom } from './_providerKit';

// The three credentials of the OVHcloud API: the application key (16 alphanumerics), the application
// secret and the consumer key (32 each). Their names are generic (`application_key=`, `consumer_key=`),
// so the rule runs where OVH is named: `ovh.conf`'s `[ovh-eu]` section, `ovh_application_key` variables.
export default defineRule({
  id: 'ovh-api-credentials',
  category: 'secret',
  description: 'OVHcloud API application key, application secret or consumer key under its key name, near "OVH"',
  keywords: ['ovh'],
  window: { before: 400, after: 400 },
  pattern: /(?<![\w-])(?:ovh[\w.-]{0,8}?)?(?:application[_-]?(?:key|secret)|consumer[_-]?key|applicationKey|applicationSecret|consumerKey)["']?[ \t]*[:=][ \t]*["']?([A-Za-z0-9]{32}|[A-Za-z0-9]{16})(?![\w-])/giu,
  secretGroup: 1,
  validate: (s) => hasCharClasses(s, 2) && /\d|[A-Z].*[a-z]|[a-z].*[A-Z]/u.test(s) && looksRandom(s, s.length === 16 ? 3.3 : 4),
  envName: 'OVH_APPLICATION_SECRET',
  references: ['https://help.ovhcloud.com/csm/en-api-getting-started-ovhcloud-api'],
  examples: {
    positive: [
      `[default]\nendpoint=ovh-eu\n\n[ovh-eu]\napplication_key=${fake('{a16}', 101278)}\napplication_secret=${fake('{a32}', 101279)}\nconsumer_key=${fake('{a32}', 101280)}`,
      `ovh_application_key    = "${fake('{a16}', 101281)}"`,
    ],
    negative: ['[ovh-eu]\napplication_key=${OVH_APPLICATION_KEY}', `application_key=${fake('{a16}', 101282)}`, 'ovh_application_key = "xxxxxxxxxxxxxxxx"'],
  },
});
