import { defineRule, fake, hasCharClasses } from '../defineRule';
import { looksRandom } from './_providerKit';

// Fortnox (Swedish accounting) integrations' client secret: ten letters and digits, sent as the
// legacy API's `Client-Secret` header beside an `Access-Token`, or kept under a Fortnox key name
// (`FORTNOX_CLIENT_SECRET=`). Too short for the generic rules' entropy, so it needs Fortnox's name.
export default defineRule({
  id: 'fortnox-client-secret',
  category: 'secret',
  description: "Fortnox client secret (10 alphanumerics) in a Client-Secret header or under a Fortnox key name, near 'Fortnox'",
  keywords: ['fortnox'],
  window: { before: 300, after: 300 },
  pattern: /(?:\bClient-Secret:[ \t]*|\bfortnox[\w.-]{0,12}?client[_-]?secret["']?[ \t]*[:=][ \t]*["']?)([A-Za-z0-9]{10})(?![\w-])/giu,
  secretGroup: 1,
  validate: (s) => hasCharClasses(s, 2) && /[A-Z]/u.test(s) && /[a-z]/u.test(s) && looksRandom(s, 2.9),
  envName: 'FORTNOX_CLIENT_SECRET',
  references: ['https://www.fortnox.se/developer/authorization'],
  examples: {
    positive: [
      `FORTNOX_CLIENT_SECRET=${fake('{L4}', 101296)}${fake('{A3}', 101297)}${fake('{L3}', 101298)}`,
      `curl -s -H "Access-Token: ${fake('{h8}-{h4}-4{h3}-a{h3}-{h12}', 101299)}" -H "Client-Secret: ${fake('{A2}', 101300)}${fake('{L6}', 101301)}4k" https://api.fortnox.se/3/employees`,
    ],
    negative: ['FORTNOX_CLIENT_SECRET=${FORTNOX_SECRET}', `curl -H "Client-Secret: ${fake('{L4}', 101302)}${fake('{A3}', 101303)}${fake('{L3}', 101304)}" https://api.example-erp.com/v1`, 'FORTNOX_CLIENT_SECRET=abcdefghij'],
  },
});
