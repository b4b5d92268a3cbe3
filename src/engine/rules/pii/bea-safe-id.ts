import { defineRule } from '../defineRule';

// A SAFE-ID: the identity of a German lawyer's, notary's or tax adviser's electronic mailbox (beA,
// beN, beSt), as court and firm systems write it in XJustiz messages and address books:
// `DE.BRAK.<uuid>.<four hex digits>` (BNotK, BStBK for the others). It names one professional
// person. A court's own mailbox (`DE.Justiz.…`) is an institution's and is not read.
export default defineRule({
  id: 'bea-safe-id',
  category: 'pii',
  description: "A German lawyer's, notary's or tax adviser's SAFE-ID (DE.BRAK.<uuid>.<hex>, beA/beN/beSt mailbox)",
  keywords: ['de.brak.', 'de.bnotk.', 'de.bstbk.'],
  pattern: /(?<![\w.-])DE\.(?:BRAK|BNotK|BStBK)\.[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\.[0-9a-f]{4}(?![\w.-])/giu,
  validate: (s) => !/\.0{8}-0{4}-0{4}-0{4}-0{12}\./u.test(s),
  redactAs: 'safe-id',
  references: ['https://portal.beasupport.de/fragen-antworten/kategorie/safe-id', 'https://xjustiz.justiz.de/'],
  examples: {
    positive: ['      <tns:absender.safeID>DE.BRAK.4c1e7d2a-93b0-4f5e-8a61-2d9c0b7e3f14.5a2c</tns:absender.safeID>', '"safeId": "DE.BNotK.0b8f2e61-7c4d-4a93-b1e5-96d2f0a8c347.e19b"'],
    negative: ['<SafeId>DE.Justiz.4c1e7d2a-93b0-4f5e-8a61-2d9c0b7e3f14.5a2c</SafeId>', 'DE.BRAK.00000000-0000-0000-0000-000000000000.0000', 'request 4c1e7d2a-93b0-4f5e-8a61-2d9c0b7e3f14'],
  },
});
