import type { MatchContext } from '../../types';
import { defineRule, fake } from '../defineRule';
import { columnHeader, isBusinessAddressCell, isCopyrightHolder, isInCompanyLetterhead, isInPlaceRecord, isOnCompanyLine, isOnPlaceholderPersonLine, isOnTestRecordLine, recordsAround, lineEndNear, lineStartNear, nlPostcodeSource, normalizeContext, tableHeaderRow } from './_context';
import { ALNUM, LOWER, UPPER } from './_latin';
import { caseForms, toSuffixTrieSource } from './_trie';
import { native } from '../../scan/nativeRegex';

const LABELS = toSuffixTrieSource(
  caseForms([
    'address', 'street address', 'home address', 'mailing address', 'postal address', 'billing address', 'shipping address',
    'delivery address', 'address line 1', 'address line1', 'address_line', 'address1', 'addr', 'street', 'adresse', 'anschrift', 'straße',
    'strasse', 'wohnadresse', 'dirección', 'direccion', 'domicilio', 'indirizzo', 'endereço', 'endereco', 'adres',
    // a Spanish-speaking form's street field (`"calle": "Lavalleja 2218 4°B"`, beside `localidad`)
    'calle',
    // a checkout's or a payment API's address object (`"line1": "Rue de la Loi 16"`: Stripe, Shopify, Mollie)
    'line1', 'line 1', 'street1', 'street line 1',
    // Finnish, Hungarian ("my new address"), Czech and Slovak
    'osoite', 'lakcím', 'lakcímem', 'új lakcímem', 'cím', 'adresa', 'bydliště',
    // Indonesian and Malay (alamat, alamat kunjungan: a collector's visit)
    'alamat', 'alamat rumah', 'alamat kunjungan', 'alamat ktp', 'alamat domisili', 'alamat surat menyurat',
    // Hungarian without its accent (`lakcim=` in a Java toString), Romanian domicile (`adresa_domiciliu`),
    // Bulgarian, Russian and Ukrainian (адрес, адреса), Greek (διεύθυνση)
    'lakcim', 'domiciliu', 'адрес', 'адреса', 'διεύθυνση', 'διευθυνση',
  ]),
);

const EN_SUFFIX =
  'Street|St|Avenue|Ave|Road|Rd|Boulevard|Blvd|Lane|Ln|Drive|Dr|Court|Ct|Way|Place|Pl|Terrace|Parkway|Pkwy|Highway|Hwy|Circle|Square|Sq|Crescent|Close|Grove|Gardens|Mews|Trail|Row|Mount|Croft|Rise|Walk|Vale|Wynd|Brae|Parade|Promenade|Quay|Wharf|Causeway|Embankment|Esplanade';
// NOTE: no bare -ring suffix: English gerunds (Monitoring, Spring, String) end in it.
// (And the Nordic and Finnish ones: Storgatan, Sveavägen, Vestergade, Skibhusvej, Kongsveien, Yliopistonkatu,
// Mannerheimintie. Not Norwegian -gate alone: English words end in it, Aggregate, Navigate.)
const DE_SUFFIX =
  'straße|strasse|weg|allee|platz|gasse|damm|ufer|chaussee|straat|laan|plein|gracht|kade|singel|steeg|boulevard|dreef|gata|gatan|vägen|väg|vej|vei|veien|vegen|gade|stræde|torget|katu|tie|kuja|polku|tori|' +
  // (Dutch and Flemish paths, dikes, lanes and avenues: Molenpad, Zeedijk, Molenbaan, Frankrijklei.)
  'pad|dijk|baan|lei|plantsoen|hof';
const DE_WORD = 'Straße|Strasse|Str\\.|Weg|Allee|Platz|Gasse|Damm|Ufer|Chaussee';
/** Dutch and Flemish street words after an adjective or a name (`Oude Singel`, `Lange Kade`). */
const NL_WORD = 'Gracht|Kade|Laan|Straat|Singel|Dijk';
/** Norwegian and Danish street words after a genitive (`Tordenskjolds gate`, `Olav Kyrres plass`, `Dronningens gade`): not after any word, as English has `Boarding gate 12`. */
const NORDIC_GENITIVE_WORD = 'gate|gata|vei|veg|gade|vej|plass|plads|allé';
const FR_TYPE = 'rue|avenue|av\\.|boulevard|bd|place|chemin|impasse|allée|quai|route|cours|Rue|Avenue|Boulevard|Place|Chemin|Impasse|Allée|Quai|Route|Cours';
// (And Belgium's French streets, which put the house number last as well: `Rue des Tanneurs 42`, `Chaussée de Wavre 5`;
// not `Avenue`, which English names hotels with: `The Avenue Hotel 12`.)
const ES_IT_TYPE = 'Calle|C/|Avenida|Avda\\.|Av\\.|Plaza|Paseo|Carrera|Carrer|Avinguda|Passeig|Rua|Travessa|Praça|Alameda|Via|Viale|Piazza|Corso|Largo|Rue|Chaussée|Quai|Chemin';
// (A date in Roman numerals names many Italian streets and squares: Via XX Settembre, Piazza IV Novembre.)
const ES_NUMERAL = '(?:[IVX]{1,5} )?';
const CAP = `[${UPPER}][${LOWER}'’.-]{1,24}`;
// NOTE: no comma: in a CSV row the street follows a comma (`…,3917 South Lamar Blvd,Austin`).
const BOUNDARY = `[${ALNUM}_./-]`;
const ES_PARTICLE = '(?:de la|del|de|della|delle|dei|degli|di|da|do|dos|das|des|du)';
// (A Dutch postcode has two letters after its digits: 3860 XC Amersfoort.)
const CITY = `(?:,? \\d{4,5}(?: ?[A-Z]{2})? ${CAP}(?:[ -]${CAP})?)?`;

const EN_REST = `(?:(?:[NSEW]|N[EW]|S[EW]|North|South|East|West)\\.? )?(?:(?:\\d{1,3}(?:st|nd|rd|th)|${CAP}) ){1,4}(?:${EN_SUFFIX})\\.?(?![${ALNUM}])(?:,? (?:Apt|Suite|Unit|Ste|Fl|Floor)\\.? ?#?\\w{1,5})?(?:, ${CAP}(?: ${CAP}){0,2})?(?:,? [A-Z]{2} \\d{5}(?:-\\d{4})?)?`;
/** The same in capitals, as US claims and eligibility files write it (6120 N 45TH ST, 3278 OAK HOLLOW LN APT 30D). */
// It must end its cell or line, and its first word must not be a status or a small word ("200 OK WAY").
const EN_CAPS_REST = `(?:[NSEW]{1,2} )?(?!(?:OK|NOT|NO|BAD|ERROR|GET|POST|PUT|DELETE|HTTP|TO|OF|THE|AND|OR|IN|ON|AT|FOR|BY|IS) )(?:(?:\\d{1,3}(?:ST|ND|RD|TH)|[A-Z][A-Z'’-]{1,24}) ){1,3}(?:${EN_SUFFIX.toUpperCase()}|TER|TRL|CIR)(?![${ALNUM}])(?: (?:APT|STE|UNIT|SUITE) ?#?[A-Z0-9]{1,5}(?![${ALNUM}]))?(?=[ \\t]*(?:[,;\\t|"']|\\r?\\n|$))`;
const FR_REST = `(?:${FR_TYPE}) (?:(?:de la|de l['’]|du|des|de|la|le|l['’]|d['’]) ?){0,2}${CAP}(?: ${CAP}){0,3}${CITY}`;

// Four shapes of a street line, each optionally followed by a postcode and city:
//  - English: number + up to three capitalised (or ordinal) words + street suffix (12 Oak Street,
//    4417 W 34th St, Apt 5, Springfield, IL 62704);
//  - German/Dutch/Nordic: capitalised name ending in -straße/-weg/-platz/-straat/-gatan/-vej/-katu... (or "Berliner Straße")
//    + house number (Lindenstraße 23a, 10115 Berlin);
//  - French: number + rue/avenue/... + name (12 rue des Lilas, 75011 Paris);
//  - Spanish/Italian/Portuguese: Calle/Via/Rua... + name + number (Via Garibaldi 14).
// Or the value of an address label (address:, street:, Anschrift:, dirección:) that starts with a
// digit or a capital, ends before a field separator (` — `, ` | `, ` · `, `;`, a tab, two spaces:
// the line's next field, a DNI or a phone number, is not the address), contains a house number, a
// word and a space, and is not an IP, MAC, e-mail, URL, host:port, hex or wallet address.
// NOTE: the pattern consumes one selective character first (the label's ":" or "=", or a house
// number's first digit) and looks around from there; V8 then skips all other positions quickly.
// Each shape reports its own capture group (see `secretGroup`), so a label stays outside the value.
/** What a Greek or Cyrillic street name starts with (`Αριστοτέλους 58`, `Шипка 12`). */
const GREEK_CYRILLIC_UPPER = 'Α-ΩΆΈΉΊΌΎΏА-ЯЁІЇЄҐ';
const LABELLED = `[:=]>?(?=[ \\t]{0,3}["']?(?:[0-9${UPPER}${GREEK_CYRILLIC_UPPER}]|(?:ul|al|pl|os|ул|бул|вул|пр|ж\\.к)\\. ))(?<=(?:${LABELS})["']?[ \\t]{0,3}(?:[:=]|=>))[ \\t]{0,3}["']?([^\\s"'{[](?:(?! [—–·|-] |  )[^"'\\n|·;\\t]){3,97}[^\\s"',;|·])`;
/** English/French: the line starts at the house number. */
const NUMBER_FIRST_LINE = `\\d{1,5}(?:[A-Za-z]|-\\d{1,4}| ?(?:bis|ter))?,? (?:${EN_REST}|${FR_REST}|${EN_CAPS_REST})`;
/** The whole German/Dutch line, captured once its house number has been found. */
const DE_LINE = `(?:(?:[${UPPER}][${LOWER}]{1,20}-){1,3}(?:${DE_WORD})|[${UPPER}][${LOWER}]{1,29}s (?:${NORDIC_GENITIVE_WORD})|[${UPPER}][${LOWER}]{1,30}(?:[.]| (?:${DE_WORD}|${NL_WORD}))?) \\d{1,4}(?: ?(?:bis|ter)|[a-zA-Z])?(?: ?[-/] ?\\d{1,4}[a-z]?)?(?![${ALNUM}])${CITY}`;
/** Polish: ul./al./pl./os. + street + house number (24/39) + NN-NNN city. */
const PL_LINE = `(?:ul|al|pl|os)\\. ${CAP}(?: ${CAP}){0,2} \\d{1,4}[a-zA-Z]?(?:/\\d{1,4})?(?![${ALNUM}])(?:,? \\d{2}-\\d{3} ${CAP}(?:[ -]${CAP})?)?`;
/**
 * Estonian, Latvian and Lithuanian: a street's name, then its type as a word after it (tn, mnt, pst,
 * tee; iela, prospekts, bulvāris, dambis, gatve; g., al., pr.), then the house number and often the
 * flat's after a dash (Pikk tn 12-4, Brīvības iela 88-12, Gedimino pr. 9-3).
 */
// (The short forms that are words or abbreviations elsewhere, tee, g., al., pr., need the flat's number: `Green tee 12` is no street.)
const BALTIC_WORD = 'tn|tänav|mnt|maantee|pst|puiestee|iela|prospekts|bulvāris|dambis|gatve|gatvė|alėja|prospektas';
const BALTIC_SHORT = 'tee|g\\.|al\\.|pr\\.';
const BALTIC_TYPE = `${BALTIC_WORD}|${BALTIC_SHORT}`;
const BALTIC_LINE = `${CAP}(?: ${CAP}){0,2} (?:(?:${BALTIC_WORD}) \\d{1,4}[A-Za-z]?(?:-\\d{1,4})?|(?:${BALTIC_SHORT}) \\d{1,4}[A-Za-z]?-\\d{1,4})(?![${ALNUM}])(?:, (?:LV-|LT-)?\\d{4,5} ${CAP})?`;
/** Indonesian and Malaysian: Jl./Jln./Jalan + street (roman numerals, Gg. lanes, Blok) + No. N (Jl. Tebet Barat Dalam VI No. 27). */
const ID_STREET = `(?:Jl|Jln)\\. ${CAP}(?: (?:${CAP}|[IVX]{1,4}|Gg\\. ${CAP}|Blok [A-Z]{1,3}\\d{0,2}|\\d{1,3})){0,6} No\\. ?`;
const ID_LINE = `${ID_STREET}\\d{1,4}[A-Za-z]?(?![${ALNUM}])`;
/** Malaysian: No. N, then Jalan (Jln., Lorong, Persiaran, Lebuh) and the road's name, its parts words or codes (`No. 8, Jalan SS 2/24`). */
const MY_LINE = `No\\. ?\\d{1,4}[A-Za-z]?(?:-\\d{1,3})?, (?:Jalan|Jln\\.|Lorong|Lrg\\.|Persiaran|Lebuh) (?:${CAP}|[A-Z]{2,4})(?: (?:${CAP}|[A-Z]{2,4}\\d{0,2}[A-Z]?(?:\\/\\d{1,3}[A-Z]?)?|\\d{1,3}[A-Z]?(?:\\/\\d{1,3}[A-Z]?)?)){0,5}`;
const ES_LINE = `(?:${ES_IT_TYPE}) (?:${ES_PARTICLE} )?${ES_NUMERAL}${CAP}(?: (?:${ES_PARTICLE} )?${CAP}){0,2},? (?:n[º°o]\\.? ?)?\\d{1,4}(?![${ALNUM}])${CITY}`;
// The three street shapes share one anchor, a digit (the house number's first), so the text is
// scanned once for them: a lookbehind per shape walks back to where the line starts (over the
// street name for German/Dutch and Spanish/Italian) and a lookahead inside it captures the line.
// V8 matches a lookbehind right to left, so the cheap parts (the walk, the boundary) are written
// last and run first; the capturing lookahead runs only where they hold.
/**
 * A street and house number followed by a Greek (NNN NN), Portuguese (NNNN-NNN) or Dutch (NNNN AA)
 * postcode and its city: "Tsimiski 212, 546 22 Thessaloniki", "Travessa do Carmo 10, r/c, 1200-095
 * Lisboa", "Achterom 9, 1234 AB Ergenshoven". The
 * postcode's shape is the evidence, as the street words are in the other shapes.
 */
const POSTCODE_LINE = `${CAP}(?: (?:${ES_PARTICLE} )?${CAP}){0,3} \\d{1,4}[a-zA-Z]?(?:, [^,\\n]{1,14})?,? (?:\\d{3} \\d{2}|\\d{4}-\\d{3}|${nlPostcodeSource(' ')}) [${UPPER}][${LOWER}]{1,24}(?:[ -][${UPPER}][${LOWER}]{1,24})?`;

const NUMBER_ANCHORED = [
  `(?<=(?=(${NUMBER_FIRST_LINE}))(?<!${BOUNDARY})\\d)`,
  `(?<=(?=(${DE_LINE}))(?<!${BOUNDARY})(?:[${UPPER}](?:[${LOWER}]{0,30}(?:${DE_SUFFIX})|[${LOWER}]{0,30}str\\.|[${LOWER}]{2,30}(?:er|e|s)? (?:${DE_WORD}|${NL_WORD})|[${LOWER}]{1,29}s (?:${NORDIC_GENITIVE_WORD}))|(?:[${UPPER}][${LOWER}]{1,20}-){1,3}(?:${DE_WORD})) \\d)`,
  `(?<=(?=(${ES_LINE}))(?<!${BOUNDARY})(?:${ES_IT_TYPE}) (?:${ES_PARTICLE} )?${ES_NUMERAL}${CAP}(?: (?:${ES_PARTICLE} )?${CAP}){0,2},? (?:n[º°o]\\.? ?)?\\d)`,
  `(?<=(?=(${PL_LINE}))(?<!${BOUNDARY})(?:ul|al|pl|os)\\. ${CAP}(?: ${CAP}){0,2} \\d)`,
  `(?<=(?=(${BALTIC_LINE}))(?<!${BOUNDARY})${CAP}(?: ${CAP}){0,2} (?:${BALTIC_TYPE}) \\d)`,
  `(?<=(?=(${POSTCODE_LINE}))(?<!${BOUNDARY})${CAP}(?: (?:${ES_PARTICLE} )?${CAP}){0,3} \\d)`,
  `(?<=(?=(${ID_LINE}))(?<!${BOUNDARY})${ID_STREET}\\d)`,
  `(?<=(?=(${MY_LINE}))(?<!${BOUNDARY})No\\. ?\\d)`,
].join('|');

/**
 * A Japanese address after the postal mark: 〒, the seven-digit postcode, then the prefecture, city,
 * block numbers and building (up to three space-separated parts), ending at a comma, a quote or
 * the line's end.
 */
const JP_POSTAL = `(〒[ \\u3000]?\\d{3}-?\\d{4}[ \\u3000]?[^\\s、。,，"'<>|]{2,40}(?:[ \\u3000][^\\s、。,，"'<>|]{1,40}){0,3})`;

// (And an office building's floor: `道玄坂KNビル 7F`; homes are マンション, アパート, コーポ.)
const JP_NOT_A_HOME = /センター|物流|倉庫|株式会社|本社|支社|支店|営業所|事務所|工場|店舗|千代田1-1(?!\d)|ビル ?\d{1,2}[FＦ階]/u;

/**
 * What only a business's address holds: France's CEDEX and TSA (business mail services), an
 * office suite, a floor written `21/F` (Hong Kong, the Philippines). Over thirty held-out corpora
 * every address holding one was an office's (0 true of 8).
 */
// (And a Dutch or German post-office box, Postbus, Antwoordnummer, Postfach: a company's mail address.)
// (Not a floor after a flat, `Flat C, 8/F, 25 …`: Hong Kong's homes are flats in towers, its offices rooms or suites.)
const BUSINESS_ADDRESS = native(/(?<![\p{L}])(?:CEDEX|Cedex|TSA \d{4,5}|(?:Suite|Ste\.?|STE) #?\d{1,5}|Postbus|Antwoordnummer|Postfach)(?![\p{L}])|(?<![\w/])(?<!Flat [A-Z0-9]{1,4},? )\d{1,2}\/F(?![\w])/u);

/**
 * A company's registration or tax number, which a letterhead, an imprint or a company's record
 * puts beside its address (HRB 231847, USt-IdNr., CHE-…, SIRET, ABN). Not NIF or NIP, which
 * persons hold too.
 */
const REGISTRATION =
  native(/(?<![\p{L}])(?:HR[AB] ?\d|USt-?Id|UID ATU|FN \d{3,6} ?[a-z](?![\p{L}])|CHE-\d{3}\.\d{3}\.\d{3}|SIRE[NT]|FINESS|N° TVA|TVA intracom|VAT (?:no|number|reg)|Company (?:no|number|reg)|[Rr]egistered in|ABN|ACN|KvK|CNPJ|P\. ?IVA|Partita IVA|CIF|KRS|REGON|PSRA licen[cs]e)(?![\p{L}])/u);

/** Words that say the address is a place of business: an office, a branch, a warehouse, a hotel, a clinic. */
const PLACE_OF_BUSINESS = native(
  /(?<![\p{L}])(?:[Rr]egistered office|[Hh]ead office|[Oo]ffices?|HQ|[Hh]eadquarters|Büro|Geschäftsstelle|Firmensitz|Geschäftssitz|Sitz|Zweigniederlassung|Niederlassung|Filiale|[Ss]iège(?: social)?|[Bb]ureaux?|[Ss]ede(?: legale| sociale?)?|[Oo]ficinas?|[Ee]scritórios?|[Bb]iuro|[Mm]agazyn(?:u|y|ów)?|[Ww]arehouse|[Dd]epot|Lager|[ÉéEe]tablissement|[Hh]otel|[Hh]ôtel|[Aa]lbergo|[Cc]linic|[Cc]linique|[Kk]linik|[Cc]línica|[Cc]ampus|[Vv]enue)(?![\p{L}])/u,
);

/** How far before an address its place-of-business word may stand (`Registered office: Larkspur House, …`). */
const BUSINESS_REACH = 64;

/** A markdown heading line. */
const HEADING = /^#{1,6} [^\n]*$/gmu;

/**
 * The address is a business's: its line names the company's registration number, or a place of
 * business stands just before it, or the markdown section it stands in is headed so ("## Escritórios").
 * (Not an imprint: a private website's names its owner's home.)
 */
function isBusinessAddress(ctx: MatchContext): boolean {
  const { text } = ctx;
  // A person's residence by its own words (`residente in`, `wohnhaft in`, `domicilié au`): a home,
  // whatever office the letter goes to (`Spett.le Ufficio Anagrafe …` above it).
  if (statesResidence(ctx)) return false;
  const ls = lineStartNear(text, ctx.start, 200);
  if (REGISTRATION.test(text.slice(ls, lineEndNear(text, ctx.end, 200)))) return true;
  if (PLACE_OF_BUSINESS.test(text.slice(Math.max(ls, ctx.start - BUSINESS_REACH), ctx.start))) return true;
  const above = text.slice(Math.max(0, ls - 800), ls);
  let heading: string | undefined;
  for (const m of above.matchAll(HEADING)) heading = m[0];
  return heading !== undefined && PLACE_OF_BUSINESS.test(heading);
}

/** Words that say the address is where a person lives, right before it. */
const RESIDENCE_BEFORE = native(/(?<![\p{L}])(?:residente (?:in|a|en)|domiciliat[oa] (?:in|a)|wohnhaft (?:in|im)|wohnt in|domicili[ée]e? (?:au|à|a)|demeurant (?:au|à)|residing at|resident at|lives at|living at|con domicilio en|domiciliad[oa] en|morador[a]? (?:na|no|em))[ \t]+$/iu);

/** Whether the words right before the address say a person lives there (see RESIDENCE_BEFORE). */
function statesResidence(ctx: MatchContext): boolean {
  return RESIDENCE_BEFORE.test(ctx.text.slice(Math.max(0, ctx.start - 32), ctx.start));
}

/** Famous or placeholder addresses: documentation, HQs and fiction, not anyone's home. */
const SPECIMENS =
  /^(?:\d{1,4} (?:Main|Any|Fake|Elm|Example|Sample|Test|Demo) (?:Street|St|Avenue|Ave|Road|Rd|Way|Lane|Ln|Drive|Dr|Boulevard|Blvd)\b|742 Evergreen Terrace|10 Downing Street|221B? Baker Street|1600 Amphitheatre Parkway|1 Infinite Loop|1600 Pennsylvania Avenue|1 Apple Park Way|1 Hacker Way|1 Microsoft Way|410 Terry Ave|51 Franklin (?:Street|St)|59 Temple Place|675 Mass(?:achusetts)? Ave|500 Oracle Parkway|4150 Network Circle|901 San Antonio Road|Musterstra(?:ße|sse) |Beispielstra(?:ße|sse) |Musterweg |Exempelgatan |Exempelvägen |Esimerkkikatu |Esimerkkitie |Eksempelvej |Eksempelveien |Eksempelgata |Voorbeeldstraat |Teststraat |Teststra(?:ße|sse) |Testweg |Testgatan |Testvägen |Testvegen |Testveien |Testvej |Testikatu |(?:\d{1,4},? )?[Rr]ue de l['’]Exemple\b|Calle Falsa |Calle Ejemplo |Calle de Prueba |Rua Exemplo[ ,]|Rua Falsa |Via Esempio |ul\. Testowa |ul\. Przykładowa )|\bAnytown\b|\bMusterstadt\b|\bExempelstad\b|\bTeststad\b|\bEksempelby\b/u;

/** Labels whose value is a network, memory or crypto address. */
const TECHNICAL_LABEL =
  native(/(?:ip|ipv[46]|mac|e ?mail|mail|wallet|contract|server|bind|listen|memory|base|remote|local|web|http|proxy|socket|peer|node|host|network|hardware|physical|virtual|bitcoin|btc|eth|ethereum|public|private|broadcast|gateway|sender|from|reply|to|return|bd|ble|device|url|smtp|pointer|load|start|end|offset)[ _-]?$/u);


/** Code or a description under an address label (see the validator). */
const CODE_UNDER_LABEL = native(/^(?:None|null|nil|undefined|True|False|Final|Optional|str|int|bytes)\b|^(?:A|An|The) \p{Ll}|^\d{1,4}[ \t]*[,;)](?! (?:rue|avenue|av\.|boulevard|boul\.|bd|chemin|ch\.|place|rang|route|montée|côte|impasse|allée|quai|cours) )|[A-Za-z]_[A-Za-z0-9]|\w<\[/u);

/** Three letters in a row (of any script). */
const THREE_LETTERS = /\p{L}{3}/u;

/** An address label at the end of a label, and the words before it (group 1). */
const ADDRESS_LABEL_END =
  /([\p{L} _-]*?)(?:address(?: ?line ?1|1)?|line ?1|street ?1|street line 1|addr|adresse|адрес|адреса|διεύθυνση|διευθυνση|lakcim|domiciliu|anschrift|stra(?:ß|ss)e|dirección|direccion|domicilio|calle|indirizzo|endereço|endereco|adres|street|wohnadresse|osoite|lakcímem|lakcím|cím|adresa|bydliště|alamat(?: [\p{L}]+){0,2})$/u;
/** A city's or a postal code's key in an address object (`"city": "…"`, `postal_code:`). */
const ADDRESS_OBJECT_KEY = native(/["']?(?:city|town|postal(?:_?code)?|postalCode|post_?code|postcode|zip(?:_?code)?|zipCode|locality|country(?:_?code)?|countryCode|state|province|region|line2)["']?[ \t]*:/u);

/** The match's record (its JSON object or YAML mapping: recordsAround) also names a city or a postal code: an address object. */
function isInAddressObject(ctx: MatchContext): boolean {
  return recordsAround(ctx).some((record) => ADDRESS_OBJECT_KEY.test(record));
}

/**
 * A freight order's loading or unloading place as its export's column names it (Polish `Miejsce
 * załadunku`, Czech and Slovak `Místo nakládky`, `vykládky`, German `Beladeort`, `Entladestelle`,
 * English `Loading place`): a warehouse's or a plant's gate, not anyone's home.
 */
const FREIGHT_SITE_COLUMN = native(/(?:za|roz)ładun|nakl[áa]d|vykl[áa]d|(?:be|ent)lade(?:ort|stelle|adresse)|(?:^|[ _])(?:un)?loading[ _](?:place|site|point|address)/u);

/** Whether the address is a whole cell under a freight order's loading or unloading column (see FREIGHT_SITE_COLUMN). */
function isFreightSiteCell(ctx: MatchContext): boolean {
  const header = columnHeader(ctx);
  return header !== undefined && FREIGHT_SITE_COLUMN.test(header);
}

/** The header of a real-estate listings export (RESO's ListingId, ListPrice): its addresses are properties on the market. */
const LISTING_HEADER = native(/(?:^|[,;\t|"])(?:ListingId|ListingKey|ListPrice)(?:["]?[,;\t|]|$)/u);

/** Whether the address is a row's of a listings export (an MLS feed's UnparsedAddress): a property for sale, not a home's owner. */
function isListingRow(ctx: MatchContext): boolean {
  const header = tableHeaderRow(ctx);
  return header !== undefined && LISTING_HEADER.test(header);
}

export default defineRule({
  id: 'postal-address',
  category: 'pii',
  description: 'Postal (street) address',
  // Street suffixes (St, Dr, Rd, Weg, Via) occur in nearly every text, so keywords would not filter;
  // every branch starts at a selective character instead (see the NOTE above).
  keywords: [],
  pattern: new RegExp(`${LABELLED}|\\d(?:${NUMBER_ANCHORED})|${JP_POSTAL}`, 'gu'),
  // Groups: 1 labelled value, 2 number-first line, 3 German/Dutch line, 4 Spanish/Italian line, 5 Polish line, 6 Baltic line, 7 Greek/Portuguese line, 8 Indonesian line, 9 Malaysian line, 10 Japanese address.
  secretGroup: [1, 2, 3, 4, 5, 6, 7, 8, 9, 10],
  validate: (s, ctx) => {
    // (The floor may come first: `12/F, 88 Gloucester Road`.)
    if (native(SPECIMENS).test(s) || BUSINESS_ADDRESS.test(ctx.text.slice(Math.max(lineStartNear(ctx.text, ctx.start, 24), ctx.start - 24), ctx.end))) return false;
    if (isBusinessAddress(ctx) || isListingRow(ctx) || isFreightSiteCell(ctx) || isBusinessAddressCell(ctx) || isInPlaceRecord(ctx) || isOnTestRecordLine(ctx)) return false;
    // A Japanese address of a business (a logistics centre, a warehouse, an office, a shop) or the
    // Imperial Palace's, the textbook sample (千代田1-1).
    if (ctx.match[10] !== undefined) return !JP_NOT_A_HOME.test(s) && !isOnCompanyLine(ctx);
    const before = ctx.text.slice(Math.max(0, ctx.start - 60), ctx.start);
    if (/[:=]\s*["']?$/u.test(before)) {
      // Labelled value: the label itself must not be a technical address.
      const label = normalizeContext(before.replace(/["']?[ \t]*[:=][ \t]*["']?$/u, ''));
      const m = native(ADDRESS_LABEL_END).exec(label);
      if (m !== null) {
        if (TECHNICAL_LABEL.test(m[1] as string)) return false;
        // An address object's first line (`"line1": …`) counts beside its city or postal code key: a
        // code's `line1 = "…"` is any line.
        if (/(?:line ?1|street ?1)$/u.test(label) && !isInAddressObject(ctx)) return false;
        if (!/\d/u.test(s) || !native(THREE_LETTERS).test(s) || !/\s/u.test(s)) return false;
        // host:port, not a house number after No:/Nr: (`İstiklal Cad. No:22`)
        if (/\.(?:com|net|org|io|de|local|internal)\b|(?<![Nn]o|[Nn]r|N°|Nº):\d{2,5}\b/iu.test(s)) return false;
        if (/@|:\/\/|^0x|^[0-9a-f:.]+$|^\d{1,3}(?:\.\d{1,3}){3}|^[13][a-km-zA-HJ-NP-Z1-9]{25,34}$|^(?:bc1|tb1)/iu.test(s)) return false;
        if (/^[\d\s.:/-]+$/u.test(s)) return false;
        // Code assigned to an `address` variable: calls, member chains, arrows.
        if (/[\w\]]\(|\)\.|=>|\bthis\.|\bnew [A-Z]/u.test(s)) return false;
        // A signature's parameter and its default or type (`address=None, family=None, backlog=1):`,
        // `ERROR_INCORRECT_ADDRESS: Final = 1241`), or a docstring's description (`address: An integer …`).
        // (And a C++ default, `Addr = 0, uint64_t Size = 0`, or a declaration's identifiers: `NLA_U32: nft_registers`, `Intrinsic<[llvm_ptr_ty]>`.)
        if (CODE_UNDER_LABEL.test(s)) return false;
        // A company's own record (`"name": "… B.V."` on the line above): not personal data.
        return !isOnCompanyLine(ctx);
      }
    }
    // "(c) 2011 Gary Court": a copyright year and a name that ends in a street word.
    // (Or a range of years, `Copyright: 1991-1997, Thomas G. Lane.`, and a Debian copyright field's next lines.)
    if (/^(?:19|20)\d\d(?:[-–, ]{1,3}(?:19|20)?\d\d)*,? /u.test(s) && (/(?:\(c\)|©|copyright:?)[ \t]{0,3}$/iu.test(before) || isCopyrightHolder(ctx))) return false;
    // A letterhead or signature: "Kestrel Payments Ltd · 2nd Floor, 71 Leonard Street, London".
    // (A letterhead's registration line under it marks a company's address, unless the words before say a person lives there.)
    return !isOnCompanyLine(ctx) && (statesResidence(ctx) || !isInCompanyLetterhead(ctx, REGISTRATION)) && !isOnPlaceholderPersonLine(ctx);
  },
  redactAs: 'address',
  examples: {
    positive: [
      // a payment API's customer address, its keys in alphabetical order (city before line1), the number after the street
      '"address": {\n  "city": "Bruxelles",\n  "country": "BE",\n  "line1": "Avenue Brugmann 214",\n  "line2": null,\n  "postal_code": "9000"\n}',
      // an Italian street named after a date in Roman numerals
      'Consegna presso Piazza IV Novembre 18, 06123 Perugia',
      // Baltic streets: the type after the name, the flat after a dash
      "INSERT INTO customers VALUES (7, 'A. Näide', 'Pikk tn 41-7', 'Tallinn');",
      'uus aadress Kalda mnt 12-55, 80010 Pärnu',
      'ADR;TYPE=HOME:;;Brīvības iela 140-21;Rīga;;LV-1012;Latvia',
      'Pakeičiau adresą: Savanorių pr. 18-4, LT-03116 Vilnius.',
      // a payment provider's address object: Portuguese, Catalan and Chilean street lines
      '"address": {"line1": "Rua Barão da Torre, 118", "line2": "Ipanema", "city": "Rio de Janeiro", "state": "RJ"}',
      '"customer_address": { "line1": "Carrer de Provença 212, 3r 2a", "city": "Barcelona", "postal_code": "08036", "country": "ES" }',
      'Dirección de facturación: Av. Apoquindo 3400, depto 502, Las Condes, Santiago.',
      'btw alamat saya pindah ya, sekarang di Jl. Kenanga Raya Gg. Melati No. 14, Depok.',
      // a Malaysian customer's home in a chat, and a partner table's address cell
      'Tolong hantar ke No. 27, Jalan Cempaka Indah, 58200 Kuala Lumpur',
      'Alamat surat-menyurat: No. 8, Jalan SS 2/24, Petaling Jaya',
      // a Norwegian street named in the genitive (the street word apart), in a support chat
      'Kunden har flyttet til Tordenskjolds gate 17, 0160 Oslo, og vil ha ny kontonummer',
      '- Alamat kunjungan: Jl. Cendana Indah Blok C2 No. 9, RT 003/RW 012, Bekasi',
      "        'address' => 'Corso Francia 212, 10143 Torino TO',",
      `Ship to ${fake('{d3}', 261).replace(/^0/u, '4')} Willow Creek Rd, Springfield, IL 62704`,
      `Anschrift: Lindenstraße ${Number(fake('{d2}', 262)) + 1}, 10115 Berlin`,
      `Adres: ul. Długa ${Number(fake('{d2}', 264)) + 1}/18, 31-147 Kraków`,
      `C100232,Piotr Zieliński,"ul. Piotrkowska ${Number(fake('{d2}', 265)) + 1}/39, 90-102 Łódź",PL`,
      `Elle habite au ${Number(fake('{d2}', 263)) + 1} rue des Lilas, 75011 Paris`,
      `"address": "Flat 2, ${Number(fake('{d2}', 264)) + 1} Kingsway, Leeds"`,
      `Recogida en Calle Mayor ${Number(fake('{d2}', 265)) + 1}, 28013 Madrid`,
      'id,phone,street,city,state,zip\nE20410,(512) 648-2917,3917 South Lamar Blvd,Austin,TX,78704',
      '"address": "〒460-0008 愛知県名古屋市中区栄3-15-27 サンシャイン栄902",',
      'guest,Leonidas Mavros,"Ermou 48, 105 63 Athens",GR',
      "'Rua das Flores 27, 2.º Esq, 4050-262 Porto'",
      'Lieferadresse: Rosa-Luxemburg-Straße 41b, 04103 Leipzig',
      'Adres: Cumhuriyet Cad. No:48, 35220 Konak/İzmir',
      'Osoite: Koivukuja 12 B 4, 33100 Tampere, puhelin alla.',
      'Új lakcímem: Petőfi Sándor utca 21., 6720 Szeged.',
      'Kantoor: Maasboulevard 118, 3011 TX Rotterdam',
      'MEMBER,19720314,M,2291 S WILLOW BEND DR APT 4C,RALEIGH,NC,27603',
      '      "address_line": "Rua Voluntários da Pátria, 2143, apto 81",',
      'PW-1033,Ellie Whitcombe,elliewhitcombe@gmail.com,07581 230476,1996-02-19,UK,7 Brudenell Mount,Leeds LS6 1HS,2024',
      'Min nye adresse er Vestergade 12, st., 8000 Aarhus C.',
      'Osoite jos tarvitsette: Yliopistonkatu 8 as. 3, 20100 Turku.',
      // A blank line ends a letterhead: the employer above is no office's block.
      'Arbeitgeber: Feldmark Analytics GmbH\n\nPrivat wohnt sie in der Auenstraße 27, 80469 München.',
      // A comment's empty line ends a letterhead too: the company above is the licence's, the street its author's.
      ' * Distributed by Libre Tools GmbH.\n *\n * Write to me by paper mail:\n * Jonas Weller, Kastanienweg 12, 04109 Leipzig\n */',
      // a citizen's request to a registry office: the sender's residence under the office's salutation
      'Spett.le Ufficio Anagrafe del Comune di Valtrebbia,\n\nil sottoscritto, residente in Via dei Mille 12, 40121 Bologna,\ntitolare della ditta individuale "Riparazioni Esempio" P.IVA 00000000000, chiede la rettifica.',
      // Dutch: a street without a street word, known by its postcode; a path; a house number's "bis"
      'Ze is per 01-05 verhuisd van Achterom 9, 1234 AB Ergenshoven naar een nieuw adres.',
      '<AdrLine>Molenpad 3, 5261 XY Ergenshoven</AdrLine>',
      '<AdrLine>Lange Molenstraat 41bis, 3512 XY Ergenshoven</AdrLine>',
      // an onboarding fixture's home address, its street field in Spanish
      '"domicilio": {\n  "calle": "Lavalleja 2218 4°B",\n  "localidad": "Almagro, CABA"\n}',

      // labels in Bulgarian, Greek, Romanian (domicile) and unaccented Hungarian, and their Greek and Cyrillic street names
      '{"име": "И. Примерова", "адрес": "ул. „Цар Симеон“ № 41", "дни": 20}',
      '"διεύθυνση": "Αριστοτέλους 58",',
      '"adresa_domiciliu": "Strada Lalelelor nr. 7, 310045 Arad",',
      "Dolgozo{nev='X', lakcim='6720 Szeged, Kárász utca 9.'}",
      // a Dutch house number's capital letter and a street of two words; a Belgian French street, its number last
      'registratie_id,naam,straat_huisnr,postcode\nR-1,A. Voorbeeld,Esdoornstraat 14B,1234 AB\nR-2,B. Voorbeeld,Lange Gracht 7,1234 AB',
      'la facture de clôture de mon ancien logement situé\nRue des Tanneurs 42, 7000 Mons\nest incorrecte.',
      // a Québec address as Quebecers write it: the civic number, a comma, then the street
      '"home_address": {"line1": "1840, rue Exemple", "locality": "Québec", "region": "QC"}',
    ],
    negative: [
      // a supplier register's row: the vendor's office address under its own column
      'vendor_id,contact,company_address,terms\nV-7,A. Example,"12 Kestrel Road, Leeds LS6 2AB",NET30\n',
      // a freight order export's loading and unloading places: plants' and warehouses' gates
      'Nr zlecenia;Zleceniodawca;Osoba kontaktowa;Miejsce załadunku;Miejsce rozładunku;Kierowca\nZL/1/2024;Kestrel Zboża sp. z o.o.;A. Nowak;"ul. Młyńska 14, 99-300 Kutno";"ul. Morska 120, 81-225 Gdynia";B. Kowal\n',
      // an English word before tee, a table's abbreviation
      // an Estonian company's address in its statement footer
      '<address>Kestrel Maksed AS, Veerenni tn 24, 10135 Tallinn</address>',
      'Green tee 12 pack, see Table pr. 12',
      // an airport's gate after a word that is no genitive
      'Proceed to Boarding gate 12 now; Departure gate 24 closes at 10:40',
      // a program's variable named line1, no address object around it
      'const line1 = "Hello World 2";',
      'see Av. 5 of the spec and Via 2 of the appendix',
      // a European company's (SE) and a Spanish one-member company's (S.L.U.) postal address
      'Postanschrift: Beispielwerk Europe SE, Lindenstraße 14, 40210 Düsseldorf',
      '> Ejemplo Iberia S.L.U., Calle Mayor 14, 28801 Alcalá',
      // a Dutch company's post-office box
      '- Data requests: by post to Postbus 1234, 3500 AA Ergenshoven',
      // Oracle's address in OpenJDK's licence header, the Free Software Foundation's in the GPL's notice, and copyright years before a name ending in a street word
      ' * Please contact Oracle, 500 Oracle Parkway, Redwood Shores, CA 94065 USA',
      ' along with this program; if not, write to the Free Software Foundation,\n 51 Franklin Street, Fifth Floor, Boston, MA 02110-1301 USA.',
      'Copyright: 1991-1997, Thomas G. Lane.',
      // a Python signature's defaults and a stub's constant, and a docstring's argument
      '    def __init__(self, address=None, family=None, backlog=1, authkey=None):',
      'ERROR_INCORRECT_ADDRESS: Final = 1241',
      '  FunctionInfo(uint64_t Addr = 0, uint64_t Size = 0, uint32_t N = 0)',
      '        address: An integer representation of an IPv6 IP address.',
      // a test fixture's record: its person is a test employee
      '{\n  "emp_code": "TE0102",\n  "full_name": "Test Employee B",\n  "address": "Flat 2, Lakeview Apartments, Indiranagar, Bengaluru 560038"\n}',
      // a shop's record with its opening hours
      '{"store_id": 14, "address": "122 Rue Didouche Mourad", "opening_hours": "Sa-Th 09:00-18:00"}',
      'ListingId,StandardStatus,ListPrice,UnparsedAddress,City,PostalCode\nRMLS10000001,Active,450000,"1234 SE Example St",Portland,97214\n',
      // a form's specimen address
      "Adresse (ex. : 3 rue de l'Exemple)",
      // a company's seat in an Italian e-invoice (its registry data name a company, not a person)
      '<CedentePrestatore>\n  <DatiAnagrafici>\n    <Anagrafica>\n      <Denominazione>Studio Ferri e Associati</Denominazione>\n    </Anagrafica>\n  </DatiAnagrafici>\n  <Sede>\n    <Indirizzo>Viale dei Mille 41</Indirizzo>\n    <CAP>50131</CAP>\n  </Sede>\n</CedentePrestatore>',
      // a business's address: CEDEX and TSA, an office suite, a floor, an office building's floor
      'Écrire au 18 rue des Docks, 69009 Lyon Cedex 09',
      'Send the signed form to 500 Pine St, Suite 1200, Seattle, WA 98101.',
      // a provider directory's practice address, its suite abbreviated
      'id,practice,address\nP-0117,"Riverbend Family Practice","410 Oak Grove Rd Ste 120, Ames, IA 50010"',
      'Office: 12/F, 88 Gloucester Road, Wan Chai',
      '〒105-0011 東京都港区芝公園4丁目2-8 芝公園KNビル 12F',
      '{\n  "controller": {\n    "name": "Marlowe Goods B.V.",\n    "address": "Keizersgracht 520, 1017 EK Amsterdam",\n  }\n}',
      '    address: { line1: "1 Example Way", city: Anytown, postcode: "00000", country: US }',
      // a sandbox's test borrower, on a documentation line
      'Sandbox borrower: SSN `000-00-0000`, DOB `01/01/1970`, 1 Demo Way, Columbus, OH 43215.',
      '        "logradouro": "Rua Exemplo, 100",',
      'Copyright (c) 2011 Gary Court. All rights reserved.',
      '"street_address": "1 Test Street, Testville"',
      "      address = Array.from(buffer.subarray(offset, offset + 4)).join('.')",
      'Send it to 123 Main Street',
      'ip address: 10.0.0.12',
      '"address": "0x742d35Cc6634C0532925a3b844Bc454e4438f44e"',
      'email address: anna@firma.de',
      'Step 3 Run Tests',
      'HTTP/1.1 200 OK WAY',
      '返品先：〒272-0002 千葉県市川市二俣新町17 マーロウ市川物流センター',
      'サンプル: 山田 太郎、〒100-0001 東京都千代田区千代田1-1',
      'Visit 1600 Amphitheatre Parkway',
      'address: TBD',
      '{"signInAddress":"gotham.b5local.com:4000"}',
      'Aggregate 12 rows per batch, then Investigate 3 outliers',
      // A signature's office: the company's line stands in the block above the street.
      'Viele Grüße\nLotte Brenner\nKundenbetreuung\nFeldmark Analytics GmbH\nT +49 89 4512 330\nAuenstraße 27, 80469 München',
      // A letterhead's street, the company's register entry on the line after it.
      'Feldmark Analytics\nAuenstraße 27, 80469 München\nSitz: München · HRB 281734',
      // A Mexican company's receipt footer (its legal form S.A.P.I. de C.V.)
      '<p>Kestrel Rutas S.A.P.I. de C.V. · RFC KRU100816AB1 · Av. Insurgentes Sur 1602, CDMX</p>',
      // an English hotel's name and its room count
      'We stayed at The Avenue Hotel 12 nights in a row.',
    ],
  },
});
