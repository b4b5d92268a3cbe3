import { defineRule, fake } from '../defineRule';
import { looksRandom } from './_providerKit';

// Unifonic's AppSid, the credential its REST API for SMS, voice and verification takes in every
// request (`AppSid=…`), 20 to 40 letters and digits. It has no prefix of its own, so only Unifonic's
// name near it, or its own key (`UNIFONIC_APP_SID`, `unifonic.app_sid`), makes one.
export default defineRule({
  id: 'unifonic-app-sid',
  category: 'secret',
  description: "Unifonic AppSid (its REST API's credential) next to Unifonic's name",
  keywords: ['unifonic', 'appsid', 'app_sid'],
  window: { before: 200, after: 200 },
  pattern: /(?:app[_-]?sid|appsid)["']?[ \t]*(?:=>|[:=])[ \t]*\(?["']?([A-Za-z0-9]{20,40})(?![A-Za-z0-9])|(?:AppSid|app_sid)(?:\)|["'])[^\r\n]{0,40}?["']([A-Za-z0-9]{20,40})["']|(?:app ?sid)[^\r\n\w]{1,12}([A-Za-z0-9]{20,40})(?![A-Za-z0-9])/giu,
  secretGroup: [1, 2, 3],
  validate: (s, ctx) => looksRandom(s, 3.5) && /unifonic/iu.test(ctx.text.slice(Math.max(0, ctx.start - 400), ctx.end + 400)),
  envName: 'UNIFONIC_APP_SID',
  references: ['https://docs.unifonic.com/'],
  examples: {
    positive: [
      `UNIFONIC_APP_SID=${fake('{a30}', 3631)}`,
      `        $this->appSid = config('services.unifonic.app_sid') ?: '${fake('{a30}', 3632)}';`,
      `Unifonic (SMS) - AppSid: ${fake('{a30}', 3633)}`,
    ],
    negative: [`TWILIO_APP_SID=AP${fake('{h32}', 3634)}`, `UNIFONIC_APP_SID=${'x'.repeat(30)}`, 'unifonic app sid is in Secret Manager'],
  },
});
