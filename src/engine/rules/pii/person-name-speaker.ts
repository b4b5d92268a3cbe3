import { defineRule } from '../defineRule';
import { native } from '../../scan/nativeRegex';
import { FULL_NAME, isLexiconFullName, isSurnameFullName } from './_fullName';
import { UPPER, LOWER } from './_latin';
import { ALL_GIVEN_NAMES, BOT_OR_TEAM_WORD, NOT_SURNAMES, isLoneGivenName, isPlaceholderOrBrand } from './_names';
import { perText } from '../../scan/perText';

/** A speaker: a full name, or a given name alone (checked against the lexicon). */
const SPEAKER = `${FULL_NAME}|[${UPPER}][${LOWER}]{1,24}`;

/** A title before a chat speaker's name, as WhatsApp shows a contact saved with it (`Dra. Silvina Arce: …`). */
const SPEAKER_TITLE = '(?:Dr|Dra|Sr|Sra|Srta|Lic|Ing|Prof|Mr|Mrs|Ms|Dott|Herr|Frau)\\.? ';
const TITLE_BEFORE = new RegExp(`(?<![\\w])${SPEAKER_TITLE}$`, 'u');

/** Two capitalised words: a speaker on a line of its own, given name first or (Teams in Austria and Germany) surname first. */
const TWO_WORDS = `[${UPPER}][${LOWER}]{1,24} [${UPPER}][${LOWER}]{1,24}`;

/** Both orders of a two-word name: a known given name first, or a known given name second with a surname-like word first (`Aigner Dominik`). */
function isNameEitherOrder(name: string): boolean {
  if (isLexiconFullName(name)) return true;
  const [first, second] = name.split(' ') as [string, string];
  return !isPlaceholderOrBrand(name) && ALL_GIVEN_NAMES.has(second) && !ALL_GIVEN_NAMES.has(first) && !NOT_SURNAMES.has(first) && !NOT_SURNAMES.has(second);
}

/** A speaker after a chat line's timestamp, as the text's lines name them (see speakerLines). */
const SPEAKER_AFTER_TIME = native(/(?:\d\]|\d -)[ \t]{1,2}([A-Z][^\n:\]\[]{2,40}):[ \t]/gu);

/** Per text: how many timestamped chat lines each speaker opens. */
const speakerLines = perText((text) => {
  const counts = new Map<string, number>();
  for (const m of text.matchAll(SPEAKER_AFTER_TIME)) counts.set(m[1] as string, (counts.get(m[1] as string) ?? 0) + 1);
  return counts;
});

/**
 * Two capitalised words that speak on two or more timestamped lines of a chat export: a participant
 * (`[01/06/2024, 07:58:12] Una Keogh: …` and later lines), whether or not the lexicon knows the
 * name. Not a bot's, a team's or a brand's name (`GitHub Actions`, `Build Bot`, `Shop Support`).
 */
function isChatParticipant(name: string, text: string): boolean {
  if ((speakerLines(text).get(name) ?? 0) < 2) return false;
  return !BOT_OR_TEAM_WORD.test(name) && !isPlaceholderOrBrand(name) && !name.split(' ').some((w) => NOT_SURNAMES.has(w));
}

/** A date and time after a speaker's opening bracket, to the closing one: `Luana (11/02/2025 09:14):`. (Those shapes start at the bracket or the time and look back for the speaker, of at most 22
 * characters, so that the match stays within NEAR_DIGITS of the time: from each line start they
 * cost 50 ms a bench pass.) */
const BRACKETED_TIME = `\\d{1,2}[./-]\\d{1,2}[./-]\\d{2,4},? \\d{1,2}[:.]\\d{2}(?::\\d{2})?(?: ?[AaPp][Mm])?\\)`;

/** A chat export's timestamp: `[09/06/2024 17:25]`, `[17:25:03]`, `09/06/2024, 17:25 -` (WhatsApp), `17:25`. */
const TIMESTAMP = `(?:\\[[^\\]\\n]{0,20}\\d{1,2}:\\d{2}[^\\]\\n]{0,12}\\]|\\d{1,2}[./-]\\d{1,2}[./-]\\d{2,4},? \\d{1,2}:\\d{2}(?::\\d{2})?(?: ?[AaPp][Mm])? -|\\d{1,2}:\\d{2}(?::\\d{2})?(?: ?[AaPp][Mm])?)`;

// The speaker of a chat line after its timestamp, as Teams, Slack and WhatsApp
// export them and chat logs write them: `[09/06/2024 17:25] Lars Heinemann: the deploy broke…`,
// `09/06/2024, 17:25 - Ana Souza: …`, `17:25 Sanne van den Berg (guest): …`, or a given name alone
// (`09/03/2025, 19:15 - Achieng: …`); and a support ticket's speaker before its time
// (`Luana (11/02/2025 09:14): …`, `Ananya 10:41  hello`), or a copied Teams conversation's speaker
// alone on the line under the time (`[10.03.2025 06:19] Aigner Dominik`). The given name must be in the lexicon
// (bots and services are not: `[17:25] GitHub Actions:`). Every such line has two
// adjacent digits in its timestamp, so the rule looks only near digits (a pass over every line
// start of every text cost ~50 ms on the 54 MB bench corpus; near digits, a fraction of that).
/** A role word before a given name alone: `Agent Leah`, `Support Tom`, `Advisor Priya`, `Agentin Jana`. */
const SPEAKER_ROLE_FIRST = native(/^(?:Agent|Support|Operator|Advisor|Adviser|Rep|Representative|Assistant|Moderator|Admin|Host|Staff|Tech|Technician|Specialist|Concierge|Coach|Atendente|Agente|Asesor|Asesora|Operador|Operadora|Mitarbeiter|Mitarbeiterin|Agentin|Beraterin|Berater|Kundenberater|Kundenberaterin|Servicemitarbeiter|Servicemitarbeiterin|Conseiller|Conseillère|Conseillère clientèle|Agent d'accueil|Agente de atención|Operatore|Operatrice|Consulente|Medewerker|Medewerkster|Handläggare|Kundtjänst|Rådgiver|Konsulent|Agen|Ejen|Petugas|Staf) [\p{Lu}][\p{Ll}]+$/u);

/** A country's name as a business account's display name ends in it (`… Portugal`, `… Brasil`, `… España`). */
const COUNTRY_LAST = native(/ (?:Portugal|Brasil|Brazil|España|Espana|Spain|México|Mexico|Colombia|Chile|Argentina|Perú|Peru|Angola|Moçambique|Italia|Italy|France|Deutschland|Germany|Österreich|Schweiz|Suisse|Nederland|Belgi[eë]|Polska|UK|USA|Ireland|India|Nigeria|Kenya)$/u);

export default defineRule({
  id: 'person-name-speaker',
  category: 'pii',
  description: "Person's name as the speaker of a timestamped chat line ('[17:25] <name>: …')",
  keywords: [],
  nearDigits: true,
  // Or Slack's copy and paste: the speaker's name (bold in Markdown) on a line of its own with the
  // time (`**Megan Holloway**  02:14`, `Megan Holloway  2:14 AM`). (That branch starts at the line
  // break, not with a lookbehind for it: V8 then skips to line breaks instead of trying every position.)
  pattern: new RegExp(
    `(?<![\\w:./-])${TIMESTAMP}[ \\t]{1,2}(?:${SPEAKER_TITLE})?(${SPEAKER})(?: \\([^()\\n]{1,30}\\))?:[ \\t]|\\n(?:\\*\\*)?(${FULL_NAME})(?:\\*\\*)?[ \\t]{1,3}\\[?\\d{1,2}:\\d{2}(?: ?[AaPp][Mm])?\\]?[ \\t]*(?=\\r?\\n)|\\((?=(${BRACKETED_TIME}):[ \\t])(?<=(?:^|\\n)(?=[^\\n]{2,22} \\()(${SPEAKER}) \\()|\\d(?=(\\d?:\\d{2}) {2}\\S)(?<=(?:^|\\n)(?=[^\\n]{2,22} \\d)(${SPEAKER}) \\d)|(?<![\\w:./-])\\[\\d{1,2}[./-]\\d{1,2}[./-]\\d{2,4},? \\d{1,2}:\\d{2}(?::\\d{2})?\\][ \\t]{1,2}(${TWO_WORDS})[ \\t]*(?=\\r?\\n)|(?<![\\w:./-])\\d{1,2}:\\d{2}:\\d{2}[ \\t]{1,2}From (${FULL_NAME}) to [^\\n:]{1,60}:[ \\t]*(?=\\r?\\n)`,
    'gu',
  ),
  secretGroup: [1, 2, 4, 6, 7, 8],
  validate: (name, ctx) => {
    if (ctx.match[7] !== undefined) return isNameEitherOrder(name);
    // A Zoom meeting's saved chat (`04:08:30 From Ana Souza to Everyone:`): a participant's display name.
    if (ctx.match[8] !== undefined) return isLexiconFullName(name) || isSurnameFullName(name) || isChatParticipant(name, ctx.text);
    // A support chat's agent named by role and given name (`[14:03:20] Agent Leah:`): the company's
    // representative under the name it shows every customer, a given name alone.
    if (SPEAKER_ROLE_FIRST.test(name)) return false;
    // (After a title, `Dra. Silvina Arce:`, any two capitalised words that are no organisation's;
    // after a timestamp, a name ending in a common surname: `Anneline Botha:`.)
    // (A business account's name that ends in its country, `Trilha Saber Portugal:`, whose first word is no given name.)
    if (name.includes(' ') && COUNTRY_LAST.test(name) && !ALL_GIVEN_NAMES.has(name.slice(0, name.indexOf(' ')))) return false;
    if (name.includes(' ')) return isLexiconFullName(name) || (ctx.match[1] !== undefined && (isSurnameFullName(name) || isChatParticipant(name, ctx.text))) || (native(TITLE_BEFORE).test(ctx.text.slice(Math.max(0, ctx.start - 8), ctx.start)) && !isPlaceholderOrBrand(name) && !name.split(' ').some((w) => NOT_SURNAMES.has(w)));
    // A given name alone: a WhatsApp export's contact (`…, 19:15 - Achieng:`) or a ticket's speaker
    // before its time, not a support chat's agent after a bracketed time (`[10:47:20] Samir (Helpdesk):`),
    // whom other transcripts name the same way and the company shows every customer.
    if (ctx.match[1] !== undefined && !/ -[ \t]{1,2}$/u.test(ctx.text.slice(Math.max(0, ctx.start - 4), ctx.start))) return false;
    return isLoneGivenName(name);
  },
  redactAs: 'name',
  references: ['https://gdpr-info.eu/art-4-gdpr/'],
  examples: {
    positive: [
      '[09/06/2024 17:25] Lars Heinemann: the deploy pipeline broke after the ACR password rotation',
      '# #sre-oncall\n\n**Megan Holloway**  02:14\nanyone around? ledger-worker is crashlooping\n',
      'anyone around?\nOliver Pennington  2:15 AM\nhere. looking.\n',
      '09/06/2024, 17:25 - Ana Souza: chego às 18h',
      '17:25 Sanne van den Berg (guest): can you share the invoice?',
      '[10:02:41] Chloé Dubois: can someone pull the record?',
      '"text": "[09/06/2024 16:49] Lars Heinemann: thx"',
      '09/03/2025, 19:15 - Achieng: Asante! Nimehifadhi.',
      '[10.03.2025 06:19] Aigner Dominik\nLKW 3 ist da, Rampe 4 frei?\n',
      'Luana (11/02/2025 09:14): paguei duas vezes, quero o reembolso',
      'ticket 7731\nAnanya 10:41  hello, mera refund abhi tak nahi aaya.',
      '14/3/26, 07:03 - Dra. Silvina Arce: Buen día! Armé este grupo para coordinar',
      '03/06/2024, 09:17 - Rialet Mbambo: ek het die vorm gestuur',
      // a participant the lexicon doesn't know, speaking on two lines of a WhatsApp export
      '[02/06/2024, 08:01:10] Brannagh Quill: on my way\n[02/06/2024, 08:30:44] Brannagh Quill: here now, which room?',
      // a Zoom meeting's saved chat
      '04:07:55 From Orla to Everyone:\n\trevert PR is up\n04:08:30 From Marcus Ellingworth to Everyone:\n\tcan\'t reach the cluster from here\n',
    ],
    negative: [
      // a business account's display name, its country last
      '[09/05/2024, 10:21:13] Trilha Exemplo Portugal: Bom dia! Consigo emitir a fatura hoje.\n[09/05/2024, 10:26:11] Trilha Exemplo Portugal: Sem problema.',
      // a travel agency's branch writing in a WhatsApp export
      '12/04/24, 09:20 - Giulia Viaggi Roma: Buongiorno! Le mando il preventivo.',
      '[2024-06-09 17:25] GitHub Actions: build failed',
      '04:12:40 From Build Agent to Everyone:\n\tpipeline 8841 green\n',
      '[INFO] Cache Manager: warmed 200 keys',
      '17:25 Build Agent: started',
      '[14:03:20] Agent Leah: Hi Tom, sorry about that.\n[14:04:30] Agent Leah: Please do not share the full card number here.',
      // the same in Indonesian and Malay (agen, ejen)
      '[10:31] Agen Dewi: Halo Kak, mohon maaf.\n[10:33] Agen Dewi: Terima kasih Kak.\n[14:03] Ejen Siti: Boleh berikan nama penuh?',
      '[08:55:40] Agentin Jana: Guten Morgen! Wie kann ich helfen?\n[08:56:50] Agentin Jana: Danke, ich sehe die Buchung.',
      '**Deploy Window**  02:00\nno changes after this\n',
      '[09/06/2024 17:25] John Doe: test message',
      'at 17:25 Lars Heinemann said: ok',
      'v1.2:17:25 Lars Heinemann: x',
      '[09/06/2024 17:25] Deploy: started',
      '[10:47:20] Samir (Helpdesk): Hi there, thanks for contacting us.',
      'Build (09/04/2025 18:02): passed',
      'Total 14:02  elapsed',
      '03/06/2024, 09:15 - Soporte Tandia: gracias por escribirnos',
      '03/06/2024, 09:15 - Claims Team Botha: noted',
      // the same speaker on one line only; a business account that speaks on many
      '[02/06/2024, 08:01:10] Brannagh Quill: on my way',
      '14/5/24, 09:58 - Lumo Pago: Hola, soy el asistente virtual\n14/5/24, 09:59 - Lumo Pago: Te paso con el equipo',
      // a lender's WhatsApp Business account, speaking twice
      '14/03/2025, 09:02 - Kestrel Credit: Karibu! Nikusaidie aje?\n14/03/2025, 09:05 - Kestrel Credit: Pole sana kwa usumbufu.',
      // a marketplace's WhatsApp Business account for its sellers, speaking twice
      '14/03/2025 10:02 - Kestrel Casa Vendedores: Olá! Aqui é o suporte.\n14/03/2025 10:06 - Kestrel Casa Vendedores: Verifiquei aqui.',
    ],
  },
});
