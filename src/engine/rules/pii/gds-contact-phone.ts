import { defineRule, fake } from '../defineRule';
import { readPhone } from './phone-number';

// A passenger's phone number in a PNR's contact element (IATA's SSR CTCM for a mobile, CTCH for home,
// CTCB for business): international digits without the `+`, as reservation systems store them
// (`SSR CTCM XQ HK1/4790412345/P1`). The number must be a valid one of its country once the `+` is
// put back; the element's own name is its label.
export default defineRule({
  id: 'gds-contact-phone',
  category: 'pii',
  description: "Passenger's phone number in a PNR's SSR CTCM/CTCH/CTCB contact element (international digits without the +)",
  keywords: ['ssr ctcm', 'ssr ctch', 'ssr ctcb'],
  window: { before: 0, after: 60 },
  pattern: /SSR CTC[MHB] [A-Z0-9]{2} [A-Z]{2}\d{1,2}\/(\d{8,15})(?=\/|[ \t]*(?:\r?\n|$))/gu,
  secretGroup: 1,
  validate: (s) => {
    const read = readPhone(`+${s}`);
    return read === 'valid' || read === 'mobile';
  },
  redactAs: 'phone',
  references: ['https://www.iata.org/en/programs/passenger/pax-contact-data/'],
  examples: {
    positive: [
      `  7 SSR CTCM XQ HK1/4791${fake('{d6}', 101775)}/P1`,
      // a British mobile in a queue dump's element, the passenger reference left off
      `SSR CTCM XQ HK1/447534${fake('{d6}', 101776)}`,
    ],
    negative: ['  7 SSR CTCM XQ HK1/1234567890/P1', '  8 SSR CTCE XQ HK1/A.EXAMPLE//EXAMPLE.COM/P1'],
  },
});
