// The entry detail record of a NACHA (ACH) file: 94 characters starting with 6, the transaction
// code (22-39: checking or savings, credit or debit), the receiving bank's routing number (8 digits
// and a check digit), the receiver's account number (17 characters, padded), the amount (10
// digits), an identification number (15), the receiver's name (22), discretionary data (2), the
// addenda indicator and the trace number (15 digits). Payroll and billing systems write them one
// per employee or customer. Files starting with `_` are not rules.

/** One entry detail record, its fields as groups: 1 routing and account together, 2 the receiver's name. */
export const ACH_ENTRY = String.raw`(?<![^\n])6[23][2-9]((?<routing>\d{9})[0-9A-Za-z-]{1,17})[ ]{0,16}\d{10}[ -~]{15}([A-Za-z][ -~]{21})[ -~]{2}[01]\d{15}(?=\r?\n|$)`;

/** True when the line at a match is exactly a record's 94 characters (the regex already fixed its shape). */
export function isAchRecordLine(text: string, start: number): boolean {
  const ls = text.lastIndexOf('\n', start - 1) + 1;
  let le = text.indexOf('\n', start);
  if (le === -1) le = text.length;
  if (text.charCodeAt(le - 1) === 13) le--;
  return le - ls === 94;
}
