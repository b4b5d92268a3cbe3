import { native } from '../../scan/nativeRegex';
import { defineRule, fake } from '../defineRule';
import { UUID_SOURCE } from '../secrets/_generic';
import { columnHeader } from './_context';

/** The keys of a phone's advertising id: Apple's IDFA (`idfa`, Mixpanel's `$ios_ifa`), Google's GAID/AAID, Adjust's and AppsFlyer's forms, a MAID. */
/** An export's column of advertising ids (`idfa`, `gaid`, `adid`, `advertising_id`). */
const AD_ID_COLUMN = native(/^["'`]?(?:idfa|ifa|gaid|aaid|adid|google_?ad(?:vertising)?_?id|advertising_?id|maid|mobile_?ad_?id)["'`]?$/iu);

const AD_ID_KEY =
  native(/(?:idfa|ios_?ifa|\$ios_ifa|ifa|gaid|aaid|adid|google_?ad(?:vertising)?_?id|android_?ad(?:vertising)?_?id|advertising_?id|advertisingIdentifier|maid|mobile_?ad_?id)["']?[ \t]*[:=][ \t]*["']?$/iu);

// A phone's advertising id (Apple's IDFA, Google's advertising id): a UUID the platform gives each
// device for ads, which ad networks and analytics exports use to follow one person across apps.
// Regulators count it as personal data (an online identifier under the GDPR; the FTC's cases on
// MAIDs). Reported under its key only; the all-zero id a device reports when tracking is off, or
// limited, is nobody's.
export default defineRule({
  id: 'mobile-advertising-id',
  category: 'pii',
  acceptsUuid: true,
  description: "A phone's advertising id (IDFA, Google advertising id) under its key in an analytics or attribution export",
  keywords: ['idfa', 'ifa', 'gaid', 'aaid', 'adid', 'advertising', 'ad_id', 'adid', 'maid'],
  window: { before: 40, after: 4000 },
  columns: true,
  pattern: new RegExp(`(?<![\\w-])${UUID_SOURCE}(?![\\w-])`, 'gu'),
  validate: (s, ctx) => {
    if (/^[0-]+$/u.test(s)) return false;
    if (AD_ID_KEY.test(ctx.text.slice(Math.max(0, ctx.start - 40), ctx.start))) return true;
    const header = columnHeader(ctx);
    return header !== undefined && AD_ID_COLUMN.test(header.trim());
  },
  references: ['https://developer.apple.com/documentation/adsupport/asidentifiermanager/advertisingidentifier', 'https://support.google.com/googleplay/android-developer/answer/6048248'],
  examples: {
    positive: [
      `{"event": "sign_up_completed", "properties": {"$device_id": "${fake('{H8}-{H4}-4{H3}-A{H3}-{H12}', 101091)}", "$ios_ifa": "${fake('{H8}-{H4}-4{H3}-8{H3}-{H12}', 101092)}"}}`,
      `adid=${fake('{h8}-{h4}-4{h3}-9{h3}-{h12}', 101093)}&gps_adid=1`,
      `"advertising_id": "${fake('{h8}-{h4}-4{h3}-b{h3}-{h12}', 101094)}"`,
      // a device export's adid column, under the rows' other ids
      `member_no,platform,device_id,adid,model\nM-0000003,Android,${fake('{h16}', 102103)},${fake('{h8}-{h4}-4{h3}-a{h3}-{h12}', 102104)},SM-A546N\n`,
    ],
    negative: [
      '"$ios_ifa": "00000000-0000-0000-0000-000000000000"',
      `"$device_id": "${fake('{H8}-{H4}-4{H3}-A{H3}-{H12}', 101095)}"`,
      // a campaign's id beside an adid column
      `campaign_id,adid,clicks\n${fake('{h8}-{h4}-4{h3}-a{h3}-{h12}', 102105)},,12\n`,
    ],
  },
});
