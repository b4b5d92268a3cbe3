/** How many leading bytes are searched for a NUL byte to tell binary from text. */
const SNIFF_BYTES = 8192;

/** File contents as the engine sees them, or the reason they are not text. */
export type DecodedFile = { readonly kind: 'text'; readonly text: string } | { readonly kind: 'binary' };

// One decoder per encoding for the whole run (non-fatal: invalid bytes become U+FFFD), but the
// strict UTF-8 one that tells UTF-8 from a legacy encoding.
const STRICT_UTF8 = new TextDecoder('utf-8', { fatal: true });
const UTF16LE = new TextDecoder('utf-16le');
const UTF16BE = new TextDecoder('utf-16be');
/** Latin-1, every byte one character (Node's 'windows-1252' decoder is this too). */
const LATIN1 = new TextDecoder('latin1');
/** What Windows-1252 writes at 0x80–0x9F (the euro sign, curly quotes, dashes…); 0 where it has nothing. */
const CP1252_HIGH = [
  0x20ac, 0, 0x201a, 0x0192, 0x201e, 0x2026, 0x2020, 0x2021, 0x02c6, 0x2030, 0x0160, 0x2039, 0x0152, 0, 0x017d, 0,
  0, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x02dc, 0x2122, 0x0161, 0x203a, 0x0153, 0, 0x017e, 0x0178,
];

/** Windows-1252: Latin-1 with its printable 0x80–0x9F; every byte is one code unit. */
function decodeWindows1252(bytes: Uint8Array): string {
  return LATIN1.decode(bytes).replace(/[\x80-\x9f]/gu, (c) => {
    const mapped = CP1252_HIGH[c.charCodeAt(0) - 0x80] as number;
    return mapped === 0 ? c : String.fromCharCode(mapped);
  });
}
/** The double-byte encodings of Korean, Japanese and Chinese files that Excel and older tools still write. */
const EUC_KR = new TextDecoder('euc-kr');
const SHIFT_JIS = new TextDecoder('shift_jis');
const GB18030 = new TextDecoder('gb18030');
const BIG5 = new TextDecoder('big5');

/**
 * Decodes file bytes without ever throwing. A UTF-16 byte-order mark selects UTF-16 (LE or BE);
 * otherwise a NUL byte in the first 8 KB means binary. Text that is valid UTF-8 is read as UTF-8
 * (the UTF-8 BOM dropped, so offsets are into the decoded text). Other text is a legacy encoding's:
 * a Chinese, Japanese or Korean double-byte one when one of them reads it whole as that script
 * (GBK payroll sheets, Shift_JIS exports); Windows-1251 when Cyrillic words fill it (a Bulgarian
 * billing list), Windows-1253 or ISO-8859-7 when Greek ones do (a passenger manifest), Windows-1255
 * when Hebrew ones do (a payroll export); else Windows-1250 or ISO-8859-2 when Central European
 * letters fill its words (a Czech route export, a Slovak credit bureau's XML), Windows-1254 when
 * Turkish letters do (a courier list), else Windows-1252, which keeps a Latin-1 file's accented
 * names (`Jérôme`, not `J�r�me`). Each single-byte encoding gives every byte one code unit.
 */
export function decodeBytes(bytes: Uint8Array): DecodedFile {
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) return { kind: 'text', text: UTF16LE.decode(bytes) };
  if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) return { kind: 'text', text: UTF16BE.decode(bytes) };
  if (hasNul(bytes)) return { kind: 'binary' };
  try {
    return { kind: 'text', text: STRICT_UTF8.decode(bytes) };
  } catch {
    return { kind: 'text', text: decodeLegacy(bytes) };
  }
}

/**
 * Invalid UTF-8: a Korean, Japanese or Chinese double-byte encoding when it reads the bytes whole
 * and as that language (Hangul for EUC-KR, kana for Shift_JIS, common ideographs in runs for GBK
 * and Big5), else Windows-1252. (GBK reads most Latin-1 text too, each accented byte with the
 * ASCII letter after it as one rare ideograph between letters: `Tel閒ono`.)
 */
function decodeLegacy(bytes: Uint8Array): string {
  if (isCyrillic1251(bytes)) {
    if (readsAsHebrew(bytes)) return WINDOWS_1255.decode(bytes);
    return readsAsGreek(bytes) ? decodeGreek(bytes) : WINDOWS_1251.decode(bytes);
  }
  const korean = EUC_KR.decode(bytes);
  if (readsAs(korean) === 'korean') return korean;
  const japanese = SHIFT_JIS.decode(bytes);
  if (readsAs(japanese) === 'japanese') return japanese;
  for (const decoder of [GB18030, BIG5]) {
    const chinese = decoder.decode(bytes);
    if (readsAs(chinese) === 'chinese') return chinese;
  }
  if (isCentralEuropean(bytes)) return isIso88592(bytes) ? ISO_8859_2.decode(bytes) : WINDOWS_1250.decode(bytes);
  return isTurkish(bytes) ? WINDOWS_1254.decode(bytes) : decodeWindows1252(bytes);
}

/** Windows-1251: Bulgarian, Russian, Ukrainian and Serbian files from Windows tools (1C and SAP exports, billing lists). */
const WINDOWS_1251 = new TextDecoder('windows-1251');

/**
 * True when a legacy-encoded text reads as Windows-1251: its high bytes are nearly all Cyrillic
 * letters (0xC0–0xFF) and stand in runs, as the letters of Cyrillic words do. A Latin-1 text's
 * accented letters stand alone between ASCII ones (`été`); the double-byte encodings of East Asia
 * put half or more of their bytes below 0xC0 (EUC-KR's and Big5's lead bytes, Shift_JIS's).
 */
function isCyrillic1251(bytes: Uint8Array): boolean {
  let letters = 0;
  let inRuns = 0;
  let other = 0;
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i] as number;
    if (b < 0x80) continue;
    if (b < 0xc0) {
      other++;
      continue;
    }
    letters++;
    if ((bytes[i - 1] ?? 0) >= 0xc0 || (bytes[i + 1] ?? 0) >= 0xc0) inRuns++;
  }
  return letters >= 20 && inRuns >= 0.8 * letters && other < 0.2 * letters;
}

/** Windows-1255: Hebrew files from Windows tools (payroll exports, agents' INI files). */
const WINDOWS_1255 = new TextDecoder('windows-1255');

/**
 * True when a text whose high bytes are letters in runs is Hebrew, not Cyrillic or Greek: Hebrew's
 * letters are all at 0xE0–0xFA, and it has no capitals, which Cyrillic and Greek write at
 * 0xC0–0xDF (a name's first letter), nor Cyrillic's common ы, ь and я (0xFB, 0xFC, 0xFF).
 */
function readsAsHebrew(bytes: Uint8Array): boolean {
  const [letters, notHebrew] = tallyBytes(bytes, (b) => (b >= 0xe0 && b <= 0xfa ? 0 : (b >= 0xc0 && b <= 0xdf) || b === 0xfb || b === 0xfc || b === 0xff ? 1 : -1));
  return letters >= 20 && notHebrew < 0.02 * letters;
}

/** How many of a text's bytes fall in each of two classes (0 and 1; -1: neither). */
function tallyBytes(bytes: Uint8Array, classOf: (b: number) => 0 | 1 | -1): [number, number] {
  const counts: [number, number] = [0, 0];
  for (let i = 0; i < bytes.length; i++) {
    const c = classOf(bytes[i] as number);
    if (c !== -1) counts[c]++;
  }
  return counts;
}

/** Windows-1253 and ISO-8859-7: Greek files from Windows tools and older Unix exports (the letters at the same bytes). */
const WINDOWS_1253 = new TextDecoder('windows-1253');
const ISO_8859_7 = new TextDecoder('iso-8859-7');

/**
 * True when a text whose high bytes are letters in runs (see isCyrillic1251) is Greek, not
 * Cyrillic: Greek's commonest letter α and its accented vowels (ά έ ή ί ό ύ ώ) stand at bytes where
 * Windows-1251 has rarer letters (б, Ь–Я, ь э ю), and the bytes of Russian's commonest а and о are
 * Greek's rare ΰ and ξ (likewise in capitals: Α against А, О).
 */
function readsAsGreek(bytes: Uint8Array): boolean {
  const [greek, cyrillic] = tallyBytes(bytes, (b) =>
    b === 0xe1 || b === 0xc1 || (b >= 0xdc && b <= 0xdf) || (b >= 0xfc && b <= 0xfe) ? 0 : b === 0xe0 || b === 0xee || b === 0xc0 || b === 0xce ? 1 : -1,
  );
  return greek > 3 * cyrillic;
}

/** Greek text as Windows-1253, or ISO-8859-7 when its accented capital alpha (Ά) stands where ISO-8859-7 puts it (0xB6, Windows-1253's ¶). */
function decodeGreek(bytes: Uint8Array): string {
  let windows = 0;
  let iso = 0;
  for (let i = 0; i + 1 < bytes.length; i++) {
    const next = bytes[i + 1] as number;
    if (next < 0xc1) continue;
    if (bytes[i] === 0xa2) windows++;
    else if (bytes[i] === 0xb6) iso++;
  }
  return iso > windows ? ISO_8859_7.decode(bytes) : WINDOWS_1253.decode(bytes);
}

/** Windows-1250: Czech, Slovak, Polish, Hungarian, Slovene and Croatian files from Windows tools (route exports, payroll). */
const WINDOWS_1250 = new TextDecoder('windows-1250');

/**
 * Bytes that Windows-1250 reads as a Central European letter inside a word (ř ě ů ň ą ł ż ś ť)
 * where Windows-1252 reads a symbol (¹ ³ ¿) or a letter that Western languages write at a word's
 * end if at all (Italian ì ù ò; ø is Danish and Norwegian). (Not č: its byte is French è, mid-word.)
 */
const CENTRAL_EUROPEAN_BYTES = new Set([0xf8, 0xec, 0xf9, 0xf2, 0xb9, 0xb3, 0xbf, 0x9c, 0x9d, 0x8d]);
/** Bytes of Danish and Norwegian letters (å æ) that Windows-1250 reads as rare ones (ĺ ć). */
const NORDIC_BYTES = new Set([0xe5, 0xe6]);
/**
 * Capitals counted before a letter even at a word's start (`Ľubomír`, `Šťastná`): Windows-1250's Ľ
 * and Ť, ISO-8859-2's Ľ Š Ť Ž Ś Ź (in Windows-1252 ¼, a control, ¥ © « ® ¦ ¬).
 */
const CENTRAL_EUROPEAN_CAPITALS = new Set([0xbc, 0x8d, 0xa5, 0xa9, 0xab, 0xae, 0xa6, 0xac]);

/**
 * True when a legacy-encoded text reads as Windows-1250 or ISO-8859-2 (see isIso88592): several
 * Central European letters inside words (at either encoding's bytes), far more than Nordic ones. (`Dvořák` in Windows-1250 reads `Dvoøák` as Windows-1252.)
 */
function isCentralEuropean(bytes: Uint8Array): boolean {
  let central = 0;
  let nordic = 0;
  for (let i = 1; i + 1 < bytes.length; i++) {
    const b = bytes[i] as number;
    if (b < 0x80 || !isLetterByte(bytes[i + 1])) continue;
    // (A capital Ľ or Ť starts a word: `Ľubomír`.)
    if (CENTRAL_EUROPEAN_CAPITALS.has(b)) central++;
    else if (!isLetterByte(bytes[i - 1])) continue;
    else if (CENTRAL_EUROPEAN_BYTES.has(b) || ISO_8859_2_ONLY.has(b) || b === 0xbe) central++;
    else if (NORDIC_BYTES.has(b)) nordic++;
  }
  return central >= 3 && central > 2 * nordic;
}

/** An ASCII letter's byte or a legacy encoding's letter range (0xC0–0xFF). */
function isLetterByte(c: number | undefined): boolean {
  return c !== undefined && ((c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c >= 0xc0);
}

/** ISO-8859-2: the Central European letters of Unix-era files (a Slovak credit bureau's XML, a mail client's), some at other bytes than Windows-1250's. */
const ISO_8859_2 = new TextDecoder('iso-8859-2');
/** Bytes of letters only Windows-1250 has (š ś ť ž ź and their capitals, at 0x8A–0x9F). */
const WINDOWS_1250_ONLY = new Set([0x8a, 0x8c, 0x8d, 0x8e, 0x8f, 0x9a, 0x9c, 0x9d, 0x9e, 0x9f]);
/** Bytes that are letters in ISO-8859-2 (Ą Ś Š Ť Ź Ž ą ľ ś ť) and symbols in Windows-1250 (¡ ¦ © « ¬ ® ± µ ¶ »). */
const ISO_8859_2_ONLY = new Set([0xa1, 0xa6, 0xa9, 0xab, 0xac, 0xae, 0xb1, 0xb5, 0xb6, 0xbb]);
/** Bytes both read as letters, differently: ISO-8859-2's š and ž, Windows-1250's ą and ľ. */
const ISO_8859_2_AMBIGUOUS = new Set([0xb9, 0xbe]);

/**
 * True when a Central European text is ISO-8859-2's, not Windows-1250's: letters at the bytes
 * where only ISO-8859-2 has them, more than at Windows-1250's own; with none of Windows-1250's own
 * (a Czech or Slovak text in Windows-1250 writes š and ž there), its š and ž at 0xB9 and 0xBE.
 */
function isIso88592(bytes: Uint8Array): boolean {
  let windows = 0;
  let iso = 0;
  let ambiguous = 0;
  for (let i = 0; i + 1 < bytes.length; i++) {
    const b = bytes[i] as number;
    if (b < 0x80 || !(isLetterByte(bytes[i - 1]) || isLetterByte(bytes[i + 1]))) continue;
    if (WINDOWS_1250_ONLY.has(b)) windows++;
    else if (ISO_8859_2_ONLY.has(b)) iso++;
    else if (ISO_8859_2_AMBIGUOUS.has(b)) ambiguous++;
  }
  return windows === 0 ? iso + ambiguous > 0 : iso > windows;
}

/** Windows-1254 (and ISO-8859-9, the same letters at the same bytes): Turkish files from Windows tools and older Unix exports. */
const WINDOWS_1254 = new TextDecoder('windows-1254');

/** Bytes of the letters Turkish has and Latin-1 has not (Ğ ğ İ ı Ş ş), which Windows-1252 reads as Icelandic ones (Ð ð Ý ý Þ þ). */
const TURKISH_BYTES = new Set([0xd0, 0xf0, 0xdd, 0xfd, 0xde, 0xfe]);
/** Bytes of acute-accented vowels and æ, which Icelandic writes beside ð and þ and Turkish does not write. */
const ICELANDIC_BYTES = new Set([0xe1, 0xe9, 0xed, 0xf3, 0xfa, 0xe6, 0xc1, 0xc9, 0xcd, 0xd3, 0xda, 0xc6]);

/**
 * True when a legacy-encoded text reads as Windows-1254: several Turkish letters beside letters
 * (`Çanakçı` in Windows-1254 reads `Çanakçý` as Windows-1252), far more than acute vowels, which an
 * Icelandic text (its ð þ ý at the same bytes) has in plenty.
 */
function isTurkish(bytes: Uint8Array): boolean {
  let turkish = 0;
  let acute = 0;
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i] as number;
    if (b < 0xc0 || !(isLetterByte(bytes[i - 1]) || isLetterByte(bytes[i + 1]))) continue;
    if (TURKISH_BYTES.has(b)) turkish++;
    else if (ICELANDIC_BYTES.has(b)) acute++;
  }
  return turkish >= 3 && turkish > 4 * acute;
}

/** Ideographs common in Chinese text and records (simplified and traditional): a real Chinese text has many. */
const COMMON_HANZI = new Set(
  '的一是不了人在有我他这這中大来來上国國个個到说說们們为為子和你地出道也时時年月日得就那要下以生会會自着著去之过過家学學对對可她里裡后後小么麼心多天而能好都然没沒于於起还還发發成事只作当當想看文无無开開手十用主行方又如前所本见見经經头頭面公同三已老从從动動两兩长長知民样樣现現分将將外但身些与與高意进進把法此实實回二理美点點月明其种種声聲全工己话話儿兒者向情部正名定女问問力机機给給等几幾很业業最间間新什打便位因重被走电電四第门門相次东東政海口使教西再平真听聽世气氣信北少关關并內加化由却代军軍产產入先山五太水万萬市眼体體别別处處总總才场場师師书書比住员員九笑性通目华華报報立马馬命张張活难難神数數件安表原车車白应應路期叫死常提感金何更反合放做系計计司省区區县縣镇鎮号號楼樓室银銀限男址证證资資姓号'.split(''),
);

/** Which language's text a decoding reads as, or undefined: no U+FFFD, and mostly its script. */
function readsAs(text: string): 'korean' | 'japanese' | 'chinese' | undefined {
  let other = 0;
  let hangul = 0;
  let kana = 0;
  let hanzi = 0;
  let common = 0;
  let betweenLetters = 0;
  const isLetter = (c: number): boolean => (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) continue;
    if (c === 0xfffd) return undefined;
    if (c >= 0xac00 && c <= 0xd7af) hangul++;
    else if (c >= 0x3040 && c <= 0x30ff) kana++;
    else if (c >= 0x3400 && c <= 0x9fff) {
      hanzi++;
      if (COMMON_HANZI.has(text.charAt(i))) common++;
      if (isLetter(text.charCodeAt(i - 1)) && isLetter(text.charCodeAt(i + 1))) betweenLetters++;
    } else if (!((c >= 0x3000 && c <= 0x303f) || (c >= 0xff00 && c <= 0xff60))) other++;
  }
  const all = hangul + kana + hanzi + other;
  if (all === 0) return undefined;
  // (GBK's ideographs read as EUC-KR come out half Hangul, half Hanja: Korean text is nearly all Hangul.)
  if (hangul / all >= 0.9) return 'korean';
  if (kana / all >= 0.05 && (hangul + other) / all < 0.1) return 'japanese';
  if (hanzi / all >= 0.9 && common / hanzi >= 0.1 && betweenLetters / hanzi < 0.2) return 'chinese';
  return undefined;
}

function hasNul(bytes: Uint8Array): boolean {
  return bytes.subarray(0, SNIFF_BYTES).indexOf(0) !== -1;
}

/** Extensions of formats that are binary by nature; such files are skipped without being read. */
const BINARY_EXTENSIONS: ReadonlySet<string> = new Set(
  (
    'png jpg jpeg gif bmp ico icns webp tif tiff psd heic heif avif raw cr2 nef ' +
    'mp3 mp4 m4a m4v wav ogg oga flac aac opus avi mov mkv webm wmv flv mpg mpeg ' +
    'woff woff2 ttf otf eot ' +
    'zip gz tgz bz2 xz zst lz lz4 7z rar tar jar war ear aar apk ipa deb rpm dmg iso msi cab ' +
    'exe dll so dylib o obj a lib ko pdb node wasm class pyc pyo pyd elc beam ' +
    'pdf doc docx xls xlsx ppt pptx odt ods odp ' +
    'sqlite sqlite3 db mdb accdb parquet avro orc feather npy npz pkl pickle h5 hdf5 ' +
    'pt pth onnx safetensors ckpt tflite bin lockb'
  ).split(' '),
);

/** True for a file name whose extension marks a binary format. */
export function isBinaryExtension(fileName: string): boolean {
  const dot = fileName.lastIndexOf('.');
  if (dot <= 0 || dot === fileName.length - 1) return false;
  return BINARY_EXTENSIONS.has(fileName.slice(dot + 1).toLowerCase());
}
