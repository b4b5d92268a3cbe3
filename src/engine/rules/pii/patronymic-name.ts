import { defineRule } from '../defineRule';
import { ALL_GIVEN_NAMES, NOT_SURNAMES, isPlaceholderOrBrand, titleCase } from './_names';
import { native } from '../../scan/nativeRegex';

/** A word of a name in title case (`Arumugam`, `Nur`, `Abdul-Rahman`) and in capitals (`ARUMUGAM`), as identity cards print it. */
const TITLE_WORD = "\\p{Lu}[\\p{Ll}\\p{M}]+(?:['’-]\\p{Lu}?[\\p{Ll}\\p{M}]+)?";
const UPPER_WORD = "\\p{Lu}{2,}(?:['’-]\\p{Lu}+)?";

/**
 * The words that, after the father's name, start what follows the name rather than continue it (an
 * identity card's or a form's next field): the father's name is one word or two (`Abdul Rahman`).
 */
const AFTER = 'NRIC|Nric|IC|NO|No|MyKad|MYKAD|DOB|Dob|TEL|Tel|Phone|PHONE|Email|EMAIL|And|AND|The|THE|From|FROM|Called|Has|Is|Was|Sent|Passport|PASSPORT|Sdn|SDN|Bhd|BHD|Pte|PTE|Ltd|LTD|Enterprise|ENTERPRISE|Trading|TRADING';

/** A label before the name (`Payee:`, `Encik`): kept out of the finding. */
const LABEL =
  '(?:Name|NAME|Nama|NAMA|Customer|CUSTOMER|Payee|PAYEE|Nominee|NOMINEE|Applicant|APPLICANT|Beneficiary|BENEFICIARY|Pemohon|PEMOHON|Penerima|PENERIMA|Mr|MR|Mrs|MRS|Ms|MS|Dr|DR|Encik|ENCIK|En|EN|Puan|PUAN|Pn|PN|Cik|CIK|Tuan|TUAN|Haji|HAJI|Hajah|HAJAH)';

/**
 * Words that, beside the marker, show it is no name's: an accounts-payable desk (`Finance A/P Team`),
 * a sales or delivery order (`S/O`, `D/O`), a German `ich bin` (`Jetzt bin Ich`).
 */
const NOT_NAME_WORDS: ReadonlySet<string> = new Set(
  (
    'Accounts Account Payable Payables Receivable Aging Ageing Clerk Clerks Team Dept Department Desk Invoice Invoices Ledger Report Reports Manager Specialist Analyst ' +
    'Sales Order Orders Delivery Results Result Finance Vendor Vendors Supplier Suppliers Batch Journal Balance Payment Payments Recon Reconciliation Summary ' +
    'Approval Approvals Workflow Queue Inbox Mailbox Process Lead Head Officer Executive Admin Portal System Module Entry Entries Voucher Vouchers Number ' +
    'Ich Du Er Sie Es Wir Ihr Jetzt Dann Hier Da Noch Schon Also Heute Gets Get The Recycle Trash Level Levels'
  ).split(' '),
);

/** A record's label of a person's name right before the value (`'name': '`, `Nama Penuh:`, `payee=`). */
const NAME_LABEL_BEFORE = native(/(?:name|nama|payee|beneficiary|nominee|applicant|customer|holder|employee|patient|member|guardian|pemohon|penerima)[\w ]{0,12}["']?[ \t]*[:=,;|\t][ \t]*["']?$/iu);

/** The Malay markers `bin` and `binti` are words of other languages too: only a given name before them makes them a name's. */
const MALAY_MARKER = native(/^(?:bin|binti|binte|bte)$/iu);

// A Malaysian or Singaporean name that names the father: an Indian name's `s/o` (son of), `d/o`
// (daughter of), Malaysia's `a/l` (anak lelaki) and `a/p` (anak perempuan), and a Malay name's
// `bin` and `binti` (`Selvam s/o Rajoo`, `Nur Aisyah binti Abdul Rahman`, `MURUGAPPAN S/O PERIASAMY`
// as an identity card prints it). The marker between capitalised words says it is a name wherever
// it stands; a label before it is left out. Not an accounts-payable desk (`Finance A/P Team`) or a
// sales order, and `bin` only after a given name (`Gets bin version`, German `Ich bin Anna`).
export default defineRule({
  id: 'patronymic-name',
  category: 'pii',
  description: 'Malaysian or Singaporean name with its patronymic (s/o, d/o, a/l, a/p, bin, binti)',
  keywords: ['s/o ', 'd/o ', 'a/l ', 'a/p ', ' bin ', ' binti ', ' binte ', ' bte '],
  window: { before: 80, after: 80 },
  pattern: new RegExp(
    `(?<![\\p{L}\\p{N}_/@.-])(?:${LABEL}\\.?:? )?` +
      `((?:((?:${TITLE_WORD} ){0,2}${TITLE_WORD}) (s/o|d/o|a/l|a/p|S/O|D/O|A/L|A/P|bin|binti|binte|bte|Bin|Binti|Binte) (${TITLE_WORD}(?: (?!(?:${AFTER})(?![\\p{L}]))${TITLE_WORD})?)` +
      `|((?:${UPPER_WORD} ){0,2}${UPPER_WORD}) (S/O|D/O|A/L|A/P|BIN|BINTI|BINTE|BTE|s/o|d/o|a/l|a/p) (${UPPER_WORD}(?: (?!(?:${AFTER})(?![\\p{L}]))${UPPER_WORD})?)))` +
      `(?![\\p{L}\\p{N}_@/-])`,
    'gu',
  ),
  secretGroup: [1],
  validate: (_s, ctx) => {
    const m = ctx.match;
    const upper = m[5] !== undefined;
    const given = (upper ? m[5] : m[2]) as string;
    const marker = (upper ? m[6] : m[3]) as string;
    const father = (upper ? m[7] : m[4]) as string;
    const givenWords = given.split(' ').map(titleCase);
    const words = [...givenWords, ...father.split(' ').map(titleCase)];
    if (words.some((w) => NOT_NAME_WORDS.has(w) || NOT_SURNAMES.has(w))) return false;
    // (Malaysia's stand-in, `Ali bin Abu`, as the lexicon writes it.)
    if (isPlaceholderOrBrand(`${givenWords.join(' ')} ${marker.toLowerCase()} ${father.split(' ').map(titleCase).join(' ')}`)) return false;
    if (!MALAY_MARKER.test(marker)) return true;
    return givenWords.some((w) => ALL_GIVEN_NAMES.has(w)) || NAME_LABEL_BEFORE.test(ctx.text.slice(Math.max(0, ctx.start - 40), ctx.start));
  },
  redactAs: 'name',
  references: ['https://en.wikipedia.org/wiki/Malaysian_names', 'https://gdpr-info.eu/art-4-gdpr/'],
  examples: {
    positive: [
      "raw_fields={'id_no': 'S0000001I', 'name': 'KUMARESH S/O VELAYUTHAM', 'sex': 'M'}",
      'Payee: Muthu a/l Krishnan, acct ending 4821',
      'Refund approved for Malathi d/o Sivakumar after the call.',
      'Applicant: SITI NURHALIZA BINTI TARUDIN',
      'nama_penuh,no_tel\nNur Aisyah binti Abdul Rahman,012-000 0000\n',
      'Nominee MURUGAPPAN S/O PERIASAMY NRIC on file',
    ],
    negative: [
      'Please forward it to the Finance A/P Team by Friday.',
      'Invoice A/P Aging Report attached',
      'Gets bin version from the manifest',
      'Jetzt bin Ich wieder da.',
      'S/O 44821 shipped; D/O pending',
      // Malaysia's stand-in name, as forms' instructions write it
      'Contoh: ALI BIN ABU (seperti dalam MyKad)',
    ],
  },
});
