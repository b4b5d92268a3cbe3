import { defineRule } from '../defineRule';
import { ALL_GIVEN_NAMES } from './_names';
import { native } from '../../scan/nativeRegex';

/** A device's name label before the value on its line: `Device Name:`, `"device_name": "`, `hostname=`. */
const DEVICE_LABEL_BEFORE = native(/(?:device|computer|host|bluetooth|airdrop)[ _-]?(?:name)?["']?[ \t]*[:=][ \t]*["']?$/iu);

// A device named after its owner, as Apple and Android name them on setup (`Rosalind’s iPhone`,
// `Marco's MacBook Pro`, `Priya's Pixel 8`): crash reports (Sentry's and Crashlytics' device
// context), MDM inventories and Bluetooth logs carry it. The owner's given name identifies them
// beside the rest of the record. Reported as a whole quoted value or after a device's name label,
// not in prose ("Rosalind's iPhone crashed" names a colleague's given name alone, which the
// person-name rules leave unreported).
export default defineRule({
  id: 'device-owner-name',
  category: 'pii',
  description: "A device named after its owner (\"<given name>'s iPhone\") in a crash report's, an inventory's or a log's device name",
  keywords: ['iphone', 'ipad', 'macbook', 'imac', 'mac mini', 'galaxy', 'pixel', 'android', 'laptop', 'airpods', 'apple watch'],
  pattern: /(?<![\p{L}\p{N}])(\p{Lu}\p{Ll}{1,20})['’]s (?:iPhone|iPad|MacBook(?: Pro| Air)?|iMac|Mac mini|Mac Studio|Apple Watch|AirPods(?: Pro| Max)?|Galaxy(?: [A-Z]?\d{1,3}\+?| Tab| Note| Watch)?|Pixel(?: \d{1,2}a?)?(?: Pro)?|Android|Laptop|PC)(?![\p{L}\p{N}])/gu,
  validate: (_s, ctx) => {
    if (!ALL_GIVEN_NAMES.has(ctx.match[1] as string)) return false;
    const before = ctx.text.charAt(ctx.start - 1);
    const after = ctx.text.charAt(ctx.end);
    if ((before === '"' || before === "'") && after === before) return true;
    return DEVICE_LABEL_BEFORE.test(ctx.text.slice(Math.max(0, ctx.start - 40), ctx.start));
  },
  redactAs: 'name',
  references: ['https://support.apple.com/en-us/102509', 'https://gdpr-info.eu/art-4-gdpr/'],
  examples: {
    positive: [
      '    "device": {\n      "model": "iPhone15,2",\n      "name": "Rosalind’s iPhone"\n    },',
      "Device Name: Marco's MacBook Pro",
      'hostname=Priya’s Pixel 8',
    ],
    negative: ["Rosalind's iPhone crashed again after the update", '"name": "Team iPhone"', '"name": "Test’s iPhone"'],
  },
});
