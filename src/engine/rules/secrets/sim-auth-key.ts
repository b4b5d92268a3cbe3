import { defineRule } from '../defineRule';
import { ICCID, IMSI } from '../pii/_telecom';

/** What separates a vendor row's fields: blanks, or a comma or a semicolon (a CSV batch file). */
const FIELD = '(?:[ \\t]*[,;][ \\t]*|[ \\t]+)';

/** A SIM vendor's output row up to its keys: ICCID, IMSI, then PIN-like fields (`8944… 2341… 0000 `, `8944…,2341…,0000,`). */
const VENDOR_ROW = new RegExp(`(?<![\\w.-])${ICCID}${FIELD}${IMSI}(?:${FIELD}\\d{4,8}){0,4}${FIELD}(?:[0-9A-Fa-f]{32}${FIELD})?$`, 'u');

// A SIM card's authentication key (Ki) or its operator variant key (OPc): 128 bits, written as 32
// hex digits. Whoever holds a subscriber's Ki and OPc can clone the SIM and answer the network's
// authentication in the subscriber's name. They come in a SIM vendor's output file (one row per
// card: ICCID, IMSI, PIN, Ki, OPc) and in an HSS's provisioning exports, after a `Ki`/`OPc` label.
export default defineRule({
  id: 'sim-auth-key',
  category: 'secret',
  description: "A SIM card's authentication key (Ki) or OPc: 32 hex digits after a Ki/OPc label or in a SIM vendor's output row",
  keywords: ['ki:', 'ki=', 'ki"', "ki'", 'ki ', 'opc', 'iccid', 'var_out'],
  window: { before: 80, after: 80 },
  keywordWindows: { iccid: { before: 80, after: 6000 }, var_out: { before: 80, after: 6000 } },
  pattern: /(?<![\w.]|(?<!:)-)[0-9A-Fa-f]{32}(?![\w.-])/gu,
  validate: (s, ctx) => {
    // (Hex with digits and letters both: not a run of zeros, not a word.)
    if (!/\d/u.test(s) || !/[A-Fa-f]/u.test(s) || /^(.)\1+$/u.test(s)) return false;
    const before = ctx.text.slice(Math.max(0, ctx.start - 120), ctx.start);
    const line = before.slice(before.lastIndexOf('\n') + 1);
    return /(?<![A-Za-z])(?:Ki|KI|ki|OPc|OPC|opc|OP|eKi|EKI)["']?[ \t]*[:=]>?[ \t]*["']?$/u.test(line) || VENDOR_ROW.test(line);
  },
  redactAs: 'sim-key',
  envName: 'SIM_KI',
  references: ['https://www.3gpp.org/dynareport/35206.htm', 'https://en.wikipedia.org/wiki/SIM_card#Authentication_key_(Ki)'],
  examples: {
    positive: [
      'Var_Out: ICCID/IMSI/PIN1/KI/OPC\n8944105260181590832 234151760313721 0000 B3216FDAEEB975729FAE923D5A4FD12A ABFE228F219E9CB0EB53F16947CCF25E',
      '  Ki: c84d8dbc74254770f58904dba41ecccc',
      '{"imsi": "234151760313721", "opc": "ABFE228F219E9CB0EB53F16947CCF25E"}',
      // the same batch written as CSV, its format in a comment above the rows
      '# fields: ICCID,IMSI,PIN,KI,OPC\n8931079175278080175,204080954827512,0000,E95A27F92FEA8742FBD4C4574B0E34FA,47065116B72101B1060AF37C8FA7FD70',
    ],
    negative: ['  Ki: 00000000000000000000000000000000', 'md5: c84d8dbc74254770f58904dba41ecccc', 'opcache.validate_timestamps=0', 'trace_id=ABFE228F219E9CB0EB53F16947CCF25E'],
  },
});
