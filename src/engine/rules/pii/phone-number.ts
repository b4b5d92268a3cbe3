import type { CountryCode } from 'libphonenumber-js/max';
import { parsePhoneNumberFromString } from 'libphonenumber-js/max';
import type { MatchContext } from '../../types';
import { defineRule, fake } from '../defineRule';
import { hl7FieldAt } from './_hl7';
import { isRoleMailbox } from './_mailboxes';
import { COMMA_GROUP, COMPANY_FORM, cellBefore, isCompanyOnlyRow, columnHeader, headerMatches, isInPlaceRecord, isLabelled, isOnCompanyLine, isOnPlaceholderPersonLine, isOnPracticeRow, isTrivialNumber, labelRegex, lineEndNear, lineStartNear, matchLine, isInCodePointRun, tableHeaderRow, headerCellRegex } from './_context';
import { MPESA_PARTY_NAME, MPESA_SMS_LEAD } from './_telecom';
import { KR_BUSINESS_NUMBER_WRITTEN, krBusinessNumberChecksum, SNILS_WRITTEN, snilsChecksum } from './_checksums';
import { native } from '../../scan/nativeRegex';
import { VIETNAMESE_LETTER } from './_scripts';
import { SIGN_OFF } from './person-name';
import { FULL_NAME } from './_fullName';

/** Labels that make a national-format number (no +CC) a phone number. */
/** A phone number's labels and the phrases that lead one in the languages the rule reads (exported: a 3-3-3 SIN yields to them). */
export const PHONE_LABEL = labelRegex([
  'phone', 'telephone', 'tel', 'tel.', 'mob', 'mob.', 'msisdn', 'isdn', 'puhelin', 'puh', 'puh.', 'matkapuhelin', 'puhelinnumero', 'telefon', 'telefono', 'teléfono', 'téléphone', 'tél', 'tél.', 'telefoon', 'tlf',
  'telefone', 'telemóvel', 'telemovel', 'tlm', 'tlm.', 'tlmv', 'telefonnummer', 'telefonat', 'rückruf', 'rückruf unter', 'rückrufnummer', 'numer telefonu', 'komórka',
  'telephone number', 'bereiken op', 'bereikbaar op', 'bel mij op', 'bel me op',
  // a dispute's or a support case's record of the customer's number: "Phone on order", "mobile on file"
  'phone on order', 'phone on file', 'phone on account', 'phone on record', 'mobile on file', 'mobile on order', 'number on file',
  // a mobile-money wallet named by its number ("my wallet on 05…")
  'wallet on', 'my wallet on', 'momo number', 'momo no', 'momo wallet', 'mpesa number', 'm-pesa number', 'mpesa no',
  // Dutch and Flemish call-back requests: "graag terugbellen op …", "gelieve te bellen: …", "terugbelverzoek naar …"
  'terugbellen', 'terugbellen op', 'bellen op', 'te bellen', 'terugbelverzoek', 'terugbelverzoek naar',
  'mobile', 'mobil', 'mobiel', 'móvil', 'movil', 'cell', 'cellphone', 'cellular', 'celular', 'cellulare', 'handy', 'diensthandy', 'mobilnummer', 'handynummer',
  'fax', 'call', 'whatsapp', 'whats app', 'contact', 'kontakt', 'contacto', 'contato', 'rufnummer', 'portable', 'sms', 'hotline', 'phone number',
  // (RADIUS's Calling-Station-Id and a mobile core's `calling=` are the subscriber's number)
  // (and a captive portal's RADIUS log of phone-number logins: `Access-Accept user=31 9…`)
  'accept user', 'reject user', 'request user',
  'telefonisch', 'línea', 'linea', 'ani', 'calling number', 'caller number', 'calling', 'calling station id', 'a number', 'b number', 'ring me on', 'ring me at', 'reach me on', 'reach me at', 'reach me', 'reach', 'reached on', 'reached at', 'reachable on', 'reachable at', 'reach him', 'reach them', 'number to reach me', 'best number', 'callback number', 'me joindre au', 'joignable au', 'erreichbar unter', 'anrufen unter',
  // German "call me (if anything comes up): …" ("Ruft mich an wenn was ist: 0172 …", "rufen Sie mich an unter …")
  'ruft mich an', 'ruf mich an', 'rufen sie mich an', 'ruft mich an unter', 'ruf mich an unter', 'rufen sie mich an unter',
  'llámame al', 'chiamami al', 'bel me op', 'my number', 'old number', 'new number', 'a ring on', 'a ring at',
  // "the number is …" in Spanish, Polish and Czech calls and tickets ("el número es …", "na numer męża …", "telefonní číslo …")
  'el número es', 'el numero es', 'mi número es', 'mi numero es', 'su número es', 'mój numer', 'na numer', 'numer komórki', 'telefonní číslo', 'číslo telefonu', 'moje číslo',
  // a person's own line beside a work one: "personal mobile: …", "private phone" (not "personal number", which
  // is a Swedish or a Finnish national id's name in English)
  'personal mobile', 'personal phone', 'personal cell', 'private mobile', 'private phone',
  // a second number to try ("Teléfono de contacto alternativo: …", "alternate phone", "numero alternativo")
  'contacto alternativo', 'alternativo', 'alternativa', 'alternate phone', 'alternative phone', 'alternate number', 'alternative number', 'alt phone',
  // an Amadeus PNR's phone elements: mobile, home, business (` 7 APM +49 151 …/P1`)
  'apm', 'aph', 'apb',
  // a mobile-money party's MSISDN (MTN MoMo's partyId, Swish's payerAlias; not its payeeAlias, a merchant's Swish number)
  'partyid', 'party id', 'payeralias', 'payer alias', 'payer_alias',
  // a call-detail record's parties (`a_party,b_party`, `calling_party`), a switch's dialled digits
  'a party', 'b party', 'calling party', 'called party', 'other party', 'called number', 'dialled number', 'dialed number',
  // a call that happened: "Oliver Whitfield called (020 …)", "rang from 07…"
  'called', 'called from', 'calling from', 'rang', 'rang from', 'texted', 'texted from', 'rückfragen unter', 'erreichen unter',
  // the same in German, Spanish, French, Italian and Dutch ("hat angerufen von 0171 …", "llamó desde el …")
  'angerufen von', 'anruf von', 'llamó desde', 'llamo desde', 'llamó del', 'a appelé du', 'a appelé depuis', 'ha chiamato dal', 'ha chiamato da', 'belde vanaf', 'gebeld vanaf',
  // Spanish "cel", Dutch "bellen op", Turkish "cep telefonu", "my (new) number" in the labels' languages
  // "her new line is …", "new no. …", and Swahili's and Afrikaans' words for a phone and its number
  // a landline ("calling her landline"), Brazil's ("o fixo de casa", "telefone fixo")
  'landline', 'land line', 'home phone', 'home', 'fixo', 'fixo de casa', 'telefone fixo',
  // Dutch landlines ("vast 071-…", "vaste lijn", "vast nummer")
  'vast', 'vaste lijn', 'vast nummer', 'vaste nummer',
  'new line', 'my line', 'line is', 'new no', 'new no.', 'phone no', 'phone no.', 'simu', 'namba ya simu', 'nambari ya simu', 'selfoon', 'selnommer', 'foonnommer',
  // the mobile-money number a wallet is registered to (Ghana's, Uganda's and Zambia's MoMo)
  'momo', 'momo number', 'momo no', 'momo no.', 'mobile money number',
  // (MoMo as written: its capitals read as two words, `Mo Mo`.)
  'mo mo', 'mo mo number',
  // a GCash wallet is its owner's mobile number; Tagalog's "my number"
  'gcash', 'gcash number', 'gcash no', 'number ko', 'numero ko', 'gcash ko',
  // (and the wallets' own spellings, which the label forms' capitalisation does not make: GCash, GoPay)
  'GCash', 'GCash ko', 'GCash number', 'GoPay', 'gopay', 'OVO', 'ShopeePay', 'TrueMoney', 'PayMaya', 'PromptPay',
  // Pakistan's and Bangladesh's wallets (JazzCash, Easypaisa, bKash, Nagad) are their owners' mobile
  // numbers; Roman Urdu's "wrong number", "real number", "my number"
  'bkash', 'bKash', 'jazzcash', 'JazzCash', 'easypaisa', 'nagad', 'bkash wallet', 'jazzcash wallet', 'easypaisa wallet',
  'jazzcash number', 'jazzcash no', 'JazzCash number', 'JazzCash no', 'easypaisa number', 'easypaisa no', 'bkash number', 'bkash no', 'bKash number', 'bKash no', 'nagad number', 'nagad no',
  'galat number', 'asal number', 'sahi number', 'mera number', 'amar number',
  // Hinglish "<name>'s number" (`Ravi ka number …`, `unka mobile …`), and a mobile linked to an account (Aadhaar's, a bank's)
  'ka number', 'ka mobile', 'ka phone', 'ka no', 'ka no.', 'ka naya number', 'unka number', 'uska number', 'mobile linked', 'linked mobile', 'linked number',
  // Nepal's wallets (Khalti, eSewa) are their owners' mobile numbers too; a wallet's id in a payout export
  'khalti', 'esewa', 'khalti id', 'esewa id', 'wallet id', 'wallet_id', 'wallet no', 'wallet number',
  // (a refund export's `customer_wallet` column, not an integration's `ID_WALLET`; bKash in Bengali, "বিকাশ 017…")
  'customer wallet', 'payer wallet', 'বিকাশ',
  // a second number on a ticket ("**Mobile:** … **Alt:** 03…")
  'alt', 'alt.',
  // Irish and British English: "rung on", "ringing <name> on", "ringing now"
  'rung on', 'ringing', 'ringing now', 'rang on',
  // Latvian and Estonian: tālrunis (tālr.), mobilais; helistage (call), mobiil
  'tālr', 'tālr.', 'tālrunis', 'talrunis', 'mobilais', 'helistage', 'helista', 'mobiil',
  // Vietnamese: số điện thoại (SĐT), điện thoại, "gọi em số …", "số em là …", the number registered to a wallet
  'sđt', 'sdt', 'số điện thoại', 'so dien thoai', 'điện thoại', 'dien thoai', 'sđt đăng ký', 'gọi', 'gọi em số', 'gọi số', 'số em là', 'số của em', 'số của anh', 'số của chị',
  // Spanish: a call to make or made ("llamar al 966 …", "se llamó al 984 …")
  'llamar al', 'llamó al', 'llame al', 'llamen al', 'llamarme al', 'contactar al', 'comunicarse al',
  // ("que le llamemos al 600 …", a call-centre note's call back; Italian "chiamami al", "mi chiami al")
  'llamemos al', 'llamamos al', 'llamadme al', 'chiamami al', 'mi chiami al', 'richiamarlo al', 'richiamarla al',
  // Spanish, Catalan and Basque landlines and contact numbers, Chile's fono ("al fijo 91 …", "truqueu al fix de casa, 93 …", "mugikorra: 6…")
  'fijo', 'al fijo', 'fono', 'fono contacto', 'fono fijo', 'teléfono fijo', 'móvil de contacto', 'teléfono de contacto', 'número de contacto', 'sigue siendo el',
  // Italian: a landline ("tel. fisso 051 …"), a number left to call back ("mi ha lasciato il numero 06 …")
  'fisso', 'tel. fisso', 'telefono fisso', 'il numero', 'numero di cellulare', 'numero di telefono', 'richiamare al', 'chiamare al',
  // Indonesian and Malay: HP (handphone), WA, an emergency contact, "call me at", a new number, a next of kin's
  'no hp', 'no. hp', 'nomor hp', 'nomor hp nasabah', 'nomor hp pelanggan', 'hp utama',
  'No HP', 'No. HP', 'no HP', 'nomor HP', 'HP utama', 'nomor HP nasabah', 'nomor HP pelanggan', 'nomor WA', 'nomor wa', 'nomor baru', 'nomor', 'kontak darurat', 'hubungi saya di', 'hubungi di', 'no tel', 'tel bimbit', 'waris/rujuk', 'rujuk',
  'fix de casa', 'al fix', 'mòbil', 'telèfon', 'telèfon de contacte', 'telefonoa', 'mugikorra',
  'cel', 'bellen op', 'me bellen op', 'callback', 'call back', 'telefonum', 'telefon numaram', 'numaram', 'cep telefonu', 'cep telefonum', 'gsm',
  'mijn nummer', 'nieuwe nummer', 'meine nummer', 'neue nummer', 'nuevo número', 'nouveau numéro', 'novo número', 'nuovo numero', 'mi número', 'mon numéro', 'meu número', 'il mio numero', 'mój numer',
  // someone else's number, told in a chat or a ticket ("her number: 720-…", "son numéro : 0032 …"; not "the
  // number is …", which a library's tests say of their examples)
  'her number', 'his number', 'their number', 'son numéro', 'su número', 'seu número', 'ihre nummer', 'seine nummer', 'haar nummer', 'zijn nummer',
  // French "sent to", "direct line", "reach me at"; German "call (her) back?"; Portuguese "call (first) on", "the work
  // landline"; Swedish "feel free to call me on"; English "rang again on", "texts go to me at"
  'envoyé à', 'envoyé au', 'envoyée à', 'ligne directe', 'ligne directe au', 'me joindre au', 'me joindre sur', 'joignable au', 'joignable sur',
  'zurückrufen', 'ligue para o', 'ligue antes para o', 'ligar para o', 'liga para o', 'fixo do trabalho', 'telefone do trabalho',
  'ring mig gärna på', 'ring gärna på', 'rang again on', 'called again on', 'go to me at', 'text me at', 'text me on', 'whatsapp me at', 'whatsapp me on',
  // Danish and Norwegian "call (me) on", Finnish "call", "from/to the number", "my number"
  'ring', 'ring på', 'ring gerne på', 'ring meg på', 'ring mig på', 'ring til', 'soita', 'soita minulle', 'numerosta', 'numeroon', 'numeroni',
  // Danish and Norwegian "my number (is)", Finnish "(please) call", Swedish "called (her) at", as a case note writes it
  'mit nummer', 'mitt nummer', 'nummeret mitt', 'soittakaa', 'soitathan', 'ringt', 'ringde',
  // Swedish: "reached (best) at", "reach him/her/me", a home or mobile number, "call her/him at"
  'nås på', 'nås bäst på', 'hemnummer', 'hemnumret', 'hemtelefon', 'mobilnummer', 'mobilnumret', 'telefonnumret', 'ringa', 'ringa mig på', 'ringa henne på', 'ringa honom på', 'nå honom', 'nå henne', 'nå mig', 'nå mej',
  // Norwegian and Danish "can be reached at"
  'treffes på', 'træffes på',
  'direct', 'direct line', 'call me too', 'call me back on', 'call me back at', 'rang you on', 'recipient', 'sms to', 'texted to', 'registered number', 'contact on form', 'erreiche sie unter', 'rückruf an', 'namba', 'namba ya simu', 'simu',
  // Chinese, Japanese and Korean labels (mobile, telephone, contact number)
  '手机', '手机号', '手机号码', '电话', '联系电话', '联系方式', '联系我', '致电', '電話', '電話番号', '携帯', '携帯電話', '連絡先', '연락처', '비상연락처', '휴대폰', '핸드폰', '휴대전화', '전화', '전화번호',
  // Hindi, Marathi, Tamil, Telugu, Kannada and Bengali labels (mobile, phone, telephone, contact number)
  'मोबाइल', 'मोबाइल नंबर', 'मोबाईल', 'फ़ोन', 'फोन', 'फ़ोन नंबर', 'फोन नंबर', 'दूरभाष', 'संपर्क नंबर', 'संपर्क सूत्र',
  'கைபேசி', 'கைபேசி எண்', 'தொலைபேசி', 'தொலைபேசி எண்', 'அலைபேசி', 'మొబైల్', 'ఫోన్', 'ಮೊಬೈಲ್', 'ದೂರವಾಣಿ', 'মোবাইল', 'ফোন',
  // and Traditional Chinese (Taiwan, Hong Kong): mobile, contact telephone, telephone number
  '手機', '手機號碼', '手機號', '聯絡電話', '聯繫電話', '聯絡方式', '行動電話', '電話號碼',
  // Ukrainian and Russian, Estonian, Lithuanian and Polish labels (telephone, mobile, my number, direct number)
  'телефон', 'тел', 'тел.', 'моб', 'моб.', 'мобільний', 'мобильный', 'номер телефону', 'номер телефона', 'мій телефон', 'мой телефон', 'контактний телефон', 'контактный телефон',
  'numbril', 'otsenumber', 'telefonil', 'mobiil', 'telefonas', 'tel. nr', 'telefono nr', 'mob. tel', 'kontakt telefoniczny', 'tel. kom', 'tel. kom.', 'nr telefonu',
  // Czech and Slovak: "(reachable) at the number", telephone and mobile numbers (not číslo alone: číslo účtu is an account)
  'na čísle', 'na číslo', 'telefonní číslo', 'telefonni cislo', 'telefónne číslo', 'tel. číslo', 'tel. č.', 'mobilní číslo', 'číslo telefonu', 'číslo mobilu', 'volejte', 'volajte', 'zavolejte', 'zavolajte',
  // Indonesian, Malay, Filipino and Vietnamese labels (number, mobile, telephone)
  'nomor', 'nomor hp', 'no hp', 'no. hp', 'nomor telepon', 'telepon', 'telp', 'telp.', 'no telp', 'no. telp', 'no tel', 'no. tel', 'nombor telefon', 'cp number', 'cp no', 'cp no.',
  'số điện thoại', 'điện thoại', 'sđt', 'đt',
  // Greek, Arabic and Thai labels (mobile, telephone)
  'κινητό', 'κινητο', 'τηλέφωνο', 'τηλεφωνο', 'τηλ.', 'τηλ', 'τηλέφωνο επικοινωνίας', 'κινητό του', 'κινητό της', 'αριθμός τηλεφώνου', 'αριθμό τηλεφώνου',
  'cep no', 'tel no', 'telefon no', 'gsm no', 'iletişim', 'هاتف', 'جوال', 'موبايل', 'رقم الهاتف', 'رقم الجوال', 'رقم الموبايل', 'رقم الموبايل المسجل', 'الجوال المسجل', 'جوالك', 'جوالك المسجل', 'jawal', 'jawwal', 'โทร', 'เบอร์โทร', 'มือถือ',
  // Croatian, Serbian, Bosnian and Slovenian (mobile, number, call me on), Serbian and Bulgarian Cyrillic, Hebrew
  'mobitel', 'mobitela', 'mobilni', 'broj telefona', 'broj mobitela', 'nazovite me na', 'nazovi me na', 'pokličete na', 'pokličite na', 'pokliči me na', 'telefonska številka', 'gsm',
  'мобилни', 'мобилен', 'број телефона', 'телефонски број', 'נייד', 'טל', "טל'", 'טלפון', 'מספר טלפון',
  // Hebrew's "the phone", "my/his/her phone", "the new number", "to call back", "on the mobile", "at the office"
  'הטלפון', 'הטלפון שלי', 'הטלפון שלו', 'הטלפון שלה', 'המספר החדש', 'מספר חדש', 'לחזרה', 'בנייד', 'במשרד',
  // Spanish "call this one", "my mobile is"; a portability request's number ("number to port")
  'llama a este', 'llama al', 'llámame', 'numero a portar', 'número a portar', 'numero portado', 'número portado', 'number to port', 'ported number',
  // a code or a message sent to the number ("Token re-sent to 04…"), a German call-back request ("rufen Sie mich zurück unter")
  'sent to', 'resent to', 're-sent to', 'zurück unter', 'zurückrufen unter',
  // German "call me (at)", Dutch "feel free to call me on", French "call me back on", "reach me directly on", "my number is"; Chinese "emergency contact"
  'erreichen mich unter', 'erreichen Sie mich unter', 'erreichen sie mich unter', 'bin erreichbar unter', 'erreichbar unter', 'telefonisch bestätigt unter', 'rufen sie mich an', 'rufen Sie mich an', 'rufen sie mich unter', 'rufen Sie mich unter', 'ruf mich an', 'ruf mich unter', 'bel me gerust op', 'bel mij gerust op', 'bel gerust op', 'me rappeler au', 'rappeler au', 'rappelez-moi au', 'appelez-moi au', 'me joindre directement au', "numéro c'est le", '紧急联系人', '緊急聯絡人',
  // French "old number", Arabic "my number", "the number"; Egyptian and Moroccan Arabizi "my number",
  // "call me on" (raqami, nemra dyali, kalemni 3ala)
  'ancien numéro', 'ancien numero', 'رقمي', 'رقم', 'الرقم', 'رقم تليفوني', 'تليفون', 'تليفوني', 'raqami', 'ra2mi', 'rakmi', 'nemra', 'nmra', 'nemra dyali', 'nmra dyali', 'kalemni 3ala', 'kallemni 3ala', '3ayet 3la',
]);

/** A person's full name, then the number in brackets: `Peadar Ó Example (085 …)`, `engineer Ada Quill (087 …)`. */
const NAME_PAREN_BEFORE = /(?<![\p{L}])[\p{Lu}][\p{Ll}'’]+(?:-[\p{Lu}][\p{Ll}]+)?(?: (?:(?:van|von|de|der|den|da|di|du|le|la|Ó|Ní|Mac|Mc|O'|bin|al)[ '])?[\p{Lu}][\p{L}'’]+(?:-[\p{Lu}][\p{Ll}]+)?){1,2} \($/u;

/**
 * A person's full name and a dash right before the number: a contact list's or an incident's line
 * (`- Teodora Quintanar – 6…`, `Guardia: Iria Castromil — (31) 9…`), a chat's hyphen (`Ysaline Wauthier - 9…`).
 */
const NAME_DASH_BEFORE = native(/(?<![\p{L}])[\p{Lu}][\p{Ll}'’]+(?:-[\p{Lu}][\p{Ll}]+)?(?: (?:(?:van|von|de|der|den|da|di|du|del|dos|le|la|Ó|Ní|Mac|Mc|O'|bin|al)[ '])?[\p{Lu}][\p{L}'’]+(?:-[\p{Lu}][\p{Ll}]+)?){1,3}[ \t]+[-–—][ \t]+$/u);

/** A person's name alone on its line (`Ysaline Wauthier`, `Anne-Sophie de Vries`): person-name's FULL_NAME shape. */
const NAME_LINE = native(new RegExp(`^[ \\t]*${FULL_NAME}[ \\t]*\\r?$`, 'u'));

/**
 * A number alone on its line in an e-mail's signature block: a sign-off (`Cordialement,`, `Best
 * regards,`), the writer's name on a line of its own, perhaps a line of their company or role, then
 * the number (`Ysaline Wauthier\n06 …`). Written as a phone number is, in groups.
 */
function isSignatureBlockNumber(ctx: MatchContext, s: string, digits: string): boolean {
  const { text, start, end } = ctx;
  if (!isWrittenAsPhone(s, digits)) return false;
  const ls = lineStartNear(text, start, 200);
  if (text.slice(ls, start).trim() !== '' || !/^[ \t]*[?.]?[ \t]*(?:\r?\n|$)/u.test(text.slice(end, end + 8))) return false;
  const lines = text.slice(Math.max(0, ls - 400), Math.max(0, ls - 1)).split('\n').slice(-5).reverse();
  // (The name within three lines above the number, the sign-off right above the name.)
  for (let i = 0; i < Math.min(3, lines.length - 1); i++) {
    if (native(NAME_LINE).test(lines[i] as string)) return native(SIGN_OFF).test(lines[i + 1] as string);
  }
  return false;
}

/** A desk's or a team's word before a name and a dash: the line names a service's number (`Klantendienst Acme België – 02 …`). */
const DESK_WORD_ON_LINE = native(/(?:klantendienst|klantenservice|service client|customer (?:service|care|support)|kundenservice|kundendienst|atenci[oó]n al cliente|servizio clienti|helpdesk|help desk|hotline|support|team|afdeling|department|abteilung|centrale|switchboard)/iu);

/** A Turkish sentence names the number after it: `0 (554) 485 1940 numarasından ulaşabilirsiniz` (from the number …). */
// (German and Dutch put "reachable" after it: `Ich bin unter 0676 … erreichbar`, `Ik ben op 06… bereikbaar`.)
const NUMBER_WORD_AFTER = /^[ \t]{0,2}(?:numaras(?:ı|ından|ına|ndan)|numaradan|numaralı|nolu telefon|erreichbar|zu erreichen|bereikbaar|te bereiken)(?![\p{L}])/u;

/** A phone entry's type after its value in a JSON record (Greenhouse, HubSpot: `{"value": "…", "type": "mobile"}`). */
const PHONE_TYPE_AFTER = native(/^["']?[ \t]*,[ \t\r\n]*["']type["'][ \t]*:[ \t]*["'](?:mobile|home|work|cell|phone|landline|fax|other|personal)["']/u);

/**
 * A column of a call's or a message's time, length, count or state, named for the call
 * (`call_time`, `sms_count`, `call_duration`): not of numbers, though its header says "call".
 */
const CALL_FACT_HEADER = native(/(?:^|[ _.-])(?:start|end|time|date|duration|timestamp|ts|count|seconds|secs|units|status|cause|reason)["']?$/u);

/** Id columns that hold a phone number: a caller id, a mobile wallet's id (`wallet_id`, `customer_wallet_id`), not a payment platform's (`mangopay_wallet_id`). */
const NUMBER_ID_HEADER = native(/caller[ _-]?id["']?$|^["']?(?:(?:customer|payer|payee|mobile|m)[ _-]?)?wallet[ _-]?id["']?$/u);

/** A column of the number a call dialled (`DNIS`, `dialed_number`, `called number`). */
const DIALLED_HEADER = native(/^["']?(?:dnis|dialled[ _-]?number|dialed[ _-]?number|called[ _-]?(?:number|party))["']?$/u);

/** An outbound call's record: its call type cell says so. */
const OUTBOUND_CELL = native(/(?:^|[,;\t|"])[ \t]*(?:Outbound|OUTBOUND|outbound)(?:[ _-]?(?:Preview|Predictive|Manual|Progressive|Call))?[ \t]*(?=[,;\t|"]|$)/u);

/**
 * The number under a dialled-number column (DNIS) on an outbound call's row: a dialler's call log,
 * where the customer's number is the one dialled (inbound, it is the service's own line).
 */
function isOutboundDialledCell(ctx: MatchContext, header: string): boolean {
  return DIALLED_HEADER.test(header) && OUTBOUND_CELL.test(matchLine(ctx, 600));
}

/** A column header that PHONE_LABEL names (`Phone`, `mobile_number`), as isLabelled reads one. */
function isPhoneLabelHeader(header: string): boolean {
  PHONE_LABEL.lastIndex = 0;
  return native(PHONE_LABEL).test(header) && !CALL_FACT_HEADER.test(header);
}

/** HL7 v2 segments and the fields that hold a person's phone numbers: PID-13 and 14 (home, business), NK1-5 and 6. */
const HL7_PHONE_FIELDS: Readonly<Record<string, readonly number[]>> = { PID: [13, 14], NK1: [5, 6] };
const HL7_PHONE_SEGMENTS = Object.keys(HL7_PHONE_FIELDS);

/**
 * A number that is a whole repetition (`~`) of a phone field of an HL7 v2 segment, written without
 * its telecom type (`PID|…|7 Ashbrook^^Limerick^^V94 TD6F^IRL||061325884~0861182745|`).
 */
function isHl7PhoneField(ctx: MatchContext): boolean {
  const { text, start, end } = ctx;
  if (!/[|~]/u.test(text.charAt(start - 1)) || !/^(?:[|~^\r\n]|$)/u.test(text.charAt(end))) return false;
  const at = hl7FieldAt(text, start, HL7_PHONE_SEGMENTS);
  return at !== undefined && (HL7_PHONE_FIELDS[at.segment] as readonly number[]).includes(at.field);
}

/** M-Pesa's receiver in a B2C result: `ReceiverPartyPublicName='2547… - NAME'`, or as a `{"Key": …, "Value": "…"}` item. */
/** A phone object whose country code comes before the number: `{"country_code": "966", "number": "`. */
const PHONE_OBJECT_BEFORE = native(/"(?:country_code|countryCode|dial_code|dialCode)"[ \t]*:[ \t]*"?\+?(\d{1,3})"?[ \t]*,[ \t]*"(?:number|national_number|nationalNumber|phone_number|phoneNumber)"[ \t]*:[ \t]*"?$/u);
/**
 * An audit log's change of a phone field, the old or the new value: `campo=telefono_contacto
 * anterior="55…" nuevo="`, `field=mobile old=… new=`.
 */
const FIELD_CHANGE_BEFORE = native(
  /(?<![\w-])(?:campo|field|champ|feld|attribute|attr)=["']?(?:[\w.-]{0,30}[_.-])?(?:telefono|teléfono|phone|mobile|movil|móvil|celular|tel|telefon|handy|msisdn)(?:[_.-][\w.-]{0,30})?["']?[ \t]+(?:(?:(?:valor|value|val)[_-]?)?(?:anterior|old|before|from|alt|ancien|vorher|antes)=(?:"[^"\n]{0,40}"|'[^'\n]{0,40}'|[^\s"']{0,40})[ \t]+)?(?:(?:valor|value|val)[_-]?)?(?:anterior|nuevo|old|new|before|after|from|to|alt|neu|ancien|nouveau|vorher|nachher|antes|despues|después)=["']?$/iu,
);
/** A phone object whose area code comes before the number, with no country code: `{"area_code": "11", "number": "`. */
const PHONE_AREA_OBJECT_BEFORE = native(/"(?:area_code|areaCode)"[ \t]*:[ \t]*"?\(?0?(\d{1,5})\)?"?[ \t]*,[ \t]*"(?:number|phone_number|phoneNumber)"[ \t]*:[ \t]*"?$/u);
/** A Daraja callback's metadata item: `{"Name":"PhoneNumber","Value":2547…}`, the payer's number with its country code. */
const DARAJA_ITEM_BEFORE = native(/\\?"Name\\?"[ \t]*:[ \t]*\\?"(?:PhoneNumber|MSISDN|DebitPartyName|ReceiverParty)\\?"[ \t]*,[ \t]*\\?"Value\\?"[ \t]*:[ \t]*\\?"?$/u);
/** A mobile-money transfer's party as a key (`payee=2332…`): its MSISDN, with the country code and no plus. */
const MSISDN_PARTY_BEFORE = native(/(?<![\w-])(?:payee|payer|recipient|receiver|beneficiary|sender)["']?[ \t]*[=:][ \t]*["']?$/iu);
/** A USSD session's input (`text="1*07…*200"`): the menu choices before the number, joined by `*`. */
const USSD_INPUT_BEFORE = native(/(?<![\w-])text[ \t]*[=:][ \t]*["']?(?:[0-9#]{1,4}\*){1,6}$/u);
/** A USSD gateway's request line: its service code (`serviceCode=*384*12#`). */
const USSD_LINE = native(/serviceCode["']?[ \t]*[=:][ \t]*["']?\*\d/u);
/** An SMS gateway's names for a message's recipient: a delivery report's `dest`, SMPP's `dest_addr` and `destination_addr`. */
const SMS_RECIPIENT_KEYS = 'dest|dest_addr|destination_addr|destination';
/**
 * An SMS gateway's recipient key right before the value (`dest=…`, a WhatsApp gateway's JSON
 * `"destination": "91…"`). (Not `dest` as a label word:
 * `idDest`, an invoice's destination code, holds no number to call.)
 */
const SMS_DEST_BEFORE = native(new RegExp(`(?<![\\w.-])(?:${SMS_RECIPIENT_KEYS})["']?[ \\t]*[=:][ \\t]*["']?$`, 'u'));
/** An SMS log's or export's recipient column (normalised header): those keys, and `to`, `recipient`, `destination`. */
const SMS_RECIPIENT_HEADER = native(new RegExp(`^(?:to|recipient|destination|to_number|${SMS_RECIPIENT_KEYS})$`, 'u'));
const MPESA_PARTY_BEFORE = native(/ReceiverPartyPublicName["']?(?:[ \t]*,[ \t]*["']Value["'][ \t]*:|[ \t]*[=:])[ \t]*["']?$/u);

/** The other party of an M-Pesa confirmation SMS, right before its number: `received Ksh3,000.00 from NAME `, `Ksh500.00 sent to NAME `. */
const MPESA_SMS_PARTY_BEFORE = native(new RegExp(`${MPESA_SMS_LEAD} ${MPESA_PARTY_NAME} $`, 'u'));

/** M-Pesa's party after its number, in a result or an organisation's statement: ` - NAME` in capitals (`2547… - MERCY W NJOROGE`). */
const MPESA_NAME_AFTER = native(new RegExp(`^ - ${MPESA_PARTY_NAME}(?![\\p{L}*])`, 'u'));

/** A PagerDuty phone or SMS contact method's country code, before its national number (`"address": "`). */
const PAGERDUTY_CONTACT = native(/"type"[ \t]*:[ \t]*"(?:phone|sms)_contact_method"[^{}]{0,160}?"country_code"[ \t]*:[ \t]*(\d{1,3})[^{}]{0,80}?"address"[ \t]*:[ \t]*"$/u);

/** An e-mail signature's one-letter or short label at its line's start or after a ` | ` separator: `o: 201-…`, `M. 0612…`, `Tel 030…`, `Ph: …`, `o: 704-… | m: 737.…`. */
const SIGNATURE_LETTER = /(?:^|\n|[ \t][|·•][ \t])[ \t]*(?:[OoMmCcTtPpWwHhFfDd]|Ph|ph|PH|Tel|tel|TEL|Mob|mob|Cell|cell|Dir|dir|Off|off)[.:][ \t]{0,3}$/u;

/** A message's recipient in a log or an API call: `"to":"…"`, a JavaScript object's `to: '…'`, `to=…` (lower case: `"TO"` is Tonga's region code). */
const MESSAGE_TO = /(?:"to"[ \t]*:[ \t]*"|'to'[ \t]*:[ \t]*'|(?<![\w.$-])to[ \t]*:[ \t]*['"\x60]|(?<![\w.-])to=["']?|"(?:From|To|CallFrom|CallTo|Caller|Called|DialWhomNumber)"[ \t]*:[ \t]*"|(?<![\w.-])(?:From|To|CallFrom|CallTo|Caller|Called|DialWhomNumber)=)$/u;

/**
 * A WhatsApp export's speaker who is not in the phone's contacts: the number itself, after the
 * message's time (`[18/11/26, 7:46:30 PM] 7443498949: …`, Android's `18/11/26, 7:46 pm - 74434 98949: …`).
 */
const WHATSAPP_SPEAKER_BEFORE = /(?:^|\n)(?:\[\d{1,2}[/.]\d{1,2}[/.]\d{2,4},? \d{1,2}:\d{2}(?::\d{2})?(?:[ \u202f]?[AaPp]\.?[Mm]\.?)?\] |\d{1,2}[/.]\d{1,2}[/.]\d{2,4},? \d{1,2}:\d{2}(?:[ \u202f]?[AaPp]\.?[Mm]\.?)? - )$/u;

/**
 * A WhatsApp Cloud API payload's user number (`"wa_id": "…"`, a status's `"recipient_id": "…"`), and
 * M-Pesa Daraja's (`"PartyA": "2547…"`, `"PhoneNumber": 2547…`): the country code, no plus.
 */
const WHATSAPP_ID = native(/"(?:wa_id|recipient_id|PartyA|PartyB|PhoneNumber|MSISDN|msisdn)"[ \t]*:[ \t]*"?$/u);

/** The number is a WhatsApp payload's user number (country code, no plus); `before` is the text before it, when at hand. */
/** A digest's username, or a PJSIP configuration's section or account key, right before the number. */
const SIP_USER_BEFORE = native(/username="$|(?:^|\n)(?:\[|(?:username|aors|auth|auth_username|outbound_auth|mailboxes|from_user|defaultuser|fromuser)=)$/u);

/** A PJSIP value's end (a section's bracket, the line's end, an auth section's `-auth`), and a PJSIP configuration around it. */
const SIP_VALUE_END = native(/^(?:-auth)?(?:\]|\r?\n|$)/u);
const PJSIP_SECTION = native(/(?:^|\n)type[ \t]*=[ \t]*(?:endpoint|aor|auth)\b|\((?:[\w-]*(?:endpoint|aor|auth)[\w-]*)\)/u);

/** A record's user name key, quoted value next (`Username: "`, `"sip_user": "`, `username = '`), for SIP_TEXT's accounts. */
const SIP_RECORD_USER_BEFORE = native(/(?:^|[\s{,(])["']?(?:[Uu]ser(?:[Nn]ame)?|USER(?:NAME)?|sip_?[Uu]ser(?:name)?|[Aa]uth_?[Uu]ser(?:name)?)["']?[ \t]*[:=][ \t]*["']$/u);

function isSipAccount(ctx: MatchContext, before: string): boolean {
  // A SIP provisioning record's user name, in a text that says SIP anywhere (a hint: the keyword
  // pass reads the whole text, also when the rule runs near digits only): `{Username: "3164…"}`
  // under `type SIPUser struct`.
  if (SIP_RECORD_USER_BEFORE.test(before) && /^["']/u.test(ctx.text.charAt(ctx.end))) return ctx.hasHint('sip');
  if (!SIP_USER_BEFORE.test(before)) return false;
  const after = ctx.text.slice(ctx.end, ctx.end + 24);
  // (A section or a key's value ends the line or names its template, `-auth`.)
  if (before.endsWith('"')) return after.startsWith('"') && ctx.text.slice(Math.max(0, ctx.start - 120), ctx.start).includes('Digest ');
  return SIP_VALUE_END.test(after) && PJSIP_SECTION.test(ctx.text.slice(Math.max(0, ctx.start - 600), ctx.end + 600));
}

function isWhatsAppId(ctx: MatchContext, before = ctx.text.slice(Math.max(0, ctx.start - 40), ctx.start)): boolean {
  if (WHATSAPP_ID.test(before)) return true;
  // A Cloud API message's sender (`"messages": [{"from": "2126…"`), in a payload that says whatsapp.
  return WHATSAPP_FROM.test(before) && ctx.text.slice(Math.max(0, ctx.start - 1200), ctx.start).includes('whatsapp');
}

/** The sender's key of a WhatsApp Cloud API message. */
const WHATSAPP_FROM = native(/"from"[ \t]*:[ \t]*"$/u);

/** A FHIR ContactPoint whose system is phone or sms: `"system": "phone", "value": "…"`. */
const FHIR_TELECOM = native(/"system"[ \t]*:[ \t]*"(?:phone|sms)"[ \t]*,[ \t\r\n]*(?:"use"[ \t]*:[ \t]*"\w{1,10}"[ \t]*,[ \t\r\n]*)?"value"[ \t]*:[ \t]*"$/u);

/**
 * An HL7 v2 telecom field (XTN) names its use and its equipment after the number:
 * `|07500 812 946^PRN^PH|` (a primary residence phone), `^WPN^CP` (a work mobile).
 */
const HL7_TELECOM_AFTER = native(/^\^(?:PRN|ORN|WPN|VHN|ASN|EMR|BPN)\^(?:PH|CP|FX|BP|MD|SAT)(?![A-Z])/u);

/**
 * The same field written in its parts: use, equipment, e-mail, then the country code and the number
 * in the area-code or local-number component (`^PRN^CP^^92^3001234567`, `^PRN^CP^^^03001234567`).
 * Group 1: the country code; group 2: the area code, when the local number has a component of its
 * own (`^PRN^PH^^1^512^5550143`, HL7 2.3's XTN-6 and XTN-7).
 */
const HL7_TELECOM_PARTS_BEFORE = native(/\^(?:PRN|ORN|WPN|VHN|ASN|EMR|BPN)\^(?:PH|CP|FX|BP|MD|SAT)\^[^^|~\r\n]{0,80}\^(\d{1,3})?\^(?:(\d{1,5})\^)?$/u);

/**
 * The same field with the number in its unformatted component, XTN-12, as HL7 v2.5 profiles write it
 * (France's IHE PAM: `^PRN^CP^^^^^^^^^0612345678`): nine component marks after the equipment.
 */
const HL7_TELECOM_UNFORMATTED_BEFORE = native(/\^(?:PRN|ORN|WPN|VHN|ASN|EMR|BPN)\^(?:PH|CP|FX|BP|MD|SAT)(?:\^[^^|~\r\n]{0,40}){8}\^$/u);

/**
 * The scripts that place a line in one country, and that country: Hangul, Thai, kana, Greek,
 * Hebrew, the letters only Vietnamese writes (ă, ơ, ư, đ and the stacked tone marks), and Han
 * characters for a number written with a trunk 0 (Taiwan's).
 */
const SCRIPT_COUNTRIES: readonly (readonly [RegExp, CountryCode])[] = [
  [/[\uac00-\ud7a3]/u, 'KR'],
  [/[\u0e01-\u0e4e]/u, 'TH'],
  [/[\u3041-\u30fa]/u, 'JP'],
  [/[\u0386-\u03ce]/u, 'GR'],
  [/[\u05d0-\u05ea]/u, 'IL'],
  [VIETNAMESE_LETTER, 'VN'],
  // Han characters without kana: of the places that write them, only Taiwan dials a trunk 0 before
  // its mobiles (09xx-xxx-xxx); mainland China's and Hong Kong's have none, so never read this way.
  [/[\u4e00-\u9fff]/u, 'TW'],
];

/**
 * A mobile number in its country's national form (a trunk 0 where the country has one, plain or in
 * groups of one separator: 010-1234-5678, 0912 345 678, 0351269045, 697 418 2550) on a line in that country's script: the form
 * and the script say what a label would. libphonenumber must read it as a mobile there.
 */
function isNationalMobileInItsScript(s: string, digits: string, ctx: MatchContext): boolean {
  // (Greece has no trunk 0: its mobiles are written 69…)
  if (!/^0?\d{9,10}$/u.test(digits) || !/^0?\d{1,4}(?:([-. ])\d{2,4}(?:\1\d{2,4}){1,2})?$|^0?\d{9,10}$/u.test(s)) return false;
  const line = matchLine(ctx, 200);
  const country = SCRIPT_COUNTRIES.find(([script]) => script.test(line))?.[1];
  // (Written with its trunk 0 where the country dials one: every one of these but Greece.)
  if (country === undefined || digits.startsWith('0') !== (country !== 'GR')) return false;
  return readPhone(s, country) === 'mobile';
}

/** The number itself: international and real for its country, or national, labelled and valid in one of REGIONS. */
function isPhoneNumber(s: string, digits: string, international: boolean, grouped: boolean, ctx: MatchContext, headerOf: () => string | undefined): boolean {
  // A run of digits is a test's or a form's stand-in: `1234 5678 9012`, `+1 234 567 8901`.
  if (isTrivialNumber(digits)) return false;
  // A Russian SNILS as it is printed (3-3-3 and its two check digits), which no phone plan groups so.
  if (SNILS_WRITTEN.test(s) && snilsChecksum(digits)) return false;
  if (international) {
    const national = s.replace(/\(0\)/u, '').replace(/\D/gu, '');
    if (national.length < 8 || national.length > 15) return false;
    // A Mexican mobile still written with the 1 that Mexico dropped from its numbering in 2019.
    if (/^521\d{10}$/u.test(national)) return isPhoneIn(`+52${national.slice(3)}`, grouped);
    if (isPhoneIn('+' + national, grouped)) return true;
    // A number of a possible length in a range not yet given out (libphonenumber's metadata lags the
    // regulators'), written with its plus under a phone's label: `Tel. +4916…`, `"phone": "+213…"`.
    return readPhone('+' + national) === 'possible' && isLabelled(ctx, PHONE_LABEL, { before: 40, lines: 1 });
  }
  const before = ctx.text.slice(Math.max(0, ctx.start - 160), ctx.start);
  // WhatsApp's Cloud API writes a user's number with its country code and no plus (and a Mexican
  // mobile with the 1 that Mexico dropped from its numbering in 2019).
  // (A number with its trunk 0 under such a key is written nationally: `"msisdn": "0143…"`, read below.)
  if (!digits.startsWith('0') && isWhatsAppId(ctx, before)) return isPhoneIn('+' + (/^521\d{10}$/u.test(digits) ? `52${digits.slice(3)}` : digits), grouped);
  // A SIP account named by its number in E.164 without the plus: a digest's `username="3120…"`, or an
  // Asterisk PJSIP section and its keys (`[3120…](endpoint)`, `aors=3120…`). (A URI's user, `<sip:3120…@…>`,
  // is no candidate: the pattern starts no national number after a colon.)
  if (!digits.startsWith('0') && /^\d{10,15}$/u.test(s) && isSipAccount(ctx, before)) return isPhoneIn('+' + digits, false);
  // A FreeRADIUS log's user, a fixed-wireless or mobile-data subscriber's MSISDN (country code, no plus):
  // `Login OK: [5255…] (from client …)`, `Login incorrect (rlm_sql: …): [5255…]`.
  if (!digits.startsWith('0') && /^\d{10,15}$/u.test(s) && RADIUS_USER_BEFORE.test(before) && /[\]/]/u.test(ctx.text.charAt(ctx.end))) return isPhoneIn('+' + digits, false);
  // An M-Pesa B2C result names its receiver as the number (with its country code, no plus) and the name.
  // (So does an organisation's statement, in each row's details and its other party's cell.)
  if (MPESA_PARTY_BEFORE.test(before) || (/^25[4-6]\d{9}$/u.test(s) && MPESA_NAME_AFTER.test(ctx.text.slice(ctx.end, ctx.end + 80)))) return isPhoneIn('+' + digits, false);
  // (And an SMS delivery report's recipient, in E.164 without its plus.)
  if (!digits.startsWith('0') && /^\d{10,15}$/u.test(s) && SMS_DEST_BEFORE.test(before)) return isPhoneIn('+' + digits, false);
  // (And a Daraja callback's payer, an item of its metadata.)
  if (!digits.startsWith('0') && DARAJA_ITEM_BEFORE.test(before)) return isPhoneIn('+' + digits, false);
  // (And the customer's confirmation SMS, the other party's name then its number: `… from NAME 07…`.)
  if (/^0[17]\d{8}$/u.test(s) && MPESA_SMS_PARTY_BEFORE.test(before)) return isPhoneIn('+254' + digits.slice(1), false);
  // PagerDuty's contact methods keep the country code apart: `"country_code": 64, "address": "21…"`;
  // so do payment APIs' phone objects: `"phone": {"country_code": "966", "number": "5…"}`.
  const pagerDuty = PAGERDUTY_CONTACT.exec(before) ?? PHONE_OBJECT_BEFORE.exec(before);
  if (pagerDuty !== null) return isPhoneIn(`+${pagerDuty[1]}${digits}`, grouped);
  // (Mercado Pago's payer keeps the area code apart and no country code: `"phone": {"area_code": "11", "number": "2150…"}`.)
  const area = PHONE_AREA_OBJECT_BEFORE.exec(before);
  if (area !== null) {
    const national = `${area[1]}${digits}`;
    return [...textRegions(ctx.text, ctx.start), ...REGIONS].some((r) => isPhoneIn(national, false, r));
  }
  // A column of ids named for a contact (`Contact ID`, `customer_id`) holds ids, not numbers to call
  // (a caller id is a number); so does a column of a wallet's references (`gcash_ref_no`).
  const header = headerOf();
  // (An SMS gateway's log or export names its recipient column `to`: its numbers are in E.164 without the plus.)
  if (header !== undefined && !digits.startsWith('0') && /^\d{10,15}$/u.test(s) && SMS_RECIPIENT_HEADER.test(header)) return isPhoneIn('+' + digits, false);
  // (A mobile wallet's id is its owner's number: `wallet_id`. A payment platform's wallet under its
  // name is its own id: Mangopay's `mangopay_wallet_id`.)
  if (header !== undefined && ID_HEADER.test(header) && !NUMBER_ID_HEADER.test(header)) return false;
  if (
    // (The column header read once, above: isLabelled would look it up again.)
    !isLabelled(ctx, PHONE_LABEL, { before: 40, lines: 1, header: false }) &&
    !(header !== undefined && (isPhoneLabelHeader(header) || isOutboundDialledCell(ctx, header))) &&
    !native(SIGNATURE_LETTER).test(before) &&
    !PHONE_TYPE_AFTER.test(ctx.text.slice(ctx.end, ctx.end + 60)) &&
    !native(NUMBER_WORD_AFTER).test(ctx.text.slice(ctx.end, ctx.end + 20)) &&
    !FHIR_TELECOM.test(before) &&
    !FIELD_CHANGE_BEFORE.test(before) &&
    !native(MESSAGE_TO).test(before) &&
    // (With its trunk 0 it is written nationally: `payer='0193…'`, a bKash payment's.)
    !(MSISDN_PARTY_BEFORE.test(before) && (digits.startsWith('0') || digits.length >= 11)) &&
    // (A number a subscriber keyed into a USSD menu: a transfer's or a top-up's recipient.)
    // (Not a paybill or till number, five to seven digits: a business's.)
    !(digits.length >= 9 && USSD_INPUT_BEFORE.test(before) && USSD_LINE.test(matchLine(ctx, 400))) &&
    !(ctx.text.charAt(ctx.end) === ':' && native(WHATSAPP_SPEAKER_BEFORE).test(before)) &&
    !(ctx.text.charAt(ctx.end) === ')' && native(NAME_PAREN_BEFORE).test(before) && isWrittenAsPhone(s, digits)) &&
    !(NAME_DASH_BEFORE.test(before.slice(-80)) && !DESK_WORD_ON_LINE.test(before.slice(before.lastIndexOf('\n') + 1))) &&
    !isSignatureBlockNumber(ctx, s, digits) &&
    !HL7_TELECOM_AFTER.test(ctx.text.slice(ctx.end, ctx.end + 12)) &&
    !HL7_TELECOM_PARTS_BEFORE.test(before) &&
    !HL7_TELECOM_UNFORMATTED_BEFORE.test(before) &&
    !isHl7PhoneField(ctx) &&
    !(isWrittenAsPhone(s, digits) && isBesideEmail(ctx)) &&
    !isNationalMobileInItsScript(s, digits, ctx) &&
    !isNorthAmericanWritten(s, digits) &&
    // (The Russian written form needs no label: it is read once, below; nor does Brazil's mobile form.)
    !RU_WRITTEN.test(s) &&
    !BR_MOBILE_WRITTEN.test(s) &&
    // (An international number dialled with 00, its country code set apart, says what a label
    // would: `0046 73-418 51 05`, `0030 6972048815`.)
    !/^00[1-9]\d{0,2}[ .-]\d/u.test(s)
  ) {
    return false;
  }
  // The tail of a longer number whose whole was turned down ("0113 496 0000", a drama number, is
  // not "496 0000"): a short digit group right before it.
  // (Not a country code dialled with 00, whose number is too long for one group: `0030 6974182550`.)
  const lead = ctx.text.slice(Math.max(0, ctx.start - 8), ctx.start);
  if (/(?<![\d ./-])\d{2,5}[ .-]$/u.test(lead) && !/(?<![\d ./-])00[1-9]\d{0,2} $/u.test(lead)) return false;
  if (digits.startsWith('00') && digits.length >= 10) return isPhoneIn('+' + digits.slice(2), grouped);
  // (An HL7 telecom field's country code in its own component: the number is read with it.)
  const hl7Parts = HL7_TELECOM_PARTS_BEFORE.exec(before);
  const hl7CountryCode = hl7Parts?.[1];
  if (hl7CountryCode !== undefined && !digits.startsWith('0')) return isPhoneIn(`+${hl7CountryCode}${hl7Parts?.[2] ?? ''}${digits}`, grouped);
  // (Read where its form says: a Kazakh mobile's code, 7xx, is no Russian one, and no other region dials 8 first.)
  if (RU_WRITTEN.test(s)) {
    const read = readPhone(s, 'RU');
    return read === 'valid' || read === 'mobile';
  }
  if (BR_MOBILE_WRITTEN.test(s)) return readPhone(s, 'BR') === 'mobile';
  // An MSISDN as telecom systems write it: the country code without a plus (`msisdn=2348132204251`).
  if (!digits.startsWith('0') && digits.length >= 11) {
    const msisdn = readPhone('+' + digits);
    if (msisdn === 'valid' || msisdn === 'mobile') return true;
    // (A documented test subscriber read with its country code is not another country's number, nor
    // is a business's free-phone or shared-cost line: a call record's `611800…`, `611300…`.)
    if (msisdn === 'fictional' || msisdn === 'business') return false;
  }
  // The first region that reads the number decides: a UK drama number (07700 900…) must not
  // turn valid as a German one further down the list. A line in Japanese, Korean, Chinese or
  // Vietnamese script puts its country first (0120-… is a Japanese free-phone number, not a
  // Cornish one), then the countries of the international numbers around it (a roster with +63
  // numbers reads 0918-… as a Philippine mobile, not a British premium-rate line).
  const script = formRegions(s) ?? scriptRegions(ctx.text.slice(lineStartNear(ctx.text, ctx.start, 200), ctx.start)) ?? letterRegions(ctx.text.slice(Math.max(0, ctx.start - 400), ctx.start)) ?? wordRegions(ctx.text.slice(Math.max(0, ctx.start - 200), Math.min(ctx.text.length, ctx.end + 60)));
  const hinted = textRegions(ctx.text, ctx.start);
  const regions = script === undefined && hinted.length === 0 ? REGIONS : [...(script ?? []), ...hinted, ...REGIONS];
  // A business line's reading (free-phone, premium rate) stops the search, except for a number
  // written with a trunk 0, which another region's mobile reading may still claim: 0918… is
  // premium rate in Britain and a mobile in the Philippines, 0805… free-phone and a Nigerian mobile.
  for (const r of regions) {
    const read = readPhone(s, r);
    if (read === 'fictional') return false;
    if (read === 'valid' || read === 'mobile') return true;
    if (read === 'business') {
      // A region that writes its national numbers with a trunk 0 does not write this one, which has
      // none: `98…` is no British premium-rate line (09…) when a suggested region, or India, whose
      // mobiles are written without their 0, reads it as a mobile.
      // (Not an 800 number: free-phone in most numbering plans, Russia's 8 800 … too.)
      if (!digits.startsWith('0') && TRUNK_ZERO_REGIONS.has(r)) return !digits.startsWith('800') && [...(script ?? []), ...hinted, 'IN'].some((m) => m !== r && readPhone(s, m as CountryCode) === 'mobile');
      // (0800 is free-phone across Europe and beyond: never a mobile.)
      if (!digits.startsWith('0') || digits.startsWith('0800')) return false;
      // Only the suggested regions and those whose mobiles start 07-09 after the trunk 0 may
      // claim it (each region libphonenumber reads compiles its patterns: see REGIONS); only the
      // suggested ones when the text's own country reads it so (Argentina's 0810 shared-cost lines
      // in a list of +54 numbers are no Nigerian mobiles).
      const suggested = [...(script ?? []), ...hinted];
      return (suggested.includes(r) ? suggested : [...suggested, ...TRUNK_ZERO_MOBILE_REGIONS]).some((m) => m !== r && readPhone(s, m) === 'mobile');
    }
  }
  return false;
}

/** A FreeRADIUS log line's user, in brackets after the verdict (and its reason, when it failed). */
const RADIUS_USER_BEFORE = native(/Login (?:OK|incorrect)(?: \([^()\n]{0,120}\))?: \[$/u);

/** A cell global id as a mobile network's logs write it: MCC-MNC-LAC-CI (`722-310-5127-40963`). */
const CELL_GLOBAL_ID = native(/^[2-7]\d{2}-\d{2,3}-\d{1,5}-\d{1,9}$/u);
/** The key of a radio cell's id (`cell=`, `cgi:`, `"ecgi": "`). */
const CELL_KEY_BEFORE = native(/(?<![\w-])(?:cell|cgi|ecgi|cell[_-]?id)["']?[ \t]*[=:][ \t]*["']?$/iu);

/** A column of ids or references (`Contact ID`, `gcash_ref_no`), or of ships' numbers (IMO, MMSI). */
// (And a national id's or a tax number's column: Canada's published sample SIN `046 454 286` reads as a phone number;
// so does an Australian business number, `51 824 753 556`, under `abn`.)
const ID_HEADER = native(/(?:^|[\s_"'-])(?:id|ref(?:[ _-]?no)?|reference(?:[ _-]?no)?|imo|mmsi|sin|ssn|bsn|tfn|abn|acn|nino|ni[ _-]?(?:no|number)|cpf|cnpj|nif|nie|dni|aadhaar|pesel|personnummer|tax[ _-]?(?:no|number))["']?$/u);

/** Regions of REGIONS whose national numbers are written with a trunk 0 (the UK's 020…, Germany's 030…, India's 098…). */
const TRUNK_ZERO_REGIONS: ReadonlySet<CountryCode> = new Set(['GB', 'DE', 'FR', 'IN', 'AU', 'NL', 'CH', 'AT', 'BE', 'SE', 'IE', 'ZA', 'NZ', 'JP', 'CN', 'KR', 'KE', 'NG', 'GH', 'BR']);

/** Regions whose mobile numbers, written nationally, start with a trunk 0 and a digit 7 to 9: India, Nigeria, the Philippines, Indonesia, Vietnam, Malaysia, Taiwan. */
const TRUNK_ZERO_MOBILE_REGIONS: readonly CountryCode[] = ['IN', 'NG', 'PH', 'ID', 'VN', 'MY', 'TW'];

/** How far around a national number its neighbours' international numbers are read for their countries. */
const HINT_REACH = 2000;

/** At most this many international numbers are read for their countries. */
const MAX_HINTS = 8;

/**
 * The main country of each calling code the hints know (a calling code shared by several
 * countries names its main one: +1 the US, +7 Russia). A static table: asking libphonenumber for
 * a number's country compiles its patterns for every country of the code (+12 MiB of peak memory
 * on the bench corpus).
 */
const CALLING_CODE_REGIONS: Readonly<Record<string, CountryCode>> = {
  '1': 'US', '7': 'RU', '20': 'EG', '27': 'ZA', '30': 'GR', '31': 'NL', '32': 'BE', '33': 'FR', '34': 'ES', '36': 'HU', '39': 'IT', '40': 'RO',
  '41': 'CH', '43': 'AT', '44': 'GB', '45': 'DK', '46': 'SE', '47': 'NO', '48': 'PL', '49': 'DE', '51': 'PE', '52': 'MX', '54': 'AR', '55': 'BR',
  '56': 'CL', '57': 'CO', '60': 'MY', '61': 'AU', '62': 'ID', '63': 'PH', '64': 'NZ', '65': 'SG', '66': 'TH', '81': 'JP', '82': 'KR', '84': 'VN',
  '86': 'CN', '90': 'TR', '91': 'IN', '92': 'PK', '233': 'GH', '234': 'NG', '254': 'KE', '351': 'PT', '353': 'IE', '358': 'FI', '370': 'LT',
  '371': 'LV', '372': 'EE', '380': 'UA', '420': 'CZ', '421': 'SK', '852': 'HK', '886': 'TW', '966': 'SA', '971': 'AE', '972': 'IL',
  '93': 'AF', '94': 'LK', '95': 'MM', '98': 'IR', '212': 'MA', '213': 'DZ', '216': 'TN', '255': 'TZ', '256': 'UG', '880': 'BD', '855': 'KH',
  '962': 'JO', '961': 'LB', '965': 'KW', '968': 'OM', '973': 'BH', '974': 'QA', '977': 'NP', '994': 'AZ', '995': 'GE', '998': 'UZ',
};

/**
 * The countries of the international numbers around a national one (`+63 917 …`, `+234 803 …`),
 * nearest first, except those REGIONS already tries first.
 */
function textRegions(text: string, start: number): readonly CountryCode[] {
  const from = Math.max(0, start - HINT_REACH);
  const near = text.slice(from, Math.min(text.length, start + HINT_REACH));
  const found: { region: CountryCode; distance: number }[] = [];
  const re = /(?<![\w+])\+(\d{1,3})[ .-]?\(?\d/gu;
  let reads = 0;
  for (let m = re.exec(near); m !== null && reads < MAX_HINTS * 4; m = re.exec(near)) {
    reads++;
    const code = m[1] as string;
    // (The calling code's digits are read greedily: +639…'s is 63, not 639; try the longest known prefix.)
    const region = CALLING_CODE_REGIONS[code] ?? CALLING_CODE_REGIONS[code.slice(0, 2)] ?? CALLING_CODE_REGIONS[code.slice(0, 1)];
    if (region === undefined || FIRST_REGIONS.has(region)) continue;
    const distance = Math.abs(from + m.index - start);
    const seen = found.find((f) => f.region === region);
    if (seen === undefined) found.push({ region, distance });
    else seen.distance = Math.min(seen.distance, distance);
  }
  return found.sort((a, b) => a.distance - b.distance).slice(0, MAX_HINTS).map((f) => f.region);
}

/**
 * A national number written the way people write theirs (beside an e-mail address that is the only
 * context): 9 to 12 digits in groups of two to five, joined by one space, dash or slash, starting
 * with a bracketed area code or a trunk 0, or in three groups or more; or dotted as in North America
 * and France. Not other decimals, not cells of a printed table (two spaces), not a US SSN's 3-2-4.
 */
/**
 * A number in North America's written form, `(312) 846-2093` or `503-271-8846`, that is a valid
 * number there: nothing else is written so (an SSN groups 3-2-4, a part number has letters), so
 * it needs no label.
 */
const NANP_WRITTEN = native(/^\(\d{3}\) ?\d{3}-\d{4}$|^\d{3}[- ]\d{3}-\d{4}$/u);

function isNorthAmericanWritten(s: string, digits: string): boolean {
  if (!NANP_WRITTEN.test(s)) return false;
  const read = readPhone('+1' + digits);
  return read === 'valid' || read === 'mobile';
}

/**
 * A number in the form Russia and Kazakhstan write theirs, the trunk 8 and the code in brackets,
 * the rest grouped 3-2-2: `8 (916) 412-37-19`, `8(701)412-37-19`. Nothing else is written so;
 * libphonenumber reads it for both countries (they share +7).
 */
const RU_WRITTEN = native(/^8 ?\(\d{3}\) ?\d{3}-\d{2}-\d{2}$/u);

/**
 * A Brazilian mobile as Brazilians write it: the area code in brackets, then the nine digits that
 * start with 9, split 5-4 (`(31) 98765-1203`). No other numbering plan is written so; read in Brazil only.
 */
const BR_MOBILE_WRITTEN = /^\(\d{2}\) ?9\d{4}-\d{4}$/u;

function isWrittenAsPhone(s: string, digits: string): boolean {
  // Dots only in the dotted forms of North America (818.204.5561) and France (06.12.34.56.78).
  if (/^\d{3}\.\d{3}\.\d{4}$|^0\d(?:\.\d{2}){4}$/u.test(s)) return true;
  // (Nor slashes between three or more groups: `250/251/252`, SMTP reply codes in a mail log.)
  if (digits.length < 9 || digits.length > 12 || /\.| {2}|^\d{3}-\d{2}-\d{4}$|\/.*\//u.test(s)) return false;
  if (!/^(?:\(\d{2,5}\) ?|\d{2,5}[ /-])(?:\d{2,5}[ /-]){0,3}\d{2,5}$/u.test(s)) return false;
  // (An Indian mobile's written form is two groups of five: `98765 43210`.)
  return /^[(0]/u.test(s) || /^[6-9]\d{4} \d{5}$/u.test(s) || s.split(/[ /-]|\) ?/u).filter((g) => g.length > 0).length >= 3;
}

/**
 * The country a national number's written form names: Japan's mobiles (090-1234-5678), Korea's
 * (010-1234-5678) and Turkey's (0544 942 09 94, 0 (544) 942 09 94). Read elsewhere first, the
 * first two are a British premium-rate and an Italian landline number.
 */
function formRegions(s: string): readonly CountryCode[] | undefined {
  if (/^0[5789]0-\d{4}-\d{4}$/u.test(s)) return ['JP'];
  if (/^01[016789]-\d{3,4}-\d{4}$/u.test(s)) return ['KR'];
  if (/^0 ?(?:\(5\d{2}\)|5\d{2}) \d{3} (?:\d{2} \d{2}|\d{4})$/u.test(s)) return ['TR'];
  return undefined;
}

/** Norwegian and Danish letters; å, which Swedish writes too. */
const NO_DK_LETTERS = native(/[æøÆØ]/u);
const A_RING = native(/[åÅ]/u);

/**
 * The countries the letters of the text before a number suggest, when its line's script says
 * nothing: Vietnamese letters Vietnam; đ and ć are Croatian, Serbian and Bosnian; č, š and ž without them Slovenian (or
 * Croatian), and with ř, ě or ů Czech; æ and ø Norwegian or Danish, å those or Swedish.
 */
function letterRegions(before: string): readonly CountryCode[] | undefined {
  // Vietnamese: ơ and ư, and the stacked tone marks of Latin Extended Additional (ạ, ố, ự)
  if (/[\u01a1\u01b0\u1ea0-\u1ef9]/u.test(before)) return ['VN'];
  if (/[đćĐĆ]/u.test(before)) return ['HR', 'RS', 'BA', 'SI'];
  if (/[řěůŘĚŮ]/u.test(before)) return ['CZ', 'SK'];
  if (/[čšžČŠŽ]/u.test(before)) return ['SI', 'HR', 'SK', 'CZ'];
  // Norwegian and Danish (æ, ø), and with å alone Swedish too
  if (NO_DK_LETTERS.test(before)) return ['NO', 'DK'];
  if (A_RING.test(before)) return ['SE', 'NO', 'DK'];
  return undefined;
}

/** Common words of Indonesian and Malay (which, with, not, already, for, my, number, address, customer). */
const MALAY_WORDS = native(/(?<![\p{L}])(?:yang|dengan|tidak|tak|sudah|dah|untuk|saya|nomor|nombor|alamat|nasabah|pelanggan|belum|tolong|bisa|boleh|juga|sekarang|aktif)(?![\p{L}])/iu);

/** Words of Bangladesh (its cities, its mobile wallets, Banglish): the numbers around them are Bangladeshi first. */
const BANGLADESH_WORDS = native(/(?<![\p{L}])(?:Dhaka|Chattogram|Chittagong|Sylhet|Khulna|Rajshahi|Gazipur|Narayanganj|Bangladesh|bKash|Nagad|korsi|korse|ashe nai|bolse|bolche)(?![\p{L}])/u);

/**
 * Words of Pakistan (its cities, its mobile wallets, Roman Urdu): the numbers around them are Pakistani
 * first. (Not `mein`, which is German's "my" too.)
 */
const PAKISTAN_WORDS = native(/(?<![\p{L}])(?:Karachi|Lahore|Islamabad|Rawalpindi|Faisalabad|Peshawar|Quetta|Multan|Pakistan|JazzCash|Easypaisa|CNIC|nahi|aapke|bhej)(?![\p{L}])/u);

/** Words of Nepal (its cities, its wallets and their payout exports' capitals, its currency): the numbers around them are Nepali first. */
const NEPAL_WORDS = native(/(?<![\p{L}])(?:Kathmandu|Pokhara|Lalitpur|Bhaktapur|Biratnagar|Birgunj|Nepal|Khalti|KHALTI|eSewa|ESEWA|Fonepay|FonePay|FONEPAY|NPR)(?![\p{L}])/u);

/** Words of Sri Lanka (its cities, its currency, its interbank transfer): the numbers around them are Sri Lankan first. */
const SRI_LANKA_WORDS = native(/(?<![\p{L}])(?:Colombo|Kandy|Galle|Jaffna|Kurunegala|Negombo|Batticaloa|Sri Lanka|LKR|CEFT)(?![\p{L}])/u);

/**
 * The countries the words around a number suggest, when its script and letters say nothing:
 * Indonesian or Malay, Indonesia and Malaysia; Bangladesh's, Pakistan's, Nepal's and Sri Lanka's
 * places and wallets.
 */
function wordRegions(around: string): readonly CountryCode[] | undefined {
  if (MALAY_WORDS.test(around)) return ['ID', 'MY'];
  const bd = BANGLADESH_WORDS.test(around);
  const pk = PAKISTAN_WORDS.test(around);
  if (bd || pk) return bd && pk ? ['BD', 'PK'] : bd ? ['BD'] : ['PK'];
  if (NEPAL_WORDS.test(around)) return ['NP'];
  if (SRI_LANKA_WORDS.test(around)) return ['LK'];
  return undefined;
}

/** The countries a line's script suggests: kana Japan, hangul Korea, Vietnamese letters Vietnam, Han alone Japan or China. */
function scriptRegions(line: string): readonly CountryCode[] | undefined {
  if (/[\u3041-\u30ff]/u.test(line)) return ['JP'];
  // Vietnamese: the letters ơ and ư, and the stacked tone marks of Latin Extended Additional (ạ, ố, ự)
  if (/[\u01a1\u01b0\u1ea0-\u1ef9]/u.test(line)) return ['VN'];
  // Ukrainian (і, ї, є, ґ) and other Cyrillic; Greek
  if (/[іїєґІЇЄҐ]/u.test(line)) return ['UA'];
  // Serbian and Macedonian letters (ђ ј љ њ ћ џ ѓ ќ ѕ); other Cyrillic: Russian, Ukrainian, Bulgarian
  if (/[ђјљњћџѓќѕЂЈЉЊЋЏЃЌЅ]/u.test(line)) return ['RS', 'BA', 'ME', 'MK'];
  if (/[\u0400-\u04ff]/u.test(line)) return ['RU', 'UA', 'BG'];
  // Hebrew
  if (/[\u05d0-\u05ea]/u.test(line)) return ['IL'];
  if (/[\u0370-\u03ff]/u.test(line)) return ['GR'];
  // Bengali script: Bangladesh, then India's West Bengal
  if (/[\u0980-\u09ff]/u.test(line)) return ['BD', 'IN'];
  if (/[\uac00-\ud7a3]/u.test(line)) return ['KR'];
  if (/[\u4e00-\u9fff]/u.test(line)) return ['JP', 'CN'];
  return undefined;
}

/**
 * A person's e-mail address on the number's line, within 160 characters: a CV's header, a contact
 * row, a printed table. Not a desk's (`Support · 08-520 276 00 · support@…` is the company's line).
 */
function isBesideEmail(ctx: MatchContext): boolean {
  const { text, start, end } = ctx;
  return hasPersonalEmail(text.slice(lineStartNear(text, start, 160), start)) || hasPersonalEmail(text.slice(end, lineEndNear(text, end, 160)));
}

function hasPersonalEmail(s: string): boolean {
  return mailboxesIn(s) === 'personal';
}

/** What the e-mail addresses in `s` are: none, only desks' (role mailboxes), or a person's among them. */
function mailboxesIn(s: string): 'none' | 'role' | 'personal' {
  let found: 'none' | 'role' = 'none';
  EMAIL_ON_LINE.lastIndex = 0;
  for (let m = EMAIL_ON_LINE.exec(s); m !== null; m = EMAIL_ON_LINE.exec(s)) {
    if (!isRoleMailbox((m[1] as string).toLowerCase())) return 'personal';
    found = 'role';
  }
  return found;
}

const EMAIL_ON_LINE = /([\w.+-]{1,64})@[\w-]{1,63}\.[A-Za-z]{2,}/gu;

/**
 * A company's switchboard in a letterhead or signature ("Zentrale: +49 30 …" under "… GmbH").
 * Asked last: it reads two lines, and only numbers that passed every other check need it.
 */
function isCompanyNumber(ctx: MatchContext, headerOf: () => string | undefined): boolean {
  const before = ctx.text.slice(Math.max(0, ctx.start - 30), ctx.start);
  if (native(SWITCHBOARD).test(before) || SENDER_KEY.test(before) || native(DESK_KEY_BEFORE).test(before) || native(DESK_WORDS_BEFORE).test(before)) return true;
  if (CALLER_ID_KEY.test(before) && !CALL_RECORD.test(ctx.text.slice(Math.max(0, ctx.start - 300), ctx.end + 200))) return true;
  if (ctx.text.charCodeAt(ctx.start - 1) === 62 && native(DESK_ELEMENT_BEFORE).test(ctx.text.slice(Math.max(0, ctx.start - 90), ctx.start))) return true;
  if (DESK_OBJECT_BEFORE.test(ctx.text.slice(Math.max(0, ctx.start - 400), ctx.start))) return true;
  // A desk's line named as such in a chat or a comment (`support-nummeret vårt: +47 …`, `ring til supporten på …`,
  // `suporte: …`, `(dial-in +44 …)`): the company's, unless the writer says it is theirs.
  if (DESK_LINE_LEAD.test(ctx.text.slice(lineStartNear(ctx.text, ctx.start, 80), ctx.start))) return true;
  // An SMS gateway's sending number: `from = "+41…"` in a `twilio { … }` block (the company's short code or line).
  if (FROM_KEY_LINE.test(ctx.text.slice(lineStartNear(ctx.text, ctx.start, 40), ctx.start)) && SMS_GATEWAY.test(ctx.text.slice(Math.max(0, ctx.start - 300), ctx.start))) return true;
  // A list of a desk's lines, one per country, after its label (`Kundtjänst SE 08-… · NO +47 … · DK +45 …`).
  const list = NUMBER_LIST_BEFORE.exec(ctx.text.slice(Math.max(lineStartNear(ctx.text, ctx.start, 120), ctx.start - 120), ctx.start));
  if (list !== null && native(SWITCHBOARD).test(list[1] as string)) return true;
  // A sentence that introduces a desk's lines before the list (`Hotline numbers communicated to the
  // client: +40 …, +36 …`, `Client hotlines are public: RO +40 …`).
  const lead = list !== null ? (list[1] as string) : ctx.text.slice(Math.max(lineStartNear(ctx.text, ctx.start, 120), ctx.start - 120), ctx.start);
  if (native(HOTLINE_LIST_LEAD).test(lead)) return true;
  const after = ctx.text.slice(ctx.end, ctx.end + 24);
  // A switchboard's extension after the number (`0755-8623 1457 转 8006`, `01422 350500 ext 4480`), or a
  // service's hours beside it (`+47 21 00 49 00 (24/7)`, `Emergency line (24/7): …`, `(office hours)`).
  if (native(EXTENSION_AFTER).test(after) || SWITCHBOARD_AFTER.test(after) || native(SERVICE_HOURS).test(before.slice(-24) + ' ' + after)) return true;
  // A record of a place with its opening hours (a shop's, a branch's, a pick-up point's), but not
  // the column of its manager's own mobile (`celular_gerente`, `manager_mobile`).
  if (isInPlaceRecord(ctx)) {
    const header = headerOf();
    return header === undefined || !MANAGER_MOBILE_HEADER.test(header);
  }
  // (A mobile's label before it, `M: +353 87 … | dpo@…`, keeps a person's number in a signature.)
  if (!MOBILE_LABEL_BEFORE.test(before) && isBesideRoleMailbox(ctx, after)) return true;
  // The business's own number in a messaging provider's webhook for an incoming message: Twilio
  // posts the customer's number as `From` and the account's as `To`.
  if (native(WEBHOOK_TO_BEFORE).test(before) && isInboundWebhook(matchLine(ctx, 400))) return true;
  // A directory's or a client list's column of the switchboard (`Standard`, `代表電話`).
  const header = headerOf();
  if (header !== undefined && headerMatches(header, SWITCHBOARD_HEADER)) return true;
  // A messaging export's sender column beside its recipient's (`to,from`): the business's own number.
  if (header !== undefined && SMS_SENDER_HEADER.test(header) && SMS_RECIPIENT_CELL.test(tableHeaderRow(ctx) ?? '')) return true;
  // A column of tax or company numbers (`nip_firmy`, `VAT number`, `EIN`): a Polish NIP's 3-3-2-2
  // groups read as a Russian mobile's.
  if (header !== undefined && headerMatches(header, TAX_HEADER)) return true;
  // A mobile's label (`M: +254 …`, `Mobile:`, `Cell:`) in a signature under a company's name is still
  // the person's own phone; so is a mobile column's number in a row that names the person's agency.
  // (Not when the cell before names a company: a client list's mobile column holds a kennel's line too.)
  if (header !== undefined && (native(MOBILE_HEADER).test(header) || MANAGER_MOBILE_HEADER.test(header)) && !COMPANY_FORM.test(cellBefore(ctx))) return false;
  return !MOBILE_LABEL_BEFORE.test(before) && (isOnCompanyLine(ctx) || isOnPracticeRow(ctx)) && !hasPersonalEmailOnLine(ctx);
}

/** An address whose local part is a person's name written first.last or f.last (`k.holmqvist-arendt@`). */
const PERSONAL_EMAIL = native(/(?<![\p{L}\p{N}._%+-])(\p{L}{1,20}[._]\p{L}{2,30}(?:-\p{L}{2,30})?)@[\p{L}\p{N}-]{1,63}\./gu);

/**
 * A CRM's or a help desk's contact row (`1002, 'Henrike Example', 'k.example@firma.de', '+49 89 …',
 * 'Firma GmbH', …`) names the person's company beside the person: a name's address on the line,
 * not a desk's (`buchhaltung@`), makes the number the contact's own.
 */
function hasPersonalEmailOnLine(ctx: MatchContext): boolean {
  const line = matchLine(ctx, 400);
  PERSONAL_EMAIL.lastIndex = 0;
  for (let m = PERSONAL_EMAIL.exec(line); m !== null; m = PERSONAL_EMAIL.exec(line)) {
    if (!isRoleMailbox((m[1] as string).toLowerCase())) return true;
  }
  return false;
}

/** A key naming a desk's or an office's line: `"office_phone": "`, `support_tel=`, `hotline_number:`, `customer_care_whatsapp=`, `Business phone:`. */
const DESK_KEY = String.raw`(?:office|company|business|main|support|helpdesk|service|hotline|switchboard|reception|head_?office|hq|customer[_-]?care)[ ._-]?(?:phone|tel|telephone|number|line|no|whatsapp)`;
// (A country's line of the same desk after it: `VITE_SUPPORT_PHONE_NO=`, `support_phone_dk:`.)
const DESK_KEY_BEFORE = new RegExp(DESK_KEY + String.raw`(?:[ _-][a-z]{2})?["']?[ \t]*[:=][ \t]*["']?$`, 'iu');
/**
 * A phone key inside a desk's object: `"Support": { "Email": "support@…", "Phone": "` (JSON, an
 * appsettings file), or the same nested in YAML (`support:` then an indented `phone:`); or a country's key in
 * a desk's lines by country (`SUPPORT_HOTLINE = {` then `SG: '…'`).
 */
const DESK_OBJECT_BEFORE = native(
  /["']?(?:support|helpdesk|hotline|customer[ _-]?(?:service|care|support)|contact[ _-]?us)(?:[ _-]?(?:hotlines?|lines?|phones?|numbers?))?["']?[ \t]*[:=][ \t]*(?:\{[^{}\n]{0,160}(?:\n[^{}\n]{0,160}){0,4}|(?:\r?\n[ \t]+[^\n]{0,160}){0,4}\r?\n[ \t]+)["']?(?:phone|tel|telephone|number|[a-z]{2})["']?[ \t]*:[ \t]*["']?$/iu,
);
/** A desk's word, then at most 24 characters of the same clause without a person's pronoun, then the number's lead (`på`, `on`, `er`, `:`); or a conference's dial-in. */
const DESK_LINE_LEAD = native(
  /(?:(?<![\p{L}])(?:support|supporten|suporte|supportnummer(?:et)?|support-nummer(?:et)?|supportnumret|hotline|helpdesk|kundeservice|kundenservice|kundtjänst|kundtjänsten|asiakaspalvelu|servicedesk)(?![\p{L}])(?:(?![^\n,;.!?]{0,24}?(?<![\p{L}])(?:me|my|mine|min|mitt|mig|meg|mij|mich|moi|mi|mio|meu|minha|mon|ma|mein|meine|mijn|moje|mój)(?![\p{L}]))[^\n,;.!?]{0,24}?)(?:på|on|at|er|is|é|unter|au|:)[ \t]*\(?$|(?<![\p{L}])dial-?in:?[ \t]*$)/iu,
);
/**
 * A bare `from` or `sender` key on its own line, which names the sending number in an SMS gateway's
 * block; also one sender per country (`from_fr`, `from-sg`) and a channel's (`whatsapp-from`), the
 * number maybe behind its channel's prefix (`"whatsapp:+65…"`).
 */
const FROM_KEY_LINE = native(/^[ \t]*["']?(?:(?:from|sender)(?:[_-][a-z]{2})?|(?:whatsapp|sms|voice|rcs)[_-](?:from|sender))["']?[ \t]*[:=][ \t]*["']?(?:whatsapp:)?$/iu);
/** An SMS gateway's name in the lines above (`twilio {`, `sms:`). */
const SMS_GATEWAY = native(/twilio|vonage|nexmo|messagebird|plivo|sinch|telnyx|(?<![a-z])sms(?![a-z])/iu);
/** The same key as an element's name: an Android string resource's, `<string name="support_phone" translatable="false">`. */
const DESK_ELEMENT_BEFORE = new RegExp(String.raw`\bname=["']` + DESK_KEY + String.raw`["'][^<>\n]{0,60}>$`, 'iu');

/**
 * A practice's, a clinic's or a shop's line named in prose or a table (`Cork practice phone (021) …`,
 * `diverts to OOH +353 …`, `Tienda: 963 …`, `| Phone (reception) | …`): the desk's. Not `(shop)`
 * after a person's role (`Tech lead (shop) | 690 …`). Checked against every labelled phone number
 * of forty-eight corpora: none matched.
 */
const DESK_WORDS_BEFORE =
  /(?<![\p{L}(])(?:practice|clinic|surgery|shop|store|tienda|reception|front[ -]desk|out[ -]of[ -]hours|OOH|after[ -]hours)(?:[ _-]?(?:phone|line|number|tel|no|whatsapp))?[ \t]*[:=|]?[ \t]*["']?(?:(?:is|on|to|at)[ \t]+)?$|(?:phone|tel|telephone|whatsapp|line|number)[ \t]*\((?:reception|front desk|shop|store|clinic|practice|office)\)[ \t]*[:=|]?[ \t]*$/iu;

/** An extension after a switchboard's number, in the words of several languages (not a bare `x3`: "called … x3", three times). */
// (On the same cell: a tab is a table's next column, where `DW 5K214` is a Polish licence plate.)
const EXTENSION_AFTER = /^,? {0,2}\(?(?:ext\.?|extn\.?|extension|转|轉|內線|内线|poste|opción|opcion|option|durchwahl|DW|toestel) *\d{1,5}(?![A-Za-z])/iu;

/** The writer's own note that the number is a company's exchange: `+358 10 … (switchboard)`, `(vaihde)`, `(växel)`, `(Zentrale)`. */
const SWITCHBOARD_AFTER = native(/^ {0,2}\((?:switchboard|main line|reception|hotline|helpline|vaihde|växel|vaxel|sentralbord|omstilling|hovednummer|zentrale|centrale|centralino|centralita)\)/iu);

/** A service's hours beside its number: `(24/7)`, `office hours`, a weekday range (`Mo–Fr 8–18 Uhr`, `Mon-Fri 9-5`, `lun.-ven.`). */
// (Weekdays written out too: `(maandag–vrijdag, 8u–18u)`, `(Montag bis Freitag`, `(lundi-vendredi`.)
const SERVICE_HOURS = native(
  /24\/7|office hours|business hours|heures de bureau|bürozeiten|kantooruren|\((?:Mo|Mon|Lun|Lu|Ma)\.?[ \t]?[–-][ \t]?(?:Fr|Fri|Vie|Ven|Ve|Vr)\.?[ \t]|\((?:maandag|montag|monday|lundi|lunes|lunedì|lunedi|segunda)[ \t]?(?:[–-]|t\/m|bis|to|à|a|al)[ \t]?(?:vrijdag|freitag|friday|vendredi|viernes|venerdì|venerdi|sexta)/iu,
);

/**
 * A desk's mailbox on the number's line, and no person's (`| Crewing | crewing@… | +30 … |`, `IT
 * helpdesk: it-support@…, +30 …`): the desk's number. Not in a wide row (a client list names a
 * contact person's mobile beside the company's support@), nor a number its writer marks as a
 * person's (`(direct)`, `(mobile)`).
 */
function isBesideRoleMailbox(ctx: MatchContext, after: string): boolean {
  if (/^[ \t]*\((?:direct|mobile|cell|mob|personal|private)\)/iu.test(after)) return false;
  const { text, start, end } = ctx;
  const line = text.slice(lineStartNear(text, start, 160), lineEndNear(text, end, 160));
  if ((line.match(/[,;\t]/gu) ?? []).length < 4) return mailboxesIn(line) === 'role';
  // In a table's row with no person's address, the cell right before holds a desk's or a system's
  // address: the requester's e-mail and phone columns of a help desk's export (`…,System,noreply@…,(740) 555-…`).
  // (A client list's row that names its contact's own address keeps the company's line beside a desk's.)
  return mailboxesIn(cellBefore(ctx)) === 'role' && mailboxesIn(line) !== 'personal';
}

/** The `To` of a webhook's JSON: `"To": "+1…"`. */
const WEBHOOK_TO_BEFORE = native(/"To"[ \t]*:[ \t]*"$/u);
/** A line that logs an incoming message's webhook (Twilio's `MessageSid`/`SmsSid` and the word inbound). */
const INBOUND_MESSAGE = native(/"(?:MessageSid|SmsSid|SmsMessageSid)"/u);

function isInboundWebhook(line: string): boolean {
  return native(INBOUND_MESSAGE).test(line) && /\binbound/iu.test(line);
}

/** A table column of a company's or a site's main line (and a dealer's, a store's, a branch's: `dealer_phone`, `store_phone`). */
// (And a company's business line beside its contact person's own: `telefone_comercial`,
// `business_phone`, `telefono_empresa`; not `office` or `work`, a person's desk line in a directory,
// but a real-estate listing's brokerage: RESO's `ListOfficePhone`, `BuyerOfficePhone`.)
/** A tax or company number's column header, one word of it (`nip firmy`, `vat id`, `company number`). */
const TAX_HEADER = native(/(?:^|[ ./])(?:nip|regon|krs|vat|tax|ein|tin|siret|siren|cnpj|ico|ičo|dic|dič|ust|btw|kvk|abn|acn|gst|gstin|nif|cif|nipc|piva|p iva|utr|steuernummer|company (?:no|nr|number|reg)|registration (?:no|nr|number))(?:$|[ .:#])/u);

const SWITCHBOARD_HEADER = native(/^(?:standard|switchboard|main (?:line|phone|number)|(?:co )?(?:list|buyer|selling) office phone|(?:company|business|commercial|corporate|dealer|dealership|store|shop|branch|location|site|showroom|merchant|clinic|practice|hotel|restaurant) (?:phone|tel|telephone|phone number)|(?:telefone|telefono|teléfono|tel|fone|phone) (?:comercial|empresa|da empresa|de la empresa|de empresa|corporativo|business|company)|firmentelefon|zentrale|telefonzentrale|centrale|centralino|centralita|centralka|代表電話|代表番号|会社電話番号|대표번호|대표전화)$/u);

/**
 * Business numbers written nationally, which no person holds: Australia's 1300 and 1800, Belgium's
 * 070 and 078, Japan's 0120. The lengths tell them from the area codes they resemble (the
 * Netherlands' 070 and 078 have ten digits). Not Argentina's 0810 (a Nigerian mobile's prefix, at
 * the same length), Switzerland's 084x (Vietnam's mobiles) or Japan's 0570 (Israel's).
 */
const BUSINESS_NATIONAL = native(/^(?:1[38]00\d{6}|07[08]\d{6}|0120\d{6})$/u);

/**
 * A national number with a trunk 0 in one of the fiction ranges of FICTIONAL (0491 570 156, 07700
 * 900 123): read before any region, as the first region that reads a number decides and may not
 * be its own (Germany reads 0491 570 156 as a landline). (Not North America's 555: Mexico City's
 * numbers start 55 5….)
 */
function isFictionalNational(digits: string): boolean {
  if (!digits.startsWith('0')) return false;
  const n = digits.slice(1);
  return FICTIONAL['61']?.test(n) === true || FICTIONAL['44']?.test(n) === true || FICTIONAL['33']?.test(n) === true;
}

/** Words for a mobile phone, as a column's header or a label before the number names one. */
const MOBILE_WORDS = ['mobile', 'mob', 'cell', 'handy', 'mobil', 'mobiel', 'móvil', 'movil', 'celular', 'cellulare', 'portable', 'whatsapp'];

/** A column of mobile numbers (`mobile`, `cell_phone`, `Handy`, `móvil`, a seller's `contact_mobile`), as columnHeader gives it (lower case). */
const MOBILE_HEADER = new RegExp(`^["']?(?:(?:contact|customer|client|personal|private|owner|driver|rider|employee|member|guardian|parent|emergency)[ _-]?)?(?:${MOBILE_WORDS.join('|')})(?:[ _-]?(?:phone|number|no|nummer|nr))?["']?$`, 'u');

/** A messaging export's sender column (`from`, `from_number`, `sender`). */
const SMS_SENDER_HEADER = native(/^["']?(?:from|from[ _-]?(?:number|phone|no)|sender(?:[ _-]?(?:number|phone|id))?)["']?$/u);
/** A recipient's column in the same header row (`to`, `to_number`, `recipient`). */
const SMS_RECIPIENT_CELL = headerCellRegex('to|To|TO|to[ _-]?(?:number|phone)|recipient');

/** A column of a place's manager's mobile: `celular_gerente`, `manager_mobile`, `movil_encargado`. */
const MANAGER_MOBILE_HEADER = native(new RegExp(`^["']?(?:(?:${MOBILE_WORDS.join('|')})[ _-](?:gerente|manager|encargad[oa]|responsable)|(?:gerente|manager|encargad[oa]|responsable)[ _-](?:${MOBILE_WORDS.join('|')}))["']?$`, 'u'));

/** A column of mobiles whose header ends in one of MOBILE_WORDS (`phleb_mobile`, `agent_cell_no`), as columnHeader gives it. */
const MOBILE_COLUMN = native(new RegExp(`(?:^["']?|[ _-])(?:${MOBILE_WORDS.join('|')})(?:[ _-]?(?:phone|number|no|nummer|nr))?["']?$`, 'u'));

/** Whether the number heads a column of mobiles (see MOBILE_COLUMN). */
function isInMobileColumn(ctx: MatchContext): boolean {
  const header = columnHeader(ctx);
  return header !== undefined && (MOBILE_COLUMN.test(header) || CALL_PARTY_COLUMN.test(header));
}
/**
 * A call-detail record's party columns (`calling`, `b_party`, `msisdn`): a subscriber who calls many
 * numbers is still one subscriber, and a service's own numbers (free-phone, short codes) are not read.
 */
const CALL_PARTY_COLUMN = native(/^["']?(?:calling|called|(?:calling|called|[ab])[ _-]?(?:party|number|num)|msisdn|[ab][ _-]?msisdn)["']?$/u);

/** A mobile phone's label right before the number: one of the words capitalised as a label is (`Mobile:`, `WhatsApp`), or `M`. */
const MOBILE_LABEL_BEFORE = native(
  new RegExp(`(?:^|[\\s|(])(?:M|${MOBILE_WORDS.map((w) => (w === 'whatsapp' ? 'WhatsApp' : (w[0] as string).toUpperCase() + w.slice(1))).join('|')})\\.?:?[ \\t]{0,3}$`, 'u'),
);

/** A WhatsApp Business account's own number in its API's payloads. */
const BUSINESS_NUMBER_KEY_BEFORE = native(/"display_phone_number"[ \t]*:[ \t]*"$/u);
/** A number that ends in the exchange's extension, `-0`, as German-speaking companies print their switchboards. */
const EXCHANGE_EXTENSION = /\d[ ]?-[ ]?0$/u;

/** A key naming an identifier of a request, a transaction, an order or a session, right before a value. */
/** A tax or company number's label right before a number. */
const TAX_LABEL_BEFORE = /(?<![\p{L}])(?:p\.? ?iva|partita iva|vat(?: ?(?:no|nr|number|id|reg))?\.?|ust-?id(?:nr)?\.?|nif|cif|nipc|btw(?:-nummer)?|kvk|bin|inn|ein|tin|abn|acn|gst(?:in)?|codice fiscale|c\.f\.|rc(?: ?(?:no|number))?\.?)[ \t]*[:#]?[ \t]*$/iu;
const ID_KEY_BEFORE = native(/(?:request|transaction|conversation|correlation|trace|order|invoice|ticket|session|receipt|checkout|merchant)[_-]?id["']?[ \t]*[=:][ \t]*["']?$|(?:conference|meeting|webinar|bridge)[ _-]?(?:id|code|pin)[ \t]*[=:#]?[ \t]*$|(?:access[ _-]?code|passcode|participant[ _-]?(?:code|pin))[ \t]*[=:#]?[ \t]*$/iu);

/** A messaging service's sending number in configuration: `TWILIO_FROM=`, a property path's `….twilio.from=`, `SMS_SENDER_NUMBER:`, `from_number =` (not a message's `From:` header). */
// (And a telephony configuration's own numbers: a DID list, `did: ['+55…']`, an outbound caller id.)
const SENDER_KEY = native(/(?:(?<![\w-])(?:twilio|messaging)[\w.-]{1,24}|sms[_-]?(?:from|sender)\w{0,12}|sender(?:[_-]?(?:id|number|phone))?|\w{1,30}_from|from[_-]?(?:number|phone|sms)|(?<![\w.-])dids?|did[_-]?numbers?|outbound[_-]?(?:caller[_-]?id|number))["']?[ \t]*[=:][ \t]*\[?[ \t]*["']?$/iu);
/**
 * A bare caller id key: a telephony configuration's own number (`caller_id: '+55…'` beside a DID
 * list), but in a call's record (a voicemail's, a CDR's: its duration, when it was received) the
 * number that called, a customer's.
 */
const CALLER_ID_KEY = native(/(?<![\w-])caller[_-]?id["']?[ \t]*[=:][ \t]*\[?[ \t]*["']?$/iu);
const CALL_RECORD = native(/duration|received|voicemail|transcript|recording|missed|answered|hangup|call[_ -]?(?:id|sid|start|end)|inbound/iu);

/** Numbers before this one in a list, each after a country's code and a separator (`· NO `): group 1 is what comes before the list. */
const NUMBER_LIST_BEFORE = native(/^([^\n]*?)(?:[A-Z]{2}[ \t]+)?[+(]?\d[\d ()./-]{5,20}\d(?:[ \t]*[·|,;/][ \t]*(?:[A-Z]{2}[ \t]+)?[+(]?\d[\d ()./-]{5,20}\d)*[ \t]*[·|,;/][ \t]*(?:[A-Z]{2}[ \t]+)?$/u);

/** A sentence about a company's desk lines that ends in a colon, then the list's first number (see isCompanyNumber). */
const HOTLINE_LIST_LEAD = /(?<![a-z])(?:hotlines?|helplines?|switchboards?|support lines?|service lines?)(?![a-z])[^\n:]{0,60}:[ \t]*(?:[A-Z]{2}[ \t]+)?$/iu;

/** Labels of a company's main number (after them, a country's code may say which line: `Kundtjänst SE 08-…`). */
const SWITCHBOARD = /(?:fax|telefax|faks|zentrale|switchboard|reception|recepcja|recepce|recepción|receptie|empfang|standard|centralino|centralita|centralka|main line|hauptnummer|atendimento|atención al cliente|service client|kundenservice|customer service|customer care|huduma kwa wateja|hotline|llamarnos al|nous appeler au|nous joindre au|chiamarci al|bellen kan ook|rufen sie uns an unter|ligue para nós|ligue-nos|bize ulaşın|(?:reach|call|contact|phone|ring|text) us (?:at|on)|erreichen sie uns (?:unter|telefonisch unter)|rufen sie uns unter|appelez-nous au|contáctanos al|llámanos al|contattaci al|chiamaci al|bel ons op|ons bereiken op|kundtjänst|kundservice|kundeservice|kundesenter|asiakaspalvelu|ring oss på|ring oss|ring os på|soita meille)[ \t]*[:.]?[ \t]*(?:[A-Z]{2}[ \t]+)?$/iu;

/**
 * What separates a number's digit groups: one space, or a dot, slash or dash with a space either
 * side at most, or nothing after an area code's bracket (`(312)847-2093`). Not two spaces: they
 * separate a printed table's columns (`+39 347 7845819  1984-06-29`).
 */
const GROUP_SEP = '(?: ?[./-] ?| |(?<=\\)))';

/**
 * Regions tried for a national number, most common first. Validity is checked per region. Others
 * are tried only when the text suggests them (its script, the international numbers around the
 * number): each region libphonenumber reads compiles its patterns, and past 1 MB of regex
 * bytecode in a process V8 stops optimising new patterns (see scan/nativeRegex.ts).
 */
const REGIONS: readonly CountryCode[] = [
  'US', 'GB', 'DE', 'FR', 'IN', 'AU', 'CA', 'NL', 'ES', 'IT', 'BR', 'MX', 'CH', 'AT', 'BE', 'SE', 'PL', 'IE', 'ZA', 'SG', 'NZ', 'JP', 'PT',
  'CN', 'KR', 'KE', 'NG', 'GH',
];

/** The regions REGIONS tries first, before any a text's numbers suggest. */
const FIRST_REGIONS: ReadonlySet<CountryCode> = new Set(['US', 'GB']);

const DATE_LIKE = native(/^(?:\d{4}[-/.]\d{1,2}[-/.]\d{1,2}|\d{1,2}[-/.]\d{1,2}[-/.]\d{2,4})$/u);
/** An IPv4 address, or a network in CIDR notation (`10.40.0.0/16`). */
const IP_LIKE = native(/^\d{1,3}\.\d{1,3}\.\d{1,3}\.\d{1,3}(?:\/\d{1,2})?$/u);

/** Filler numbers: a run of six equal digits, or 1234567-style sequences. */
function isFiller(digits: string): boolean {
  if (/(\d)\1{5}/u.test(digits) || /0123456|1234567|2345678|3456789|9876543|8765432|7654321/u.test(digits)) return true;
  // (Or one digit in seven of nine places: a gateway's test number, `+91 90000 90000`.)
  const counts = new Array<number>(10).fill(0);
  for (let i = 0; i < digits.length; i++) counts[digits.charCodeAt(i) - 48] = (counts[digits.charCodeAt(i) - 48] ?? 0) + 1;
  return digits.length >= 9 && Math.max(...counts) >= digits.length - 2;
}

/**
 * True when libphonenumber calls the number valid for its region, or, when it is written in groups
 * (spaces, dashes, dots or brackets, as people write phone numbers), possible: right length for the
 * country. Number plans change and invented examples often use unassigned blocks; a grouped
 * +CC number is a phone number all the same.
 */
function isPhoneIn(value: string, grouped: boolean, region?: CountryCode): boolean {
  const read = readPhone(value, region);
  return read === 'valid' || read === 'mobile' || (grouped && read === 'possible');
}

/**
 * What libphonenumber makes of a number in a region: no number, a fictional one, a business's
 * line, or how real it looks (a mobile apart).
 */
export function readPhone(value: string, region?: CountryCode): 'none' | 'fictional' | 'business' | 'possible' | 'valid' | 'mobile' {
  const p = parsePhoneNumberFromString(value, region);
  if (p === undefined) return 'none';
  if (isFictional(p.countryCallingCode, p.nationalNumber)) return 'fictional';
  // (isValid is "has a type" where the metadata has types, as /max's has for every region (a test
  // holds it to that), so the type alone: asking both read each number's type patterns twice.)
  const type = p.getType();
  if (type === undefined) return p.isPossible() ? 'possible' : 'none';
  // Free-phone, premium-rate and shared-cost numbers (0800, 0120, 1-800) are businesses' lines, and
  // so are Turkey's universal access numbers (444 …) and 0850 numbers, which libphonenumber files
  // as VoIP but which companies take for their call centres. (Not UAN elsewhere: read in the
  // wrong region, a Berlin landline is one.)
  // (Not Britain's 03 numbers either, though organisations hold them: read first as British,
  // Pakistan's 03… mobiles and Mexico's and Italy's national numbers would be lost.)
  if (type === 'TOLL_FREE' || type === 'PREMIUM_RATE' || type === 'SHARED_COST') return 'business';
  if ((type === 'UAN' || type === 'VOIP') && p.countryCallingCode === '90') return 'business';
  // (Argentina's 0810 lines, shared-cost, which libphonenumber files as UAN: a company's call centre.)
  if (type === 'UAN' && p.countryCallingCode === '54') return 'business';
  return type === 'MOBILE' ? 'mobile' : 'valid';
}

/**
 * Numbers the regulators set aside for films, books and documentation: North America's 555
 * exchange (555-0100 to 555-0199 are reserved for fiction; the rest of 555 is unassigned in
 * practice and just as fake) and its unassigned area code 555, Ofcom's drama ranges, ACMA's fictitious numbers
 * and ARCEP's numbers for fiction.
 */
const FICTIONAL: Readonly<Record<string, RegExp>> = {
  // (and Twilio's WhatsApp sandbox number, which every Twilio tutorial and test config names, and
  // the sender of its API reference's examples)
  // (An area code starts with 2-9: read as a US number, Vietnam's 09x 555 xxxx is no 555 number.)
  '1': /^(?:[2-9]\d{2}555\d{4}|555\d{7}|4155238886|5017122661)$/u,
  // Safaricom's Daraja sandbox subscriber, which M-Pesa integrations' tests and docs name
  '254': /^708374149$/u,
  '44': /^(?:2079460\d{3}|7700900\d{3}|1632960\d{3}|1(?:1[3-8]|[2-6]1)4960\d{3}|1914980\d{3}|2920180\d{3}|2896496\d{3}|8081570\d{3}|3069990\d{3})$/u,
  '61': /^(?:[2378]5550\d{4}|[2378]7010\d{4}|4915709\d{2}|491570[0-8]\d{2})$/u,
  // ARCEP's numbers for fiction: 01 99 00, 02 61 91, 03 53 01, 04 65 71, 05 36 49, 06 39 98 + four digits
  '33': /^(?:19900|26191|35301|46571|53649|63998)\d{4}$/u,
  // China Mobile's service number, the 555 of Chinese examples and forms
  '86': /^13800138000$/u,
};

// (Compiled straight to machine code, as every pattern read per match: see scan/nativeRegex.ts.)
for (const re of Object.values(FICTIONAL)) native(re);

function isFictional(countryCode: string, nationalNumber: string): boolean {
  return FICTIONAL[countryCode]?.test(nationalNumber) === true;
}

// NOTE: metadata choice, measured with esbuild (minified, one function using
// parsePhoneNumberFromString + isValid) and Node 20: min 211 KB (50 KB gzip), default 221 KB,
// mobile 227 KB, max 284 KB (71 KB gzip); require 14 ms (min) vs 16 ms (max); parse + isValid
// 7.5 us (min) vs 9.4 us (max). "min" validates by length only: for random digit strings behind a
// country code it accepts e.g. 99% (+86, 8 digits), 93% (+55, 10 digits), 92% (+31, 9 digits)
// where "max" accepts 1%, 34% and 54%. Validity per region is worth 73 KB, so: max. (It decides
// for compact +CC numbers and for national numbers; a +CC number written in groups needs only a
// possible length, see isPhoneIn.)
//
// Candidates, then libphonenumber (full "max" metadata: per-region number plans, not only lengths):
//  - international: +CC (or (+CC)), an optional trunk "(0)", then 1-7 digit groups separated by
//    space . / - (the first may follow the country code directly); reported anywhere when valid,
//    or when written in groups and of a possible length for the country (see isPhoneIn);
//  - national: digit groups (or 7-12 compact digits) with at least 7 digits, reported only near a
//    phone word (phone, tel, mobile, cell, call, fax, WhatsApp, contact, and their German, French,
//    Spanish, Italian and Dutch forms), valid in one of the common regions. 00CC counts as +CC.
// Dates, IPv4 addresses, and digits glued to letters, dots or longer digit runs are not candidates.
// NOTE: the national branch consumes its first character before looking around (a lookbehind for
// the boundary, and a lookahead, nested in a lookbehind, for "at least 7 digits"); a lookahead at
// the very start of a branch would run at every position of the text. After `<digit>,` a candidate
// must not start with a group of one to three digits (`1,234,567`), but may in a CSV row (`…0000,07463 219 587`,
// `…4417,010.4521.8836`: two dots make no decimal).
// A first group of one digit only as North America's trunk 1 before a full number (`1-415-867-2291`).
/**
 * A number that fills a comma-separated cell: a comma right before it (the pattern's start already
 * refuses a comma that opens a thousands group) and none since (a number's length at most). A comma and one to three digits after
 * such a number are the next cell (`…,61438275901,93`), not a decimal part: an unquoted CSV cell
 * cannot hold a decimal comma.
 */
const CSV_CELL_BEFORE = String.raw`(?<=,[(+\d][^,\n]{0,40})`;

export default defineRule({
  id: 'phone-number',
  category: 'pii',
  description: 'Phone number (international +CC anywhere, national format near a phone word or an e-mail address; not free-phone or premium-rate numbers)',
  // No keywords: labels in any script (연락처, 電話番号) and an e-mail beside the number count, and the
  // rule runs only near clusters of digits anyway.
  keywords: [],
  hints: ['sip'],
  // Every number it reports holds seven digits or more in groups (see DENSE_DIGITS): it runs only
  // near such clusters, not over the whole text.
  nearDigits: 'dense',
  // (A national number starts at its digits; a trunk digit before a code in brackets starts one too:
  // Russia's `8 (916) …` and `8(916)…` (the brackets taken with the 8, no separator before them),
  // Turkey's `0 (544) …`.)
  pattern:
    new RegExp(String.raw`(?:(?<![\w+/.-])(?:\(\+\d{1,3}\)|\+\d{1,3}|%2[Bb]\d{1,3}(?=\d))[ ./-]{0,2}(?:\(0\) ?)?(?:\(\d{1,5}\)|\d{1,14})(?:${GROUP_SEP}(?:\(\d{1,5}\)|\d{1,9})){0,6}|[(\d](?<![\w+/.-][(\d])(?<!(?<!"):[(\d])(?<!\d,(?=\d{1,3}(?![\d-]| \d|\.\d{2,4}\.\d))[(\d])(?<=(?=(?:[ ./()-]{0,2}\d| \/ \d){7}).)(?:(?<=\()\d{2,5}\)|(?<=\d)\d{1,14}|(?<=1)(?=[ .-]\(?\d{3}\)?[ .-]?\d{3}[ .-]\d{4}(?!\d))|(?<=8)\(\d{3}\)(?=[ -]?\d{3}-\d{2}-\d{2}(?!\d))|(?<=8)(?=[ -]?\(\d{3}\)[ -]?\d{3}-\d{2}-\d{2}(?!\d))|(?<=0)(?= ?\(5\d{2}\) \d{3} \d{2} \d{2}(?!\d)))(?:${GROUP_SEP}(?:\(\d{1,5}\)|\d{1,9})){0,5})(?![\w])(?![./:-]?\d)(?:(?!` + COMMA_GROUP + String.raw`)|` + CSV_CELL_BEFORE + ')', 'gu'),
  validate: (s, ctx) => {
    // A form post or a webhook's body encodes the plus (`To=%2B34612…`).
    if (/^%2B/iu.test(s)) s = '+' + s.slice(3);
    const international = s.startsWith('+') || s.startsWith('(+');
    if (!international && isInCodePointRun(ctx)) return false;
    // A signed decimal (`Decimal('+35236450.6')`): one point, one or two digits after it.
    if (/^\+\d{5,}\.\d{1,2}$/u.test(s)) return false;
    // A Korean business registration number, written 3-2-5 with its check digit (no phone is grouped so): a company's.
    if (KR_BUSINESS_NUMBER_WRITTEN.test(s) && krBusinessNumberChecksum(s.replace(/-/gu, ''))) return false;
    // Dates and versions are most national candidates: the cheapest rejections come first.
    if (!international && (DATE_LIKE.test(s) || IP_LIKE.test(s) || /^\d{2}:\d{2}/u.test(s))) return false;
    // A branch's, a year's and a serial's groups (a loan's or a file's number, `0007-2023-04817`), not
    // a number dialled with 00: nobody groups a country code with its 00 and the next digits so.
    if (/^00\d{2}-(?:19|20)\d{2}-\d{3,7}$/u.test(s)) return false;
    // A radio cell's global id under its key (`cell=722-310-5127-40963`): country code, network, area, cell.
    if (CELL_GLOBAL_ID.test(s) && CELL_KEY_BEFORE.test(ctx.text.slice(Math.max(0, ctx.start - 12), ctx.start))) return false;
    const digits = s.replace(/\D/gu, '');
    // (A 00CC number is international: up to 15 digits after the 00; so is an MSISDN, a country code
    // without the plus, up to 15 digits: not a 13-digit timestamp in milliseconds, which starts with 1.)
    // (A national number with its trunk 0 may take 13: Argentina's mobiles keep their 15, `0351 15-480-2917`.)
    const longest = digits.startsWith('00') ? 17 : /^[2-9]/u.test(digits) ? 15 : digits.startsWith('0') ? 13 : 12;
    if (!international && (digits.length < 7 || (digits.length > longest && !isWhatsAppId(ctx)))) return false;
    // Nine digits grouped 3-2-4 with hyphens are written so as a US Social Security number, which
    // us-ssn reports (with a phone's label a line above, this rule claimed an e-file's `<PrimarySSN>`).
    if (!international && /^\d{3}-\d{2}-\d{4}$/u.test(s)) return false;
    if (isFiller(digits.slice(-9)) || /^55501\d\d$/u.test(digits)) return false;
    // A company's own row of a table (its legal form in a cell, no person's name): its switchboard.
    if (isCompanyOnlyRow(ctx)) return false;
    if (!international && (BUSINESS_NATIONAL.test(digits) || isFictionalNational(digits))) return false;
    // A national number as the value of a request's, a transaction's or an order's id
    // (M-Pesa's `"MerchantRequestID": "7311-40925516-1"`).
    if (!international && ID_KEY_BEFORE.test(ctx.text.slice(Math.max(0, ctx.start - 48), ctx.start))) return false;
    // A tax or company number after its label (`piva 218…`, `P.IVA:`, `VAT no.`, `USt-IdNr.`, `NIF`, `BIN`).
    if (!international && native(TAX_LABEL_BEFORE).test(ctx.text.slice(Math.max(0, ctx.start - 24), ctx.start))) return false;
    // A UK VAT number written with its country prefix (`GB 123 4567 89`).
    if (!international && /(?<![A-Za-z])(?:GB|XI) ?$/u.test(ctx.text.slice(Math.max(0, ctx.start - 4), ctx.start))) return false;
    // A German, Austrian or Swiss company's switchboard, written as its number then `-0` (the
    // extension that reaches the exchange: `+49 89 2855-0`, `0711 2390-0`): an office's, not a person's.
    if (EXCHANGE_EXTENSION.test(s) && (/^(?:\+|00)(?:49|43|41)/u.test(s) || (!international && s.startsWith('0')))) return false;
    // The business's own number in a WhatsApp Cloud API payload's metadata, on every webhook it sends.
    if (BUSINESS_NUMBER_KEY_BEFORE.test(ctx.text.slice(Math.max(0, ctx.start - 40), ctx.start))) return false;
    // Two or more groups after the country code, as people write numbers (not one digit run).
    const grouped = /\d[ ./()-]+\d.*[ ./()-]\d/u.test(s.replace(/^\(?\+\d{1,3}\)?[ ./-]*/u, ''));
    // The column header, read once for both checks that ask for it (only national numbers and those that pass need it).
    let header: string | undefined | null = null;
    const headerOf = (): string | undefined => (header === null ? (header = columnHeader(ctx)) : header);
    return isPhoneNumber(s, digits, international, grouped, ctx, headerOf) && !isCompanyNumber(ctx, headerOf) && !isOnPlaceholderPersonLine(ctx);
  },
  redactAs: 'phone',
  // The same number beside a different caller or contact on line after line is the service's or the
  // office's (an SMS gateway's `To=`, a contact list's switchboard column): compared by their last
  // nine digits, so `+44 20 7946 1234` and `020 7946 1234` are one number.
  sharedKey: (s) => s.replace(/^%2B/iu, '').replace(/\D/gu, '').slice(-9),
  // (Not a number in a column of mobiles, `phleb_mobile`: a courier's or a field agent's own mobile
  // beside each customer they visit is one person's, however many rows it heads.)
  isOwnValue: isInMobileColumn,
  // A number found in context is the same person's wherever it recurs as written in the same text:
  // a KYC row's mobile again as its e-wallet (`GCASH:<the same number>`), a ticket's callback number
  // quoted in the reply. (Nine digits or more: a short local number may be anything else.)
  echoes: (s) => (s.replace(/\D/gu, '').length >= 9 ? [s] : []),
  references: ['https://www.itu.int/rec/T-REC-E.164', 'https://gitlab.com/catamphetamine/libphonenumber-js#metadata'],
  examples: {
    positive: [
      // a call record's other party, written with its country code and no plus
      'rec,msisdn,other_party\nMTC,33612345678,447911123456',
      // a Daraja callback's payer, a USSD session's recipient keyed in, a mobile-money payout's payee, a wallet named by its number
      `{"Name":"Amount","Value":150},{"Name":"PhoneNumber","Value":2547${fake('{d8}', 101686)}}`,
      `INFO ussd session serviceCode=*384*12# phoneNumber=+2547${fake('{d8}', 101687)} text="1*07${fake('{d8}', 101688)}*200"`,
      `ERROR disbursement failed payee=23324${fake('{d7}', 101689)} reason=TIMEOUT`,
      `hello, my wallet on 024${fake('{d7}', 101690)} is still locked`,
      // a payment API's customer phone, its country code apart; an Arabic ticket's registered mobile
      `"customer": {"phone": {"country_code": "966", "number": "50${fake('{d7}', 101712)}"}}`,
      `رقم الموبايل المسجل: 010${fake('{d8}', 101713)}`,
      // a vCard's mobile under its ORG: the person's own line, the employer named above
      `BEGIN:VCARD\nN:Näide;Mari;;;\nORG:Kestrel Telecom AS\nTEL;TYPE=CELL:+372 5${fake('{d3} {d4}', 101705)}\nEND:VCARD`,
      // a guest's registration card laid out as a table: the row above names the issuing town hall, not the phone's owner
      `<tr><th>Documento</th><td>rilasciato dal Comune di Ravenna</td></tr>\n<tr><th>Telefono</th><td>+39 347 ${fake('{d3} {d4}', 101676)}</td></tr>`,
      // call requests in French, Swedish and English prose, and a log's SMS recipient
      'Pour le dossier, joignez-moi en ligne directe au 01 42 68 53 00.',
      'Ring mig gärna på 0708 41 93 62 så tar vi det.',
      'Tenant rang again on 0161 872 3301 about the boiler.',
      // a Danish customer's "my number is", a Swedish case note's "called … at"
      'Hej, jeg venter stadig på refusion. Mit nummer er 31 42 58 67. Mvh Sofie',
      "('AML-1', 'k.example', 'Ringt Helena Exempel på 070 412 58 93, ingen svarade.')",
      'INFO Notifier - rappel de rendez-vous envoyé à 06 48 21 93 57',
      // a desk's word on the line, but the writer's own number
      'after 6pm the hotline escalations go to me at 0812-4471-9038',
      // a contact block's home line beside the mobile
      'Contact details\nMob: 083 418 2967\nHome: (061) 418 296',
      'she wrote to support, wants a call back at (312) 418-2957',
      // a Norwegian fixture's guardian: no +47 anywhere, but the letters say Norwegian (read in Belgium first, 905… is premium rate)
      '{"navn": "Siri Haugen", "kommune": "Bærum", "mobil": "905 14 382"}',
      // a Brazilian mobile in its written form, in an incident's list of customers to call back
      '- A. Exemplo — (31) 99258-4417 — pediu retorno à tarde',
      // an on-call list: the person's full name, a dash, the number
      '- Guardia de sistemas (abril): Teodora Quintanar Castromil – 655 81 27 49',
      // a Turkish mobile as Turkish forms write it: the trunk 0, the operator's code in brackets
      `| Telefon | 0 (542) ${fake('{d3} {d2} {d2}', 101592)} |`,
      // an admin page's definition list: the label's cell, then the number's
      `<dl>\n  <dt>Mobile</dt><dd>0412 ${fake('{d3} {d3}', 101584)}</dd>\n</dl>`,
      // a Quebec incident timeline: the area code set apart by a space
      `- 08 h 05 — l'astreinte est appelée au 514 ${fake('{d3}', 101578).replace(/^[01]/u, '7')}-${fake('{d4}', 101579)}.`,
      // a Hinglish chat: someone's number, said to be switched off
      `Ravi Example ka number 98${fake('{d8}', 101566)} band aa raha hai`,
      // an on-call list's backup, an Indian mobile in its two groups of five after the name
      `On-call: A. Example (+91 98${fake('{d3} {d5}', 101567)}), backup Dev Example (97${fake('{d3} {d5}', 101568)}).`,
      // a rider's wallet, named by the mobile it is registered to
      'Nasingil ako ng dagdag. GCash ko 0917 804 2231.',
      // a ticket's second number, after a label of several words
      'Teléfono de contacto alternativo: 948 27 31 64',
      // an Indian mobile without its trunk 0, which Britain's numbering would read as a premium-rate line
      `Jan 14 08:12:40 hotspot-02 captive[311]: session start mobile=982${fake('{d7}', 100929)} plan=daily`,
      // Hibernate's statement, then its bound parameters: the second placeholder is the phone's
      'DEBUG org.hibernate.SQL : insert into customer (full_name, phone, id) values (?, ?, ?)\nTRACE o.h.t.d.sql.BasicBinder : binding parameter [1] as [VARCHAR] - [Joris Example]\nTRACE o.h.t.d.sql.BasicBinder : binding parameter [2] as [VARCHAR] - [06-48213907]',
      // Entity Framework's failed command: the parameters logged first, the columns they go to in the command after
      "fail: Microsoft.EntityFrameworkCore.Database.Command[20102]\n      Failed executing DbCommand (12ms) [Parameters=[@p0='Joris Example' (Size = 200), @p1='06-48213907' (Size = 20)], CommandType='Text', CommandTimeout='30']\n      SET NOCOUNT ON;\n      INSERT INTO [Customers] ([FullName], [Phone])\n      OUTPUT INSERTED.[Id]\n      VALUES (@p0, @p1);",
      // a courier roster: the next column holds a licence plate (DW …), no extension
      'id_kuriera\timie_nazwisko\ttelefon\tnr_rej\nK-KRK-0101\tA. Przykład\t513 484 977\tDW 5K214',
      'TR-017;"Llamar mejor al fijo 91 387 24 60"',
      // a national number with 555 after its trunk 0 and three digits: no US fiction number
      `INFO otp.send provider=sms phone=0915555${fake('{d3}', 4102)} template=LOGIN_OTP`,
      // a GCash wallet's number (its column), not its references
      `emp_no,name,gcash_number,amount_php,gcash_ref_no\nHR-1,"Ana Reyes",09264418379,1500.00,${fake('{d13}', 4103)}`,
      '> El móvil de contacto sigue siendo el 655 913 482.',
      // a CSV cell right after a cell of digits (not a thousands group: a group of digits follows)
      'policy_no,holder_id,mobile,email\nSL0000001,5000000000000,078 267 9277,a.person@webmail.co.za',
      '예약번호,환자명,휴대폰\nR-1,김하늘,9001011000000,010.4521.8836',
      // an M-Pesa B2C result's receiver
      '{"Key": "ReceiverPartyPublicName", "Value": "254711305862 - A EXAMPLE"},',
      // a national number in Croatian, Slovenian and Hebrew text (the letters and the script suggest the country)
      'Poštovani,\nza sve dodatne informacije dostupna sam na mobitel 098 174 2261.',
      // an HL7 v2 patient's home phones (PID-13), written without their telecom type
      'PID|1||X^^^IRL^PPSN||EXAMPLE^A^^^MS||19761123|F|||7 Example Road^^Limerick^Co. Limerick^^IRL||061325884~0861182745|||M',
      // a Vietnamese mobile: the letters before it suggest the country
      'Mọi thắc mắc chị gọi em số 0792 418 336 nhé.',
      // a Russian or Kazakh number in its written form (trunk 8, the code in brackets), labelled or not
      'Старый телефон из анкеты: 8 (916) 412-37-19',
      // the same written without a space, in an HR export's personal phone column
      'ФИО;Мобильный\nПример Иван Иванович;8(916)412-37-19',
      '[14:05:37] Клиент: 8 (701) 412-37-19',
      'Če kaj potrebujete, me lahko pokličete na 031 627 418.',
      "טל' 03-755-2107 | נייד 052-880-3419",
      '"call_id";"data_hora";"fila";"ani";"dnis"\n"CA11a7b3e0";"04/06/2024 08:03:40";"PF_PIX";"(21) 99736-4410";"4003-7788"',
      `{"level":"info","to":"(615) 841-${fake('{d4}', 831)}","msg":"reminder sent"}`,
      '"contacts": [{ "profile": { "name": "R" }, "wa_id": "5215548217306" }]',
      '"statuses": [{ "status": "delivered", "recipient_id": "5571988417253" }]',
      `17 | Tamsin Costa | tamsin.costa@proton.me | 818.339.${fake('{d4}', 832)}`,
      'telephoneNumber: 06 53 21 48 97',
      'U kunt mij bereiken op 06 71 49 26 38.',
      'Best number to reach me: (512) 742-3018',
      '"telecom": [\n  {\n    "system": "phone",\n    "value": "07918 362714",\n    "use": "mobile"\n  }\n]',
      // a CSV row: the cell before is a number too
      'name,dob,gp_phone,patient_mobile\nHamish Stanhope,26/02/1988,0113 496 0000,07463 219 587',
      'Telefone: 915 482 173',
      // a Taiwanese mobile in a Chinese chat line; a number in a range libphonenumber doesn't know yet, under its label
      `09:10\t明天請假，急事請打 0968-${fake('{d3}-{d3}', 4471)}`,
      `"phone": "+21352${fake('{d7}', 4472)}",`,
      // a call-detail record's parties, written as MSISDNs
      'call_type,call_id,a_party,b_party,cell\nVOICE_OUT,7731,2348135519027,2347064418253,LAG-0417\n',
      'payer_msisdn=2348132204251 status=FAILED',
      // (`AG_` in an identifier is no company's legal form)
      'WARN [mpesa.b2c] ResultCode=2001 conv=AG_20250611_5d2e91 msisdn=254722913648',
      // a timesheet's record: hours worked, not opening hours
      '{"employee": "A. Person", "phone": "0661 23 45 87", "hours": 38.5}',
      'momo.transfer externalId=UGA-0042 partyId=256772413580 amount=150000 status=202',
      // a survey export's header of seventy columns (over 1,000 characters) names the phone column
      `start,county,resp/resp_name,resp/phone,${Array.from({ length: 70 }, (_, i) => `hh/survey_item_${i}`).join(',')}\n2024-02-27,Turkana,Ekal Lomu,0797713401,${Array.from({ length: 70 }, (_, i) => String(i % 7)).join(',')}\n`,
      '{"paymentReference": "SW-00991", "payerAlias": "46701742913", "payeeAlias": "1230045678", "amount": "56.00"}',
      'Her new line is 0706 673 1365 (old one was swapped)',
      '> Rückruf gerne unter 0179 41275836.',
      `Call me on +44 20 3${fake('{d3} {d4}', 201)} tomorrow`,
      `"phone": "+1 (415) 317-${fake('{d4}', 202)}"`,
      `Tel.: 030 ${fake('{d8}', 203).replace(/^0/u, '4')}`,
      `mobile: 0151 ${fake('{d8}', 204)}`,
      // a CSV row whose next cell is a street address starting with three digits
      `id,personal_phone,street\n7,(408) 731-${fake('{d4}', 205)},418 Alder Rd`,
      `I got a new phone. My old number was 206.461.${fake('{d4}', 206)}, sorry`,
      `Any questions, give me a ring on 07911 ${fake('{d6}', 207)}.`,
      `support escalation: a customer called (020 7${fake('{d3} {d4}', 210)}), charged twice`,
      `**Escalation phone (outgoing):** 07911 ${fake('{d6}', 208)}`,
      `WhatsApp +91 98${fake('{d3} {d5}', 205)}`,
      `brilliant. you can ring me on 078${fake('{d2} {d6}', 208)} if anything else comes up`,
      `Pour toute question vous pouvez me joindre au 06 ${fake('{d2} {d2} {d2} {d2}', 209)}.`,
      // a CSV row: the fields next to the number start with digits
      `id,dob,phone,street\nE20410,1998-07-14,(512) 633-${fake('{d4}', 207)},3917 South Lamar Blvd`,
      '電話番号は03-5213-4471です。',
      'De bezorger kan me bellen op 06-38274195.',
      'y mi cel es 55 4821 7306 por si el repartidor quiere marcar',
      'Kargo için telefonum 0532 418 27 63.',
      '[18/11/26, 7:46:30 PM] 7443498949: मेरी रिपोर्ट अभी तक नहीं आई',
      '{"CallSid": "9131164e", "From": "09105617939", "To": "08875346731", "Direction": "outbound-api"}',
      // a telephony webhook's parameters as a dialler logs them
      '2024-03-18 09:09:38,391 INFO dialer.webhook CallSid=5f0c2e AccountSid=acme1 From=09105617940 To=08875346732 Direction=outbound-api Status=completed',
      'Bana 0 (554) 485 1940 numarasından ulaşabilirsiniz.',
      'Σχετικά με: Αλλαγή ημερομηνιών. Τηλέφωνο επικοινωνίας 6939743511',
      'PID|1||4471^^^MRN||Okafor^Ada||19800101|F|||||07812 482736^PRN^PH|',
      // an HL7 telecom field written in its parts: the country code in its own component, or a national number
      'PID|1||P-1^^^H^MR||KHAN^ALI||19800101|M|||||^PRN^CP^^92^3335820147|||M',
      'NK1|1|KHAN^SARA|SIS|||^PRN^CP^^^03335820148',
      // a French hospital's ADT message: the mobile and the home phone in XTN-12
      'PID|1||71836402^^^LFV^PI||EXEMPLE^CAMILLE^^^MME||19700102|F|||1 RUE DE LA PAIX^^LILLE^^59000^FRA^H||^PRN^CP^^^^^^^^^0612457893~^PRN^PH^^^^^^^^^0320574186|||',
      '    "mobile": "090-3318-2046",',
      'Mob: 07912 604 318',
      // when to call between the label and the number; a Brazilian mobile with its area code and nine digits in one group
      `You can also reach me on my work mobile in the evenings: 07879 ${fake('{d6}', 100872)}.`,
      `Please reach Mr. Tanaka at 090-${fake('{d4}-{d4}', 100881)} after 6pm JST.`,
      `You can reach her at 0412 ${fake('{d3} {d3}', 100882)} most afternoons.`,
      `"Lead ID","Mobile","Country"\n"00Q-1","51 96${fake('{d7}', 100873)}","BR"`,
      `Contato: +55 51 98${fake('{d7}', 100874)}`,
      'name,dept,card,mobile,car,note\nx,y,TW-KR-0871,010-2875-4412,,z',
      'Osoite: Koivukuja 12 B 4, 33100 Tampere, puhelin 040 517 3389.',
      '"phone_numbers": [{ "value": "(215) 732-6604", "type": "mobile" }]',
      'Best,\nDana Whitfield\nPayroll Lead\no: 201-265-2637 x214\n',
      'SmsStatus=delivered&To=%2B34712483652&MessagingServiceSid=MG4f1a',
      // North America's trunk 1 written before the area code
      'Call me at 1-415-867-2291 tomorrow',
      'My cell is 1 (646) 552-2871, ok?',
      // a label word inside a longer word is none ("direct" in "directly"): the nearest real label decides
      'If you have any questions, call me directly at 1-678-596-4116.',
      'one patient says she is overdrawn because of it. her number: 720-395-4781, she is upset',
      "Elle m'a donné son numéro : 0032 484 27 65 30",
      'Brian Otieno\nHead of Partnerships, VeriAfrika Ltd\nM: +254 745 208 671',
      '  "PartyA": "254712804519",\n  "PartyB": "174379",',
      '{\n  "id": "PXM5VEP",\n  "type": "phone_contact_method",\n  "label": "Mobile",\n  "country_code": 64,\n  "address": "217364490"\n}',
      // a Korean mobile in its written form, in a Korean chat line
      '[백지안] [오후 3:02] 폰 새로 샀어요. 번호는 010-7714-2093 그대로예요',
      // a national mobile on a line in its country's script, unlabelled: a Vietnamese export row, a Thai note
      'VD118204,2025-02-11 07:40,SHP-4410,Phan Thảo Vy,0912.608.375,41/7/2 Trần Khắc Chân,Quận 1',
      '  2  VD118377  Đỗ Minh Triết  0386142957  27B Lý Chính Thắng, Q.3  204',
      'ลูกค้าขอเปลี่ยนที่อยู่ โทรกลับ 086-417-2953 ก่อนส่ง',
      // an international number dialled with 00, in groups; a Swedish home number
      'Mvh Karin\n0046 73-618 52 07',
      'Συμμετέχοντες: Νίκος (0030 6974182550)',
      'ni får gärna ringa henne på hemnumret 08-522 381 46',
      // a Bangladeshi mobile written nationally under an MSISDN key, near a Dhaka address; a wallet's number
      '{"city": "Dhaka", "msisdn": "01819-462730"}',
      'customer bolse taka ashe nai, bKash number 01741-905286',
      'Loan nahi aaya, JazzCash number 0321-4408195',
      // a locum's mobile in a rota row that names the locum's agency; "rung on" (Irish and British English)
      'week_start,site,locum,mobile,agency\n2024-07-01,KK,Aoife Brennan,087 361 2284,Locum Partners Ltd',
      'Owner asked to be rung on 085 217 4460 with the result, not texted.',
      // a mobile wallet's column: the wallet is its owner's number
      'customer_id,name_en,bkash_wallet,city\nC-104,Rokeya Begum,01819-462731,Dhaka',
      // a Nepali wallet's id, its owner's mobile, in a payout export
      'ref,provider,wallet_id,holder,amount\nP-1,KHALTI,9841538207,A. Example,2500.00',
      // a cell phone column's number right before a trade-in VIN's cell (a comma and a digit, then capitals)
      'CUST_NO,BUYER_NAME,CELL_PHONE,TRADE1_VIN\n53901,"EXAMPLE,ANN",5805550000,1FTFW1E50PFA00000\n53902,"SAMPLE,BO",8067124093,5N1AT3BB4EC900000',
      // the customer's number in an inbound SMS webhook
      '2024-11-19T14:07:04Z INFO inbound-sms {"MessageSid": "SM0f3c", "From": "+15802259034", "To": "+15802254100", "Body": "ya voy"}',
      // a results sheet with Hindi headers (roll number, student's name, parent's mobile)
      'अनुक्रमांक,छात्र का नाम,अभिभावक मोबाइल\n2414000,रेखा वर्मा,98765 43012\n',
      `    <string name="owner_phone" translatable="false">+44 20 3${fake('{d3} {d4}', 218)}</string>`,
      '| Name | Standort | Diensthandy |\n|---|---|---|\n| A. Beispiel | Hamburg | 0151 4832 9017 |\n',
      // a German number written with a slash between the area code and the number
      `Telefon: 040 / 96${fake('{d1} {d4}', 219)}`,
      // a chargeback's evidence table
      `| Cardholder | A. Example |\n| Phone on order | 07${fake('{d3}', 101007)} ${fake('{d6}', 101008)} |`,
      // a US number written with no space after its area code's bracket, as in an HL7 next-of-kin segment
      'NK1|1|EXAMPLE^PAOLO|SPO|88 HOLLOWAY BEND DR^^COLUMBUS^OH^43214|(614)738-2056',
      'Cell: (312)847-2093',
      // an analytics event whose device id, an upper-case UUID, stands on the phone's line
      `{"$device_id": "1EB0606A-D660-4943-BEA5-A476EDA0DB09", "$os": "iOS", "phone": "06 ${fake('{d2} {d2} {d2} {d2}', 101078)}"}`,
      // a help desk's contact row: the person's company beside the person's own address
      `39120355,Henrike Example,k.example@kranich-moebel.de,+49 89 ${fake('{d4} {d4}', 101079)},end-user,Möbelhaus Renner GmbH,Berlin,de`,
      // an Argentine mobile written nationally with its 15, in a row beside an international number from Argentina
      `pais;nombre;telefono\nAR;Ana Example;+54 9 11 ${fake('{d4}-{d4}', 101087)}\nAR;Eva Example;0351 15-${fake('{d3}-{d4}', 101088)}`,
      // a Brazilian landline after "fixo"
      `Meu celular é (19) 9${fake('{d4}-{d4}', 101089)} e o fixo de casa (19) 3${fake('{d3}-{d4}', 101090)}.`,
      // a German chat: the customer called from her mobile
      `die kundin hat angerufen von 0171 ${fake('{d7}', 101115)}, sie will wissen wann abgebucht wird`,
      // an Australian landline in brackets after its label
      `She asked that we stop calling her landline ((02) 9${fake('{d3} {d4}', 101116)}), mobile only please.`,
      // a ticket's reporter, the number in brackets after the name
      `| Reported by | Ada Quillfeather (085 ${fake('{d3} {d4}', 101166)}) via tenant portal |`,
      // a Swiss mobile: "you can reach me at"
      `Unser Treuhänder ist in Kopie. Sie erreichen mich unter 079 ${fake('{d3} {d2} {d2}', 101181)}.`,
      // a German chat: "or call me at"
      `[08:58:29] Kunde: Ja. Oder rufen Sie mich an: 0151 ${fake('{d8}', 101177)}.`,
      // a Swedish mobile with when to call
      `Tack för snabbt svar.\nMobil dagtid: 073-${fake('{d3} {d2} {d2}', 101140)}\n`,
      // a SIP trace's digest and an Asterisk PJSIP configuration's accounts, named by their numbers without the plus
      `Authorization: Digest username="3120${fake('{d7}', 101196)}",realm="voip.example.nl",uri="sip:voip.example.nl"`,
      `[3120${fake('{d7}', 101196)}](cust-endpoint)\nauth=3120${fake('{d7}', 101196)}-auth\naors=3120${fake('{d7}', 101196)}\n`,
      // an IRS e-file's filer: a national number under a camelCase label with its suffix (`<PhoneNum>`)
      `<Filer><NameLine1Txt>EXAMPLE</NameLine1Txt><PhoneNum>630${fake('{d7}', 101229)}</PhoneNum></Filer>`,
      // a SIP provisioning script's accounts, named by their numbers without the plus
      `type SIPUser struct {\n\tUsername string\n}\n\nvar batch = []SIPUser{\n\t{Username: "3164${fake('{d7}', 101199)}", DisplayName: "Example"},\n}`,
      // a person's own line beside the on-call pager
      `[13:31] Example: for the record, personal mobile 0176 ${fake('{d8}', 101246)}`,
      // a Dutch customer: "reachable on my landline or via …"
      `Ik ben bereikbaar op mijn vaste nummer of via 06-${fake('{d8}', 101253)} (telefoon van een vriend).`,
      // an Amadeus PNR's mobile element
      `  7 APM +49 151 ${fake('{d8}', 101255)}/P1`,
      // a marketplace's seller export: a company's row, its contact person's own mobile
      `seller_id\tlegal_name\tcontact_person\tcontact_mobile\nS-1\tExample Retail Pvt Ltd\tA. Example\t+91-98${fake('{d8}', 101263)}\n`,
      // an Italian chat's callback number and a PEC's landline
      `[2026-10-23 10:13] operatore: mi ha lasciato il numero 06 ${fake('{d4}', 101316)} ${fake('{d4}', 101317)}, vuole essere richiamata`,
      `Per comunicazioni: oppure tel. fisso 051 ${fake('{d3}', 101318)} ${fake('{d4}', 101319)}.`,
      // an M-Pesa organisation statement's row: the customer's number, then the name
      `SFBKCIEJXZ,11-06-2024 06:23:59,Pay Bill from 25471${fake('{d7}', 101348)} - WANJIRU AKINYI OTIENO Acc. ZL24000975,Completed,500.00`,
      // a Spanish call transcript's caller gives a Czech mobile
      `[16:42:57] CLIENTE: De Movistar. El número es 739 ${fake('{d2} {d2} {d2}', 101366)}, está a nombre de mi mujer.`,
      // an M-Pesa confirmation SMS quoted in a test
      `val sms = "SFJ4L8N2QW Confirmed.You have received Ksh3,000.00 from PETER OUMA KIPLAGAT 011${fake('{d7}', 101367)} on 3/6/24"`,
      // a captive portal's RADIUS log: a visitor's phone number as the login
      `2024-06-01 10:04:34 INFO  radius: Access-Accept user=85 98${fake('{d3}', 101368)}-${fake('{d4}', 101369)} calling-station-id=x nas=172.20.14.2`,
      // German mail: the number, then "reachable"; a call-back request; a code re-sent to a mobile
      `Ich bin tagsüber unter 0676 ${fake('{d7}', 101384)} erreichbar.`,
      `Bitte rufen Sie mich zurück unter 0170 ${fake('{d8}', 101385)}. Es geht um Fall KFZ-2024-0291.`,
      `Telefonisch bin ich am besten unter 0162 ${fake('{d8}', 101386)} zu erreichen.`,
      `Consent recorded. Token re-sent to 0433 ${fake('{d3} {d3}', 101387)}. Patient confirmed receipt.`,
      // a Dutch ticket's landline after the mobile; a work order's alternative number
      `- telefoon: 06 1938 ${fake('{d4}', 101390)} (bij voorkeur na 17:00), vast 071-514${fake('{d4}', 101391)}`,
      `    "phoneAlt": "030 271 ${fake('{d2} {d2}', 101392)}",`,
      // a Croatian mail: "his mobile is …"
      `Mobitel je 099 ${fake('{d3} {d4}', 101438)}, javite se ako treba.`,
      // a live chat's customer leaving a number in German
      `09:14:22 Kunde: Alles klar, danke! Ruft mich an wenn was ist: 0172-${fake('{d7}', 101416)}`,
      // a refund export's wallet column, a payment's payer written nationally (Bangladesh's bKash)
      `payout_id,customer_wallet,taka\nPO-77,017${fake('{d8}', 101723)},250`,
      `Payment(trx_id='KX9Q', payer='018${fake('{d8}', 101724)}')`,
      // a case note of a call with the customer
      `- Telefonat mit Herrn Beispiel unter 040 2${fake('{d7}', 101763)}, Rückfrage zur Rechnung.`,
      // a support call's note: the customer, their employer in brackets, then their callback number
      `Kunde: Ansgar Beispiel (Kestrel GmbH)\nTelefon: 0157 ${fake('{d4} {d4}', 101769)}`,
      // a Hebrew ticket's "her phone" and "to call back", and a chat's "reachable on"
      `הטלפון שלה 052-${fake('{d7}', 101778)}, אנדרואיד`,
      `לחזרה: 054-${fake('{d7}', 101779)}`,
      `I'm out today, reachable on 050-${fake('{d7}', 101780)} if needed`,
      // a voicemail's record: the number that called
      `voicemail VM-1 received: 2024-05-20 19:40  duration: 0:28\ncaller_id: +39320${fake('{d7}', 101829)}\nasr_engine: whisper`,
      // a ticket's "can be reached on"
      `She can be reached on 07723 ${fake('{d6}', 101850)} or by e-mail.`,
      // an SMS gateway's delivery report: the recipient in E.164 without its plus
      `2025-03-02T10:11:12Z dlr bind=smsc_1 msg_id=7f3e dest=447723${fake('{d6}', 101857)} stat=DELIVRD err=000`,
      // a WhatsApp gateway's log: the recipient in E.164 without its plus
      `{"msg": "template sent", "provider": "gupshup", "destination": "447723${fake('{d6}', 101909)}", "template": "due_v3"}`,
      // a French e-mail's signature block: the sign-off, the name, the company, the number alone on its line
      `Cordialement,\nYsaline Wauthier\nTransports Exemple — Service du personnel\n06 ${fake('{d2} {d2} {d2} {d2}', 101910)}\n`,
      // a call-centre note: the customer asks to be called back on a number
      `Pide que le llamemos al 6${fake('{d2} {d2} {d2} {d2}', 101915)} cuando esté la factura rectificada.`,
      // a collections team's chat: the customer's name, a hyphen, the number
      `[12/11/24, 9:44:48 AM] Agent Desk: Ysaline Wauthier - 98${fake('{d8}', 101914)} phone switched off since 3 days`,
      // an SMS dispatcher's log, its fields named in a comment line above the rows
      `# fields: ts | msg_id | to | status\n2025-03-02 07:01:23 | 7F3E9A0C | 447723${fake('{d6}', 101858)} | DELIVERED\n`,
      // an insurer's match export: the person's phone beside their employer, under its own column
      'SVNR,Familienname,Vorname,Telefon,Dienstgeber,Status\n0000000000,Beispiel,Gudrun,0664 3829175,"Kestrel Stahl GmbH",OK\n',
      // a merchant's onboarding row: the shop's legal form, then its owner's mobile under its own column
      `application_id,business_name,owner_name,owner_mobile\nAPP-7,Kestrel Noodle Pte. Ltd.,Nur Aina binti Example,+65 9${fake('{d3} {d4}', 102019)}\n`,
      // a hotel's reservations: the guest's number in a row whose room is named after a poet (no sample person)
      `codigo,canal,tipologia,hospede,telefone\nRES-1,Telefone,Quarto Fernando Pessoa (vista rio),A. Kestrel,+39 347 ${fake('{d3} {d4}', 102045)}\n`,
      // a dialler's call log: an outbound call's dialled number (DNIS) is the customer's
      `CALL ID,TIMESTAMP,CALL TYPE,AGENT NAME,ANI,DNIS,DISPOSITION\n300000004118986,"Tue, 01 Oct 2024 08:03:03",Outbound,A. Agent,8449271300,713${fake('{d7}', 102038)},Abandon\n`,
      // an HL7 2.3 telecom field in its parts: the country code, the area code and the local number each in a component
      `GT1|1||HALVORSEN^DEREK^T||4812 PIEDMONT AVE^^AUSTIN^TX^78701|^PRN^PH^^1^512^4${fake('{d6}', 102076)}||19670308|M`,
      // a switch's CDR file under its field names, written as a comment (`# rec_type|seq|calling|called|…`)
      '# Kestrel MSC-02 | voz\n# rec_type|seq|calling|called|dur_s|cell_id\nMOC|5120|528119274036|525548820173|61|50811\nMTC|5121|525548820173|528119274036|34|50811\nMOC|5122|524421938205|523318827461|12|21876\nSMS_MO|5123|526641837209|525519283746|0|21876\n',
      // a FreeRADIUS log's user, a fixed-wireless subscriber's MSISDN
      'Tue May 14 02:11:09 2024 : Auth: (4411) Login OK: [525538172946] (from client pgw-02 port 0 cli 3C-5A-B4-11-22-9F)',
      // Mercado Pago's payer phone: the area code apart, no country code
      '{"payer": {"email": "x@y.com.ar", "phone": {"area_code": "11", "number": "43917268"}}, "currency_id": "ARS"}',
      // an audit log's change of a phone field, old and new value
      'AUDIT campo=telefono_contacto anterior="5538291746" nuevo="5547102938" resultado=OK',
      // a number portability request's number
      'folio,numero_a_portar,fecha\n7731,5529184736,2024-05-10\n7732,5531847265,2024-05-11',
      // a call-detail record's caller on row after row, beside a different number each time: still one subscriber
      'rec_type|seq|calling|called|dur_s\nMOC|1|528119274036|525548820173|61\nMOC|2|528119274036|524421938205|34\nMOC|3|528119274036|523318827461|12\nMOC|4|528119274036|526641837209|40\n',
      // a shop's row (opening hours, a legal form): its manager's own mobile column
      'id,gerente,correo_gerente,celular_gerente,horario,razon_social\nAR-1,Noemí Ejemplo,nejemplo@kestrel-mail.com.ar,+54 9 11 4739-2816,Lun a Sáb 10 a 20 hs,Kestrel Argentina S.A.\n',
      // an audit log's change of a phone field, its new value alone (valor_nuevo=)
      'accion=MODIFICA_CLIENTE cliente=CLI0200001 campo=telefono valor_nuevo="612847305" resultado=OK',
      // a Huawei HLR's MML provisioning batch: the subscriber's MSISDN under ISDN
      'ADD TPLSUB:HLRSN=1,IMSI="334140000000017",ISDN="525547182930",TPLID=11;',
    ],
    negative: [
      // a rental platform's landlords: their Mangopay user and wallet ids beside their phone
      'id,first_name,last_name,phone,mangopay_user_id,mangopay_wallet_id\n7,A.,Example,+32470000000,219793992,219793993\n',
      // a Korean settlement file's business registration number (3-2-5, its check digit), beside the contact's phone column
      '정산월,판매자ID,상호,사업자등록번호,연락처\n2024-03,slr_1,견본 상회,418-86-02732,연락 요망\n',
      // an e-invoice's destination code and its municipality's code
      '        <idDest>2</idDest>\n        <cMunFG>3550308</cMunFG>',
      // a USSD session's paybill keyed in; a Nigerian company's registration number
      `INFO ussd session serviceCode=*384*12# networkCode=63902 text="2*${fake('{d7}', 101692)}*ACC1"`,
      `Kestrel Grains Ltd, RC ${fake('{d7}', 101693)}, Kano`,
      // a client list's column of Polish tax numbers (NIP), grouped 3-3-2-2 as a Russian mobile would be
      `firma,nip_firmy,osoba_kontaktowa,email\n"Sklep Przykład",917-${fake('{d3}-{d2}-{d2}', 101561)},A. Przykład,a.przyklad@poczta.example.pl\n`,
      // a signature's desk line: the service's name and a dash before its number
      '> Klantendienst Voorbeeld België – 02 512 34 56',
      // a provider directory's practice ABN, in its 2-3-3-3 groups
      'clinic,abn,given,family,email\nExample Health,51 824 753 556,Ana,Example,ana.example@outlook.com\n',
      // a call record's start and end times, under headers that name the call
      'rec,call_time,call_end\nMOC,20250301120000,20250301121502',
      // a help desk's export: the system's own tickets carry the desk's number beside its no-reply address
      'TicketID,Created,Requestor,Requestor Email,Requestor Phone,Type\nTDX-1,2025-09-08 02:00,System,noreply@brookfield-state.edu,(614) 292-7180,Monitoring\n',
      // an office line with its extension after a comma (French "poste")
      'Tél. : 514 931-4476, poste 212',
      // a payment gateway's test customer's number in a webhook fixture
      '        "contact": "+919000090000",',
      // a Swedish personal identity number under its English name
      `Personal number: 850312-${fake('{d4}', 101247)}`,
      // an e-file's SSN below a phone's label
      `<Phone></Phone>\n<Filer><PrimarySSN>763-${fake('{d2}-{d4}', 101228)}</PrimarySSN></Filer>`,
      // a user name of digits in a text that says nothing of SIP: an account number
      `{"username": "3164${fake('{d7}', 101199)}", "plan": "basic"}`,
      // a PJSIP extension's section: no number anywhere
      '[1001](office-endpoint)\nauth=1001-auth\naors=1001\n',
      // a Finnish company's exchange, marked as such by its writer
      `Käsittelijä Ville Example, +358 10 ${fake('{d3} {d4}', 101141)} (switchboard).`,
      'Support hotline for customers: +49 30 12000 3000 (Mo–Fr 8–18 Uhr), the company switchboard.',
      // a run of digits, a test's stand-in
      'assert not is_valid_phone("1234 5678 9012")',
      'Mobile: +1 234 567 8901',
      // a company's switchboard with its `-0` extension, beside the contact's own mobile (a positive)
      `Firma;Zentrale\nMusterwerk GmbH;+49 89 ${fake('{d4}', 101015)}-0`,
      // a merchant's business line beside the owner's own mobile (found, in the positives)
      '  Business phone: (720) 388-0142',
      // a SIN column's sample number beside the phone column
      'employee,sin,mobile\nE-9,046 454 286,604-555-0142\n',
      // a private network in CIDR notation
      'Routes: the office range `10.40.0.0/16` goes through the tunnel.',
      // a collation's code points
      '0063 0043 0053 ; [.1FD7.0020.0002][.1FD7.0020.0008] # <LATIN SMALL LETTER C>',
      // a signed decimal in a doctest
      ">>> ExtendedContext.quantize(Decimal('+35236450.6'), Decimal('1e-2'))",
      // an office's reception desk, in Polish
      '- **Kraków:** ul. Długa 5, 31-146 Kraków — recepcja +48 12 422 18 00',
      // a travel agency's hotel catalogue: the hotels' own lines
      "INSERT INTO `cat_hoteles` VALUES (310,'HB-110482','Hotel Mirador del Puerto','Valencia','ES',4,'+34 963 51 27 40','reservas@miradorpuerto.es'),",
      // an app's support line in its string resources, a desk's customer-care line in a runbook
      `    <string name="support_phone" translatable="false">+44 20 3${fake('{d3} {d4}', 216)}</string>`,
      `- Customer care: 020 3${fake('{d3} {d4}', 217)}, escalations go to the duty manager`,
      'Example AB · Box 100\nKundtjänst SE 08-520 300 00 · NO +47 21 90 00 00 · DK +45 70 20 00 00',
      // a Nordic company's customer service lines
      'Kundtjänst SE 08-520 300 00 · mån–fre 8–17',
      'Har du frågor? Ring oss på 08-520 300 00.',
      // a pick-up point's record in a courier's list: its address, its phone, its hours
      '{\n  "id": 100,\n  "address": "Local 3, Rue des Oliviers",\n  "phone": "023 68 41 17",\n  "coords": [36.7, 3.1],\n  "hours": "09:00-16:30"\n}',
      'ListingId,ListPrice,ListAgentFullName,ListOfficeName,ListOfficePhone\nRMLS10000001,450000,"Example Agent","Northwest Homes Realty",(503) 555-2100\nRMLS10000002,399000,"Example Agent","Cascade Realty Group",(503) 823-7410\n',
      // a directory's switchboard column, a client list's main line, business and fiction numbers written nationally
      'Nom complet;Service;Mobile;Standard\nLéa Marchand;DSI;;04 72 41 88 00\nTom Royer;RH;;04 72 41 88 00',
      'tenant_id,会社名,代表電話\nt_001,株式会社ひかり商事,06-6345-7788',
      '{"support_phone": "1300 472 819", "free_jp": "0120-389-144"}',
      // a web app's support lines, one per country; an appsettings file's support object; an SMS gateway's sender
      'VITE_SUPPORT_PHONE_NO=+47 22 81 40 00\nVITE_SUPPORT_PHONE_DK=+45 33 91 20 00',
      '  "Support": {\n    "Email": "support@kestrel.dk",\n    "Phone": "+45 33 91 20 00"\n  }',
      'twilio {\n  account-sid = ${?TWILIO_SID}\n  from = "+41 79 512 00 00"\n}',
      'acme.sms.twilio.from=+46 76 512 30 00',
      // a desk's line named in a team chat, a conference bridge's dial-in and its meeting id, a hotline by
      // its note, an app's hotlines by country
      '    Kundene skal ringe support-nummeret vårt: +47 22 81 40 00, ikke mobilene våre',
      '    I weekenden: ring til supporten på +45 33 91 20 00.',
      'Incident bridge (dial-in +44 20 3318 5520, meeting ID 481552907#).',
      '| Bereitschaft | +49 89 4141 2200 (Hotline) |',
      "export const SUPPORT_HOTLINE = {\n  SG: '+65 6225 1800',\n};",
      '"mobile": "0491 570 157",',
      // the business's own number in a WhatsApp Cloud API webhook (the sender's wa_id is a customer's)
      '{"messaging_product": "whatsapp", "metadata": {"display_phone_number": "212537714820", "phone_number_id": "104857362910475"}}',
      // the same numbers on an English line, or a Vietnamese landline, need a label; so does 00 + digits unbroken
      'ref 00467341851055 end',
      'VD118204,2025-02-11 07:40,SHP-4410,0912.608.375,41 Main St',
      'Kho Quận 1: tổng đài 028 3910 2277',
      // Safaricom's Daraja sandbox subscriber; the sender of Twilio's API reference examples
      '{"Name": "PhoneNumber", "Value": 254708374149}',
      'twilio:\n  from: "+15017122661"',
      "    'pagafacil-br': { did: ['+551140037788'], language: 'pt-BR', tz: 'America/Sao_Paulo' },",
      '"TN":"20123456","TO":"7715123","TR":"5012345678"',
      'TWILIO_FROM=+3197010250399',
      'Vous pouvez aussi nous appeler au +31 20 808 4412.',
      'Bei Fragen erreichen Sie uns unter +31 20 808 4412.',
      'Questions? Call us at +44 20 7946 0123 any weekday.',
      '  { name: "Max Mustermann", email: "max@mustermann.example",   phone: "+49 30 901820" },',
      "| Họ tên | Nguyễn Văn A | SĐT: 0903 861 274 |",
      'gp_practice_phone: 0113 496 0000',
      'Atendimento +55 11 3048-2200 · financeiro@tidewaterlabs.io (Tidewater Labs Ltda)',
      'Sample customer in the sandbox: Jane Roe, +1 (555) 010-9999.',
      'released 2024-01-15 as build 10.0.19041.1',
      'server 192.168.100.200 answered',
      `order id 4155${fake('{d6}', 206)}`,
      'x = y +12 and total +1234',
      '"phone_verified_at": 1700000000',
      `phone: +1 (000) 000-0000`,
      'e.g. +44 7400 000000 or +1 212 123 4567',
      // fiction and drama ranges
      'Call +1 (415) 555-0142 or +1-800-555-0199, or Sherlock on +44 20 7946 0958',
      'mobile: +44 7700 900123',
      'call 1-800-463-3339 for support',
      'Step 1-415 of the migration: call the hook',
      '"Ticket ID","Full name","Contact ID","Phone"\n"48201","Anand M","84031840876",""',
      "exemple fictif (plage réservée à la fiction) : tél. +33 6 39 98 00 00",
      "'telephone' => '01 99 00 12 34',",
      // a request's id; a Turkish company's 0850 call-centre number
      '{"stkCallback": {"MerchantRequestID": "7311-40925516-1", "CheckoutRequestID": "ws_CO_0905202411"}, "msisdn": "+254700000001"}',
      'Müşteri hizmetleri: 0850 312 44 90',
      // a desk's line: beside its mailbox, after Fax, with an extension or service hours, under an office key
      '| Crewing | crewing@shipmanager.example | +30 210 4471 320 |',
      'Fax: +44 20 7123 4567',
      '深圳办公室 电话 0755-8623 1457 转 8006',
      '  "office_phone": "+91 22 2287 1190",',
      '- Satellite NOC 24/7: +47 21 00 77 10',
      // a directory of GP practices: each row's number is a surgery's
      'code,name,street,town,postcode,phone\nB99999,Example Road Medical Practice,Example Road,Harrogate,HG1 5BT,01423 202 450\n',
      // a customer service's line with its weekdays written out
      'U kunt ons ook telefonisch bereiken op 03 808 41 00 (maandag–vrijdag, 8u–18u).',
      // a branch list's row: the branch named, the company's tax number (a Peruvian company's RUC)
      'code,branch,country,ruc,address,phone\nB07,Agencia Example Centro,PE,20573184926,"Jr. Example 218, Arequipa",(054) 27-3310',
      // a loan's number: branch, year, serial
      'Pago del préstamo 0007-2023-04817 recibido',
      // a company's VAT number after its label in a chat
      '06/05/24, 18:32 - Cliente: i dati sono questi: Tipografia Ferri snc, piva 21800040375, codice sdi X1Y2Z3A',
      // a dealer's line in its own column of an inventory feed; a business's number in an inbound SMS webhook
      'dealer_id,dealer_name,dealer_phone,stock_number,vin\n30001,Prairie Ford of Elk City,(580) 225-4100,E21044,1FTFW1E50PFA00000',
      '2024-11-19T14:07:04Z INFO inbound-sms {"MessageSid": "SM0f3c", "From": "<redacted>", "To": "+15802254100", "Body": "ya voy"}',
      // a SNILS in its printed form beside a Russian mailbox, not a number to call
      'Пример И.;ivan.primer@list.ru;112-233-445 95',
      // a supplier register's company row: its legal form in a cell, no person named: the switchboard
      'codice\ttipo\tragione_sociale\tpiva\tnote\ttelefono\tcitta\nF-07\tBUS\tKestrel Tessuti S.r.l.\t\t\t06 45230800\tRoma\n',
      // a Spring properties file's company line (a dotted key)
      'company.bankgiro=5050-1055\ncompany.phone=08-120 450 00',
      // an SMS gateway's senders, one per country, and a channel's sender behind its prefix
      '[twilio]\naccount_sid = "${TWILIO_SID}"\nfrom_fr = "+33757204418"\nfrom_es = "+34960274418"',
      'twilio:\n  messaging-service: ${TWILIO_MSG_SID}\n  whatsapp-from: "whatsapp:+4915204418000"',
      // a telephony tenant's configuration: its own outgoing caller id
      "    'kestrel-it': { caller_id: '+390294752201', language: 'it-IT' },",
      // a number alone on its line under a name with no sign-off above it: a report's, not a signature's
      `Totaux du mois\nCommandes Livrées\n06 ${fake('{d2} {d2} {d2} {d2}', 101911)}\n`,
      // a radio cell's global id (MCC-MNC-LAC-CI) under its key
      'session=4f1e code=*611# cell=722-310-5127-40963 ms=200',
      // an SMS reminder export's sender column beside its recipient's: the practice's own number
      'message_sid,to,from,status\nSM1,+12085550100,+12082790000,delivered\n',
    ],
  },
});
