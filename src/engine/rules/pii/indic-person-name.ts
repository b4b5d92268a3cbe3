import { defineRule } from '../defineRule';
import { isWholeCellUnder } from './_context';

/** The Indic scripts' block, Devanagari to Sinhala (Bengali, Gurmukhi, Gujarati, Odia, Tamil, Telugu, Kannada, Malayalam between), letters and vowel signs. */
const IN = '\\u0900-\\u0dff';

/** Labels of a person's name: Latin keys (a local-script name field), Hindi, Tamil, Kannada, Telugu and Bengali "name", and self-introductions. */
const LABELS = [
  'name', 'full_name', 'fullName', 'name_local', 'nameLocal', 'local_name', 'localName', 'legal_name', 'legalName', 'customer_name', 'customerName',
  'नाम', 'पूरा नाम', 'ग्राहक का नाम', 'பெயர்', 'ಹೆಸರು', 'పేరు', 'নাম',
].join('|');

/**
 * A name object's key for the name in one language (`"name": {"en": "…", "ne": "…"}`, a KYC
 * record's): Nepali, Hindi, Marathi, Tamil, Telugu, Kannada, Bengali, Sinhala, Malayalam, Gujarati, Punjabi.
 */
const NAME_OBJECT_SCRIPT_KEY = `"(?:name|full_?name|fullName|legal_?name)"[ \\t]*:[ \\t]*\\{[^{}]{0,160}"(?:ne|hi|mr|ta|te|kn|bn|si|ml|gu|pa)"[ \\t]*:[ \\t]*"`;

/** A self-introduction: "mera naam …" (Hinglish), "मेरा नाम …", "my name is …". */
const INTRO = '(?:[Mm]era naam|[Mm]y name is|मेरा नाम|என் பெயர்|ನನ್ನ ಹೆಸರು)';

/** Column headers of a name (in any script). */
// (Marathi's नाव, Bengali's নাম, Sinhala's නම; a column of two scripts' names, `name_si_ta`; a
// register's name in its native script beside the Latin one, `name_native`.)
const NAME_COLUMN = /(?:^|[\s_-])(?:name|full[ _-]?name|name[ _-]?(?:local|native|hi|mr|ta|kn|te|bn|si)(?:[ _-](?:ta|si))?|(?:local|native)[ _-]?name|legal[ _-]?name|customer|seller|नाम|नाव|பெயர்|ಹೆಸರು|নাম|නම)$/iu;

// A person's name in an Indic script (Devanagari, Tamil, Kannada, Telugu, Bengali…), two to four
// words: after a name label (`"nameLocal": "…"`, `.legalName("…")`, `नाम: …`), after a
// self-introduction (`mera naam …`), or as a whole cell under a name column. Like the Arabic and CJK
// rules, the match consumes the name's first letter and reads its context in a lookbehind, so only
// texts with Indic letters run it.
export default defineRule({
  id: 'indic-person-name',
  category: 'pii',
  description: "Person's name in an Indic script (Devanagari, Tamil, Kannada, Telugu, Bengali…) after a name label or self-introduction, or under a name column",
  keywords: [],
  pattern: new RegExp(
    `[${IN}](?:(?<=(?:(?:${LABELS})["'\\\\]*[ \\t]{0,3}(?:[:：=]|\\()[ \\t]{0,3}\\\\?["']?|${INTRO}[ \\t]{1,2}|${NAME_OBJECT_SCRIPT_KEY})[${IN}])` +
      `|(?<=(?:^|[\\n,;\\t|])["']?[${IN}])())` +
      `[${IN}]{1,24}(?: [${IN}]{2,24}){1,3}(?=[ \\t]*(?:$|[\\t\\r\\n:,;)(|"'.।]|\\\\))`,
    'gu',
  ),
  validate: (_name, ctx) => {
    if (ctx.match[1] === undefined) return true;
    // A whole cell: under a name column only.
    return isWholeCellUnder(ctx, NAME_COLUMN);
  },
  redactAs: 'name',
  references: ['https://en.wikipedia.org/wiki/Indian_name'],
  examples: {
    positive: [
      '    "nameLocal": "மீனாட்சி சுந்தரம்",',
      '            .legalName("ಶಿವಕುಮಾರ್ ಹೆಗ್ಡೆ")',
      'Bhaiya mera naam ಮಂಜುಳಾ ರಾವ್, rider ne 500 ka change nahi diya.',
      'seller_id,name_en,name_local,city\nSLR-1,Sunita Agarwal,सुनीता देवी अग्रवाल,Jaipur',
      // a tab-separated contact sheet with Tamil headers (serial number, parent's name, student's name, mobile)
      'வரிசை எண்\tபெற்றோர் பெயர்\tமாணவர் பெயர்\tகைபேசி\n1\tகமலா சுந்தரம்\tஅருண் சுந்தரம்\t98xxxxxx10\n',
      // a ward list's Tamil-and-Sinhala name column (`;` between cells, a comment line above the header),
      // a Marathi and a Bengali register's name columns, their headers' vowel signs
      '# export: ward list\nadm;name_ta_si;ward\nA1;සුනිල් ගුණසේකර;W2',
      '# rows: 2\nid,पूर्ण_नाव,ward\n1,सुनील गायकवाड,W3',
      'id,গ্রাহকের_নাম,city\n1,সুমন দাস,Khulna',
      // a register's native-script name column beside its Latin one
      'id;name_en;name_native\n7;Chaminda Liyanage;චමින්ද ලියනගේ',
      // a KYC record's name object, a key for each script
      '{"applicant": {"name": {"en": "Kestrel Shrestha", "ne": "केस्ट्रल श्रेष्ठ"}}}',
    ],
    negative: ['"title": "नमस्ते दुनिया",', 'seller_id,city_local\nSLR-1,बेंगलुरु शहर', '"status": "ऑर्डर डिलीवर हो गया"'],
  },
});
