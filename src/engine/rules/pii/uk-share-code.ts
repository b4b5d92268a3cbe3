import { defineRule } from '../defineRule';
import { hasContext, isOnTestRecordLine } from './_context';
import { native } from '../../scan/nativeRegex';

/** Its label right before the value (`share code WQ7 2M4 RT9`, `"shareCode": "`, `share_code=`) or its column's header. */
const LABEL = native(/share[ _-]?code/iu);


// A UK Home Office share code: nine letters and digits starting with W (right to work), R (right to
// rent) or S (immigration status), as the holder gives it to an employer or a landlord, who checks
// it with the holder's date of birth (`WQ7 2M4 RT9`). It opens the holder's immigration record for
// its 90 days, and an agency's right-to-work register keeps it beside the person's name. Reported
// after its label or under its column only. The Home Office guide's `W12 345 678` is all digits
// after its letter, as no issued code is.
export default defineRule({
  id: 'uk-share-code',
  category: 'pii',
  description: "UK Home Office share code (right to work, right to rent, immigration status) after its label or under its column",
  keywords: ['share code', 'share_code', 'sharecode', 'share-code'],
  window: { before: 64, after: 4000 },
  columns: true,
  pattern: /(?<![A-Za-z0-9])[WRS][A-Z0-9]{2} ?[A-Z0-9]{3} ?[A-Z0-9]{3}(?![A-Za-z0-9])/gu,
  validate: (s, ctx) => {
    const body = s.slice(1).replace(/ /gu, '');
    // Letters and digits both after the first letter (not `W12 345 678`, nor a word in capitals).
    return body.length === 8 && /\d/u.test(body) && /[A-Z]/u.test(body) && hasContext(ctx, LABEL, { before: 24 }) && !isOnTestRecordLine(ctx);
  },
  redactAs: 'uk-share-code',
  references: ['https://www.gov.uk/prove-right-to-work', 'https://www.gov.uk/view-right-to-work'],
  examples: {
    positive: [
      '- ID: EUSS Settled; share code WKT4C8NZP - checked, copy on file',
      'Candidate Ada Example, DOB 01/02/1990, share code WM7 2Q9 XKD, EUSS Pre-Settled',
      'worker_id,document_type,share_code,permission_expiry\nW-1,eVisa,W4D8K2MQT,2026-06-15\n',
    ],
    negative: [
      // the Home Office guide's example, a word in capitals, and a code under another column
      "The employer guide uses share code W12 345 678 - that's the format",
      'share code: WAITING FOR',
      'worker_id,document_type,reference\nW-1,eVisa,W4D8K2MQT\n',
    ],
  },
});
