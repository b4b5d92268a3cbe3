import { native } from '../../scan/nativeRegex';
import { defineRule, fake } from '../defineRule';
import { columnHeader, isTrivialNumber } from './_context';

/** A KYC export's voter-id column: `voter_id`, `Voter ID`, `epic_no`, `EPIC Number`. */
const VOTER_COLUMN = native(/^(?:voter[ _-]?id(?:[ _-]?(?:card|no|number))?|epic(?:[ _-]?(?:no|number))?)$/iu);

/** Stand-ins' letters: `ABC1234567`, `XXX…`. */
const PLACEHOLDER_LETTERS = native(/^(?:ABC|XXX|AAA)/u);

// An Indian voter ID card's number, the EPIC (Elector's Photo Identity Card) number: three letters
// and seven digits (`ABC1234567`), a common KYC document. The shape is any product code's, and no
// check digit is published, so it counts only right after its label (`EPIC no`, `voter id`; `EPIC` alone too) or a
// KYC record's document type (`VOTER_ID`, `'VOTER_ID', '…'` in a dump, a CSV's `VOTER_ID,…` cell), or
// in a KYC export's `voter_id` column.
export default defineRule({
  id: 'in-voter-id',
  category: 'pii',
  description: "Indian voter ID (EPIC) number after its label or a KYC record's document type",
  keywords: ['voter', 'epic no', 'epic number', 'epic_no', 'epic_number'],
  window: { before: 8, after: 80 },
  columns: true,
  keywordWindows: { voter: { before: 8, after: 4000 }, epic_no: { before: 8, after: 4000 } },
  pattern: new RegExp(
    String.raw`(?<![A-Za-z])(?:(?:[Vv]oter|VOTER)[ _-]?[Ii][Dd](?:[ _-]?(?:[Cc]ard|CARD))?|EPIC|[Ee]pic)(?:[ _-]?(?:[Nn]o|NO|[Nn]umber|NUMBER)\.?)?` +
      String.raw`["']?[ \t]{0,3}(?:[:=#,|;\t-]|["'],)?[ \t]{0,3}["']?([A-Z]{3}\d{7})(?![\w-])` +
      // a cell of its column
      String.raw`|(?:^|[,;\t|])["']?([A-Z]{3}\d{7})["']?(?=[,;\t|]|\r?\n|$)`,
    'gu',
  ),
  secretGroup: [1, 2],
  validate: (s, ctx) => {
    if (isTrivialNumber(s.slice(3)) || PLACEHOLDER_LETTERS.test(s)) return false;
    if (ctx.match[2] === undefined) return true;
    const header = columnHeader(ctx);
    return header !== undefined && VOTER_COLUMN.test(header.trim());
  },
  redactAs: 'voter-id',
  references: ['https://voters.eci.gov.in/', 'https://uidai.gov.in/en/ecosystem/authentication-devices-documents/list-of-acceptable-documents.html'],
  examples: {
    positive: [
      `Voter ID: KRT${fake('{d7}', 101498)}`,
      `booking,doc_type,doc_no\nB-8,VOTER_ID,QMD${fake('{d7}', 101499)}\n`,
      `  (88, 12, 'VOTER_ID', 'WPZ${fake('{d7}', 101500)}', now()),`,
      `EPIC no. TLB${fake('{d7}', 101501)} (address proof)`,
      // a KYC export's column
      `customer_id,full_name,pan,voter_id,pincode\nKMC0000001,Tarini Velankar,ABCPN1234F,WPZ${fake('{d7}', 102077)},600001\n`,
    ],
    negative: [
      // a placeholder, a product code without the label, a trivial number
      'Voter ID: ABC1234567',
      `sku=KRT${fake('{d7}', 101502)}`,
      'EPIC no: QMD0000000',
      // the same shape under a column that is no voter id's
      `order_id,sku,qty\nO-1,KRT${fake('{d7}', 102078)},2\n`,
    ],
  },
});
