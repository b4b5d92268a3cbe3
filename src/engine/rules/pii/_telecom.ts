// What the telecom rules share: the shapes of a SIM's ICCID and a subscriber's IMSI, and the
// reporting bodies that allocate a handset's type allocation code.

/** A SIM's ICCID (ITU-T E.118): 89, then 17 or 18 digits (the last a Luhn check digit), as a regex source. */
export const ICCID = '89\\d{17,18}';

/** A subscriber's IMSI: 15 digits from a country code's first digit (2 to 7), as a regex source. */
export const IMSI = '[2-7]\\d{14}';

/**
 * The reporting bodies that allocate type allocation codes (an IMEI's or IMEISV's first two
 * digits): 01 and 35 (BABT, most handsets), 86 (TAF, China), 99 (GHA), 30-33, 44-54, 91 and 98.
 */
export const REPORTING_BODY = /^(?:01|10|30|33|35|44|45|49|5[0-4]|86|91|98|99)/u;

/**
 * M-Pesa's name of a party in capitals, as its statements and messages write it: two to four words
 * (`MERCY W NJOROGE`; a masked one, `FAITH ***`, is no name), as a regex source.
 */
export const MPESA_PARTY_NAME = "\\p{Lu}[\\p{Lu}'-]{1,24}(?: \\p{Lu}[\\p{Lu}'-]{0,24}){1,3}";

/** The words of an M-Pesa confirmation SMS before its other party's name: `received Ksh3,000.00 from`, `Ksh500.00 sent to`, as a regex source. */
export const MPESA_SMS_LEAD = '(?:[Rr]eceived Ksh ?[\\d,]+(?:\\.\\d{2})? from|Ksh ?[\\d,]+(?:\\.\\d{2})? sent to)';
