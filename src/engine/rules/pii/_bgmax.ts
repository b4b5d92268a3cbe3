// Shared by the BgMax rules: a Swedish Bankgirot payment file's start record and its payers.
import { native } from '../../scan/nativeRegex';

/** The start record's text: every BgMax file opens with `01BGMAX`. */
export const BGMAX_KEYWORD = '01bgmax';

/** How far after its start record a BgMax file's payment records may reach (a day's some thousand payments). */
export const BGMAX_REACH = 400_000;

/** A company's legal form at the end of a payer's name: Swedish, Nordic, German and English forms. */
const COMPANY_FORM = native(/(?:^|[\s,])(?:AB|HB|KB|Ek\.? ?för|AB \(publ\)|Oy|Oyj|AS|ASA|ApS|A\/S|GmbH|Ltd|Inc|BRF|Brf|Bostadsrättsförening|Kommun|Region|Stiftelse)\.?$/u);

/** Whether a payer's name is a company's (its legal form ends it). */
export function isCompanyPayer(name: string): boolean {
  return COMPANY_FORM.test(name.trim());
}

const pad = (s: string, n: number): string => (s + ' '.repeat(n)).slice(0, n);

/** A BgMax file with one payment, for the rules' examples: the payer's name, street, postcode and city. */
export function bgmaxSample(name: string, street: string, postcode: string, city: string): string {
  return [
    pad('01BGMAX               0120240315062112345P', 80),
    pad('20000378351600000000000000000000012345            00000000000005000000000000000', 80),
    pad(`26${name}`, 80),
    pad(`27${pad(street, 35)}${postcode}`, 80),
    pad(`28${pad(city, 70)}SE`, 80),
  ].join('\n');
}
