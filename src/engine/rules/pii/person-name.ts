import type { MatchContext } from '../../types';
import { defineRule } from '../defineRule';
import { columnHeader, headerCellRegex, tableHeaderRow, isInCitation, isInProductColumn, isInPlaceTableRow, isCompanyNameAt, isCopyrightHolder, isNamedAfterInstitution, isOnPlaceholderPersonLine, lineEndNear, lineStartNear, matchLine } from './_context';
import { isRoleMailbox } from './_mailboxes';
import { ALNUM, LOWER, UPPER, WORD_CHAR } from './_latin';
import { FR_SURNAME_HEADER_SOURCE, ALL_GIVEN_NAMES, GIVEN_NAMES, WORD_NAMES, INNER_CAPITAL_GIVEN_SOURCE, toGivenPart, NOT_SURNAMES, ORGANISATION_WORD, PLACEHOLDER_SURNAMES, foldName, isKoreanWesternOrderName, isPlaceholderOrBrand, isLoneGivenNameInProse } from './_names';
import { PARTICLE, SURNAME } from './_fullName';
import { caseForms, toSuffixTrieSource, toTrieSource } from './_trie';
import { SURNAMES } from './_surnames';
import { native } from '../../scan/nativeRegex';
import { perText } from '../../scan/perText';

const GIVEN_AT_WORD_START = toTrieSource(GIVEN_NAMES, `(?<![${ALNUM}_@./\\\\-].)`);
const SURNAME_REST = `[${LOWER}]{1,24}(?:-[${UPPER}][${LOWER}]{1,24})?`;
const END = `(?![${WORD_CHAR}_@])`;
const TITLE = '(?:Herr\\/Frau|Frau\\/Herr|Mr|Mrs|Ms|Miss|Mx|Dr|Prof|Herr|Herrn|Frau|Hr|Fr|Mme|Mlle|M|Sr|Sra|Srta|Dott|Dott\\.ssa|Sig|Sig\\.ra|Pani|Pan|Panie|pane|paní|domnule|doamna|doamnă|doamnei|gospodine|gospođo|Madame|Monsieur|heer|mevrouw|Signora|Signor|dott\\.ssa)';
const GREETING_WORDS =
  'Dear|Hi|Hello|Hey|Hallo|Lieber?|Sehr geehrter?|Guten Tag|Moin|Servus|Bonjour|Salut|Cher|Chère|Hola|Estimad[oa]|Querid[oa]|Ciao|Gentile|Caro|Cara|Olá|Oi|Beste|Geachte|Hoi|Hej|Hei|Good (?:morning|afternoon|evening)|Thanks|Thank you|Grazie|Danke|Merci|Gracias|Obrigad[oa]|Bedankt|Yo|' +
  // greetings of the other languages the labels cover
  'Welcome|Welkom|Willkommen|Bienvenue|Bienvenid[oa]|Benvenut[oa]|Bem-vind[oa]|Dzień dobry|Witam|Buon(?:giorno|asera)|Buenos días|Buenas(?: tardes| noches)?|Bom dia|Boa (?:tarde|noite)|Goede(?:morgen|middag|navond)|Dobrý den|Merhaba|Say[ıi]n|Sevgili|' +
  // Swahili, Indonesian, Filipino, Hindi and Afrikaans greetings and thanks, and the kinship
  // honorifics chats put before a first name (Kak Dewi, Kuya Arnel)
  'Habari|Jambo|Asante|Halo|Terima kasih|Kak|Kuya|Salamat|Namaste|Shukriya|Dhanyavaad|Dankie|Goeie more|' +
  // Central and Eastern European and Baltic greetings and forms of address (Bună ziua, Labas rytas, Szia, Vážený pane)
  'Kære|Kjære|Kära|Hyvä|Dag|Bună(?: ziua| dimineața| seara)?|Stimat[eă]|Labas(?: rytas)?|Laba diena|Sveiki|Labdien|Tere|Ahoj|Dobré ráno|Dobrý deň|Vážen[ýá]|Cześć|Szanown[ya]|Szia|Jó napot|Kedves|Poštovan[ia]|Bok|Ačiū|Děkuji|Díky|Dziękuję|Köszönöm|Paldies|Aitäh|Hvala|' +
  // sign-offs with the name on the same line ("Cheers, Koen", "Viele Grüße, Niklas")
  'Cheers|Regards|Best(?: regards| wishes)?|Kind regards|Groet(?:en|jes)?|Gruß|(?:Viele |Liebe |Beste )?Grüße|Pozdrawiam|Pozdrowienia|Saludos|Un saludo|Abraços|Abrazos|Cordialement|Cumprimentos|Saluti|Hälsningar|(?:Venn?lig h|H)ilsen|Mvh|Terveisin';

// A given name from the lexicon, optionally followed by a capitalised surname (with particles such
// as van der, de la, von; O'Brien, McDonald, Müller-Lüdenscheid). Or, after a greeting and a title,
// a surname alone ("Dear Mr. Okafor"), or the value of a last-name label.
// NOTE: every branch starts by consuming an upper-case letter (or a name from the trie) and checks
// what precedes it with a lookbehind afterwards; V8 then skips all other positions quickly.
const LEXICON_BRANCHES = [
  // A surname after a greeting and a title ("Dear Mr. Okafor"), also with its particle ("Geachte
  // heer de Groot", "Sehr geehrte Frau von Bredow", "Dear Mrs. Van der Meulen": the particle
  // first, so that a capitalised one is not read as the surname). And a last-name label's value, whole
  // when it is two or three capitalised words (`"surname": "Al Marzouqi"`, `Apellidos: Olmedo Zubiri`).
  `[${UPPER}dvtl](?<=(?:${GREETING_WORDS}),? ${TITLE}\\.? .)(?:(?:(?<=[vV])[ao]n|(?<=[dD])(?:el|os|[eiau])|(?<=[tl])(?:e[rn]|[ea]))(?: de[nr]?| la)? [${UPPER}]|(?<=[${UPPER}]))${SURNAME_REST}${END}`,
  `[${UPPER}](?<=(?:(?:last|family|sur)(?:[ _-]?name|Name)|(?:Last|Family|Sur)[ _-]?[Nn]ame|LAST_?NAME|SURNAME)["']?[ \\t]{0,3}[:=][ \\t]{0,3}["']?[${UPPER}]|(?:[Nn]achname|[Aa]pellidos?|[Cc]ognome|Nom de famille)[ \\t]{0,3}[:=][ \\t]{0,3}[${UPPER}])${SURNAME_REST}(?: [${UPPER}]${SURNAME_REST}){0,2}${END}`,
  // (A double given name's second part may be any capitalised word: Marie-Ève, Jean-Éric, Anne-Élise,
  // whose accented parts no lexicon lists; the first part is the lexicon's. A particle belongs to the
  // surname after it: not `<given name> de` in "soy <given name> de nóminas".)
  `${GIVEN_AT_WORD_START}${END}(?:-[${UPPER}][${LOWER}]{1,14}${END})?(?: [${UPPER}]\\.)?(?: (?:${PARTICLE} )?${SURNAME}${END})?`,
].join('|');

/** A label as written in lower case, Capitalised or Title Case (not UPPER: it bloats the compiled pattern). */
function labelForms(words: readonly string[]): string[] {
  return caseForms(words).filter((w) => w !== w.toUpperCase());
}

/**
 * Any capitalised given name (TJ, Gyandeep, Ilya: the lexicon can't hold them all), then one or
 * two surnames: for contexts that say outright that a person's name follows.
 */
const ANY_FULL_NAME = `[${UPPER}](?:[${UPPER}](?= )|[${LOWER}]{1,24}(?:['’][${LOWER}]{1,24})?)(?:-[${UPPER}][${LOWER}]{1,24})?(?: [${UPPER}]\\.)?(?: (?:${PARTICLE} )?${SURNAME}){1,2}${END}`;

/**
 * Labels and tags whose value is a person's full name: never a project, a job or a file. Decision:
 * not `full name` or `display name`, which name products as often as people (VS Code's chat
 * participants have a `fullName`); their values still need a given name from the lexicon.
 */
const FULL_NAME_LABELS = toSuffixTrieSource(
  labelForms([
    // `real_name` is a chat user's profile field (Slack's export), a person's name or a bot's single word
    'real name', 'customer name', 'client name', 'contact name', 'contact person', 'patient name',
    'employee name', 'member name', 'account holder', 'cardholder', 'card holder', 'cardholder name', 'name on card', 'name on order', 'name on file', 'name on account',
    'passenger name', 'guest name', 'student name', 'recipient name', 'sender name', 'applicant name', 'beneficiary',
    // a payment's parties as a switch or a gateway logs them (`payerName="…"`, UPI's name lookup `resolvedName`)
    'payer name', 'payee name', 'remitter name', 'beneficiary name', 'holder name', 'account holder name', 'borrower name', 'resolved name',
    'author', 'authors', 'maintainer', 'maintainers', 'contributor', 'signed-off-by', 'co-authored-by', 'reviewed-by',
    'reported-by', 'acked-by', 'tested-by', 'suggested-by', 'helped-by', 'caller', 'kontaktperson', 'ansprechpartner', 'ansprechpartnerin',
    'vollständiger name', 'nom complet', 'nombre completo', 'nome completo', 'volledige naam',
    // a person's name in other languages' forms (English `name` alone names builds and jobs too)
    'naam', 'nombre', 'nome', 'titular', 'titulaire', 'sócio', 'socio', 'requester', 'bearbeitet von', 'ansprechperson',
  ]),
);

/**
 * Between a name and its owner's e-mail address: ` <` (mail headers, git), spaces or a tab (a
 * printed table), `", "` (a tuple), a cell boundary (`</td><td>`, `,`, `;`, a Markdown table's ` | `).
 */
const TO_OWN_EMAIL = `(?: <|["'] <| \\(|[ \\t]{1,24}(?:[—–-][ \\t]{1,2})?|["'],[ \\t]?["']|</td>(?:[\\s",]|\\\\n){0,40}<td>|[,;\\t]["']?|[ \\t]{0,4}\\|[ \\t]{0,4})`;
/** The local part of the address after such a separator. */
const OWN_EMAIL_LOCAL = new RegExp(`^${TO_OWN_EMAIL}([^\\s<>@"',;]{1,64})@`, 'u');

/**
 * Introductions that only ever precede the speaker's own name ("my name is", "je m'appelle",
 * "jag heter"): any given name. Not "I am" / "ik ben" / "soy", which precede roles as often.
 */
const INTRODUCTIONS = toTrieSource(
  labelForms([
    'my name is', "my name's", 'mijn naam is', 'mein name ist', 'ich heiße', 'ich heisse', "je m'appelle", 'je me nomme', 'me llamo',
    'mi nombre es', 'mi chiamo', 'jag heter', 'jeg heter', 'jeg hedder', 'nazywam się', 'meu nome é', 'me chamo',
    'jina langu ni', 'mera naam', 'mera nam', 'sou o', 'sou a',
    // Romanian and Croatian: "Sunt Ioana …" (I am), "mă numesc", "numele meu este", "zovem se"
    'sunt', 'mă numesc', 'ma numesc', 'numele meu este', 'zovem se',
  ]),
);

/** Titles that only ever precede a person's name (not M, Fr, Hr, Sr, Don or Pan, which are also words or names). */
const FULL_NAME_TITLE = '(?:Mr|Mrs|Ms|Mx|Miss|Dr|Prof|Herr|Herrn|Frau|Pani|Pan|Mme|Mlle|Sra|Srta|Dott|Dott\\.ssa|Monsieur|Madame|Mademoiselle|Signor|Signora|Sig|Sig\\.ra|Avv|Mevrouw|Meneer|Dhr|Mevr|Dña|Doña|D\\.ª)';

/** A capitalised given name, optionally hyphenated, then up to two surnames: checked against ALL_GIVEN_NAMES. */
const LEXICON_NAME_REST = `[${LOWER}]{1,24}(?:['’][${LOWER}]{1,24})?(?:-[${UPPER}][${LOWER}]{1,24}|-[a-z]{2,5}(?= [${UPPER}]))?(?: [${UPPER}]\\.)?(?: (?:${PARTICLE} )?${SURNAME}){0,2}${END}`;

/** Labels whose value is often, not always, a person's name: the value's given name must be known. */
const NAME_OR_OTHER_LABELS = toSuffixTrieSource(
  labelForms([
    // `legal name` names merchants and companies as often as people
    'name', 'full name', 'display name', 'legal name', 'nom', 'holder', 'kontoinhaber', 'kontoinhaberin', 'inhaber',
    'inhaberin', 'arrendatario', 'arrendataria', 'arrendador', 'inquilino', 'inquilina', 'responsável', 'responsable', 'responsabile', 'mieter', 'mieterin', 'vermieter', 'locataire', 'titolare',
    'intestatario', 'figlio a carico', 'coniuge', 'ehepartner', 'owner', 'customer', 'client', 'patient', 'employee', 'contact',
    'recipient', 'sender', 'from', 'to', 'cc', 'attendee', 'assignee', 'reporter', 'actor', 'user', 'created by', 'updated by',
    'modified by', 'submitted by', 'requested by', 'outgoing', 'incoming', 'on call', 'oncall', 'mentor', 'buddy',
    // other languages' name, customer and pupil labels; a payment's parties
    'namn', 'navn', 'nimi', 'imie', 'imię', 'nazwisko', 'imie i nazwisko', 'imię i nazwisko', 'cliente', 'klant', 'kund', 'leerling',
    'debtor', 'creditor', 'payer', 'payee', 'attendees', 'participants', 'teilnehmer', 'deelnemers', 'participantes', 'partecipanti',
    'sprzedawca', 'nabywca', 'deciders', 'reviewers', 'approvers', 'visitor', 'besucher', 'visiteur', 'visitante', 'bezoeker', 'gecos', 'first',
  ]),
);

/** The same labels, ending the text before a value (for matches of the lexicon shapes). */
const AFTER_NAME_OR_OTHER_LABEL = new RegExp(`(?:${NAME_OR_OTHER_LABELS})["']?\\*{0,2}[ \\t]{0,3}[:=|]\\*{0,2}[ \\t]{0,24}["']?$`, 'u');

// Four shapes, each reporting only the name (see `secretGroup`):
//  1. the lexicon shapes above;
//  2. the value of a full-name label or tag (`customer_name: Gyandeep Singh`, `@author Toru
//     Nagashima`, `Signed-off-by: TJ Holowaychuk`), or a full name after a title (`Dear Dr Ramesh
//     Patel`, `Dr Eleanor Whitfield`), any given name: anchored at the `:`/`=`, `@author` or title;
//  3. a full name right before its owner's e-mail address (`Sindre Sorhus <sindresorhus@…>`, a
//     data frame's `Margarethe Vollmer   m.vollmer@…`, see TO_OWN_EMAIL), any given name: anchored
//     at the `@`, the name captured by a lookbehind, the address checked to be the person's own;
//  8. a name whose given name is in the wider lexicon (ALL_GIVEN_NAMES, checked after the match),
//     each starting at the name's capital with its context in a lookbehind (so a rejected match
//     consumes nothing the lexicon shapes could take):
//     after a label that often holds a name (`Kontoinhaberin: Friederike Schallenberg`), after a
//     greeting (`Bonjour Sébastien,`), or in a table cell under a name column; or any full name
//     after an introduction (`jag heter Saga Sjöberg`). (A name alone under a sign-off needs the
//     core lexicon: as a context here it made every capitalised line start a candidate.)
const PATTERN = new RegExp(
  [
    `(${LEXICON_BRANCHES})`,
    `(?:[:=](?<=(?:${FULL_NAME_LABELS})["']?\\*{0,2}[ \\t]{0,3}[:=])>?\\*{0,2}[ \\t]{0,24}["']?|@author[ \\t]{1,2}|(?<![${ALNUM}_.-])${FULL_NAME_TITLE}\\.? )(${ANY_FULL_NAME})`,
    `@(?=[A-Za-z0-9-]{1,63}\\.)(?<=(?<![${ALNUM}_@./'’-])(${ANY_FULL_NAME})${TO_OWN_EMAIL}[^\\s<>@"',;]{1,64}@)`,
    // One branch for the four contexts (one copy of the name's pattern keeps the source under
    // V8's 20 KB limit, past which it runs a 10x slower matcher: see the rules test). The empty
    // groups 4, 5, 6 and 7 mark which context held: a label, a greeting, a table cell after its
    // delimiter, its HTML `<td>` or at a line start, or an introduction (the first column; 2.3x more candidates, +5% of this rule's
    // time, and the validator drops them cheaply: lexicon, then whole cell, then header). NOTE: a
    // lookahead in this lookbehind (to keep only line starts followed by a delimiter) cost more
    // than the candidates it saved. The match is the
    // name's first letter alone and the name is captured (group 8) by a lookahead, so a rejected
    // candidate ("Hi Anna" at a line start) consumes nothing the other shapes need.
    `[${UPPER}](?<=(?:(?:${NAME_OR_OTHER_LABELS})\\\\?["']?\\*{0,2}[ \\t]{0,3}(?:=>|[:=|])\\*{0,2}[ \\t]{0,24}\\\\?["']?()|(?:(?<![${ALNUM}])|(?<=\\\\[nrt]))(?:${GREETING_WORDS}),?[ \\t]{1,2}(?:${TITLE}\\.?[ \\t])?()|(?:[,;\\t|\\n][ \\t]{0,8}(?:N?["'])?|\\(["']?|<td>|\\S {2,24}|(?:^|\\n)(?:(?:#{1,6}|\\d{1,3}\\.|[ \\t]{0,8}[-*+] \\[[ xX]\\]|[ \\t]{0,8}[-+])[ \\t]|(?:[ \\t]{0,8}[-*+] )?\\*\\*))()|(?<![${ALNUM}])(?:${INTRODUCTIONS}) ())[${UPPER}])(?<=(?=((?:O['’]|Mc|Mac|D['’]|${INNER_CAPITAL_GIVEN_SOURCE})?[${UPPER}]${LEXICON_NAME_REST})).)`,
  ].join('|'),
  'gu',
);

/** Words of an organisation's or a tool's name, which the any-given-name shapes must not take. */
/** A quoted search term ending in a wildcard: `"Mar*"`, `'Kow%'`. */
function isWildcardTerm(ctx: MatchContext): boolean {
  const next = ctx.text.charCodeAt(ctx.end);
  return (next === 42 || next === 37) && /^["']/u.test(ctx.text.charAt(ctx.end + 1));
}

const NOT_A_PERSON = new Set(
  (
    'Inc Corp Corporation Ltd LLC GmbH AG SA BV Co Company Foundation Project Projects Authors Contributors Community Team Teams ' +
    'Group Labs Lab Software Systems Technologies Technology Services Service Security Support Admin Administrator Actions ' +
    'Notifications Bot Robot Open Source Microsoft Google Apple Amazon Facebook Meta GitHub GitLab Bitbucket Atlassian Mozilla ' +
    'Dependabot Renovate Jenkins Travis Circle The Unknown Anonymous Various Core Developers Development Maintainers Office ' +
    'University Institute Department Committee Council Association Society Club Network Networks Digital Media Studio Studios ' +
    'Billing Sales Payments Accounts Orders Alerts News Newsletter Marketing Hiring Careers Jobs Help Desk Helpdesk Feedback Info ' +
    'Ops Operations Finance Payroll People Recruiting Engineering Legal Compliance Ufficio Bureau Servizio Afdeling Abteilung Sinistri Sinistres ' +
    // departments in other languages, and payment brands' second words
    'Vertrieb Verkauf Einkauf Buchhaltung Kundenservice Kundendienst Personalabteilung Assistenza Supporto Vendite ' +
    'Amministrazione Facturation Comptabilité Ventes Soporte Ventas Facturación Atención Atendimento Suporte Vendas ' +
    'Financeiro Klantenservice Verkoop Administratie Obsługa Sprzedaż Dział Rozliczeń Cadastro Delegado Protección Datos Pay Bank ' +
    // Romanian desks: support, invoicing, accounting, payroll, sales, human resources
    'Suport Facturare Contabilitate Salarizare Vânzări Vanzari Resurse Umane ' +
    // Spanish branches, offices, teams and a credit bureau
    'Agencia Agencias Oficina Sucursal Equipo Buró Buro ' +
    // Swahili desks: help, service, customers (`Msaada`, `Huduma kwa Wateja`)
    'Msaada Huduma Wateja'
  ).split(' '),
);

/** Greeting words and titles, which a surname-only match must not be ("Dear Mr. Dear"). */
/** A title right before the name (`Dear Dr. `, `Bonjour Mme `). */
/** A title written out in full, then a full stop: the sentence ends there (`Merci Madame. Avez-vous …`), no surname follows. */
const TITLE_ENDS_SENTENCE = native(/(?<![\p{L}])(?:Madame|Monsieur|Mademoiselle|Signora|Signor|Señora|Señor|Senhora|Senhor|Mevrouw|Meneer|Herrn?|Frau)\. $/u);
const TITLE_BEFORE = native(new RegExp(`(?<![\\p{L}])${TITLE}\\.?\\s$`, 'u'));
const NOT_A_SURNAME = native(new RegExp(`^(?:${GREETING_WORDS}|${TITLE})$`, 'u'));

/** Labels whose value is a person's name (full name, or first name when `first` is set). */
const NAME_LABEL =
  /(?:^|[\s"'{,(\[|;*-])(?:(?:full|customer|client|contact|display|real|legal|person|patient|employee|member|account|card|author|owner|user|guest|student|teacher|candidate|applicant|passenger|driver|recipient|sender|buyer|seller|tenant|emergency contact|spouse|parent|child)[ _-]?name|name|author|owner|patient|employee|recipient|sender|from|to|cc|bcc|attendee|passenger|applicant|cardholder|card holder|account holder|holder|signed by|prepared by|reviewed by|approved by|assigned to|assignee|reporter|contact|contact person|kontakt|kontaktperson|inhaber|inhaberin|signed|signature|unterschrift|beneficiary|emergency contact|guardian|spouse|customer|client|tenant|landlord|witness|teacher|student|doctor|physician|nurse|nom|nom complet|nombre|nombre completo|nome|nome completo|naam|kunde|kundin|ansprechpartner|ansprechpartnerin|vollständiger name|co-authored-by|signed-off-by|reviewed-by|reported-by|acked-by|tested-by|suggested-by|helped-by)["']?\*{0,2}\s{0,3}[:=|]\*{0,2}\s{0,3}["']?\s{0,2}$/iu;
/** A record's given-name field (see isRecordSurname). */
const GIVEN_NAME_FIELD = native(/["'](?:vorname|voornaam|first_?name|given_?name|prénom|prenom)["']\s{0,3}:/iu);

/**
 * A surname alone as a record's `name`, beside the record's given-name field: German and Dutch
 * records write the surname so (`"name": "Brunner", "vorname": "Nadine"`).
 */
function isRecordSurname(s: string, ctx: MatchContext): boolean {
  if (ctx.match[4] === undefined || s.includes(' ') || !SURNAMES.has(s.toLowerCase())) return false;
  const { text, start } = ctx;
  if (!/["']name["']\s{0,3}:\s{0,3}["']$/iu.test(text.slice(Math.max(0, start - 16), start))) return false;
  const record = enclosingRecord(ctx, 200, 300);
  return record !== undefined && GIVEN_NAME_FIELD.test(record);
}

/**
 * The JSON object around the match: from its opening brace (`before` characters back at most) to
 * its closing one, or `after` characters past the match. Undefined when no brace opens within reach.
 */
function enclosingRecord(ctx: MatchContext, before: number, after: number): string | undefined {
  const { text, start, end } = ctx;
  const open = text.lastIndexOf('{', start);
  if (open === -1 || start - open > before) return undefined;
  const close = text.indexOf('}', end);
  return text.slice(open, close === -1 ? end + after : Math.min(close, end + after));
}

/** A record's field that holds the whole name (a chat export's profile: `"real_name": "…"`). */
const FULL_NAME_FIELD = native(/["'](?:real_?name|full_?name|realName|fullName)["']\s{0,3}:\s{0,3}["'][^"'\n]/u);

/**
 * A given name alone in a record that holds the whole name too (Slack's user_profile: first_name
 * beside real_name): the whole name is the personal datum, reported where it stands; the first
 * name alone adds nothing and names no one.
 */
function hasFullNameSibling(ctx: MatchContext): boolean {
  const record = enclosingRecord(ctx, 400, 400);
  return record !== undefined && FULL_NAME_FIELD.test(record);
}

/** Labels of a person's role whose value may be a given name alone (see isKnownGivenName). */
const PERSON_ROLE_LABEL = native(/(?:owner|assignee|reporter|on[ _-]?call|mentor|buddy|ansprechpartner(?:in)?|responsable|responsável|responsabile)["']?\*{0,2}[ \t]{0,3}[:=]\*{0,2}[ \t]{0,24}["']?$/iu);
const FIRST_NAME_LABEL = /(?:(?:first|given|fore|christian|nick)[ _-]?|display_)name["']?\*{0,2}\s{0,3}[:=]\*{0,2}\s{0,3}["']?\s{0,2}$|(?:vorname|prénom|prenom|nombre de pila|voornaam)["']?\s{0,3}[:=]\s{0,3}["']?\s{0,2}$|"first"\s{0,3}:\s{0,3}"$/iu;
const INTRO =
  /(?:my name is|my name's|i am|i'm|this is|call me|ich heiße|ich heisse|ich bin|mein name ist|je m'appelle|je me nomme|je suis|me llamo|mi nombre es|soy|mi chiamo|sono|mijn naam is|ik ben|jag heter|jeg heter|jeg hedder|nazywam się|meu nome é|me chamo|sou [oa]|aqui é [oa]?|jina langu ni|mimi ni|mera naam|mera nam|yo,|je soussignée?|io sottoscritt[oa]|eu,|@author)\s{1,2}$/iu;
const GREETING = new RegExp(`(?:^|[\\s,.!"'>])(?:${GREETING_WORDS}),?\\s{1,2}(?:${TITLE}\\.?\\s)?$`, 'iu');
/** A line that closes a message before its writer's name: `Best regards,`, `Cordialement,`, `Met vriendelijke groet`. */
export const SIGN_OFF =
  /^\s*(?:best(?: regards| wishes)?|kind regards|warm regards|warmest regards|regards|many thanks|thanks(?: again| so much)?|thank you|cheers|sincerely|yours(?: sincerely| truly| faithfully)?|all the best|take care|talk soon|mit freundlichen grüßen|mit freundlichen grüssen|freundliche grüße|viele grüße|beste grüße|liebe grüße|herzliche grüße|lg|vg|mfg|gruß|grüße|cordialement|bien à vous|bien cordialement|(?:mes |nos )?(?:sincères |meilleures )?salutations(?: distinguées)?|amitiés|bisous|saludos|un saludo|atentamente|abraços|atenciosamente|cumprimentos|com os melhores cumprimentos|cordiali saluti|saluti|distinti saluti|met vriendelijke groet|groeten|hälsningar|mvh|pozdrawiam|z poważaniem|z wyrazami szacunku|saygılarımla|saygılar|teşekkürler|med vänlig hälsning|vänliga hälsningar|med venlig hilsen|venlig hilsen|med vennlig hilsen|vennlig hilsen|hilsen|ystävällisin terveisin|terveisin|s pozdravem|un cordial saludo|obrigad[oa]|muito obrigad[oa]|merci(?: beaucoup)?|danke(?: schön| sehr)?|vielen dank|besten dank|gracias|muchas gracias|grazie(?: mille)?|bedankt|dank je(?: wel)?|dank u(?: wel)?|dziękuję|tack|kiitos|thx|--)[,.!]?\s*$/iu;
/** Columns of the people who signed off or worked a case: an allowlist's approver, an incident timeline's analyst, a ticket's assignee. */
const CASE_ROLE_HEADER = String.raw`approved[ _-]?by|approver|analyst|investigator|responder|assignee|reviewer|reviewed[ _-]?by|handled[ _-]?by`;
// (And a bilingual export's Latin-script name column: `name_en`, `name_latin`, beside the native script's.)
const NAME_HEADER = new RegExp(String.raw`(?:^|[\s_-])(?:name|name[ _-](?:en|eng|english|latin|roman)|full name|customer|client|contact|author|owner|employee|patient|person|recipient|first name|given name|vorname|nachname|familienname|familienaam|nom|nombre|nome|naam|namn|navn|nimi|nazwisko|leerling|cliente|klant|kund|payee|beneficiary|nombre[ _-]completo|nome[ _-]completo|nom[ _-]complet|volledige[ _-]naam|nume|nume[ _-]?complet|nume[ _-]?(?:si|și)[ _-]?prenume|nume[ _-]prenume|vollständiger[ _-]name|prénom|nome e cognome|nombre y apellidos|empfänger|auftraggeber|begünstigter|beguenstigter|zahlungspflichtiger|beneficiario|ordenante|titular(?:[ _-](?:cuenta|de[ _-]la[ _-]cuenta|linea|tarjeta))?|gestor(?:[ _-]asignad[oa])?|mottagare|avsändare|betalare|begunstigde|odbiorca|nadawca|holder|account[ _-]holder|pasient|potilas|behandler|lege|arzt|doctor|physician|clinician|team[ _-]?lead(?:er)?|supervisor|line[ _-]?manager|agent[ _-]?name|coach|evaluator|assessor|trainer|custodian|${CASE_ROLE_HEADER}|nama(?:[ _-](?:lengkap|penuh|pelanggan|penerima|pemilik|pengemudi|driver|nasabah|karyawan|pegawai))?)s?$`, 'u');

/** A mail header's or git author's address right after a full name: ` <anna@firma.de>`. */
const ANGLED_EMAIL_NEXT = native(/^ ?<[^\s<>@]{1,64}@[^\s<>]{3,255}>/u);
/** Separators between a name and its e-mail address: quotes, commas, brackets, "at", a dash. */
const TO_EMAIL = native(/^["']?(?:,\s{0,2}["']?|\s{0,2}(?:\(|<|\[|-|–|at|an|à)\s{0,2}|\s{1,2})([^\s@"'<>()[\],;]{1,64})@[\w-]{1,63}\.[\w.-]{2,190}/u);

/**
 * A given name alone whose row or object goes on with a placeholder surname: `E9999,John,Doe,…`,
 * `"first_name": "Jane", "last_name": "Roe"`. The surname sits in its own cell or field.
 */
function isBesidePlaceholderSurname(ctx: MatchContext): boolean {
  const { text } = ctx;
  // A table row ends at its line; a JSON object at its brace, or 160 characters on.
  const ls = lineStartNear(text, ctx.start, 200);
  const inRow = /^["']?[ \t]*[,;\t|]|^ {2}/u.test(text.slice(ctx.end, ctx.end + 3)) && !/["'][ \t]*:/u.test(text.slice(ls, ctx.start));
  let stop = inRow ? lineEndNear(text, ctx.end, 400) : Math.min(text.length, ctx.end + 160);
  // (Looked for up to `stop` only: a CSV without braces is not read to its end for every name.)
  const brace = text.slice(ctx.end, stop).indexOf('}');
  if (brace !== -1) stop = ctx.end + brace;
  return native(PLACEHOLDER_SURNAME_WORD).test(text.slice(ls, stop));
}
// (Not a phrase the word starts, a cell's `Public Link` in a TestFlight export: a surname ends the name.)
const PLACEHOLDER_SURNAME_WORD = new RegExp(`(?<![${ALNUM}])(?:${[...PLACEHOLDER_SURNAMES].join('|')})(?![${ALNUM}]|[ \\t][${UPPER}])`, 'u');

/**
 * After a name: the customer's role in a support transcript, or a date of birth in a log line
 * ("document for Christoph Overbeck (dob=…)"). Decision: not `(agent)`, whose first name the
 * company already shows every customer (held-out corpus A labels it the same way).
 */
const SPEAKER_ROLE = native(/^ \((?:customer|client|requester|end[- ]user|kunde|kundin|cliente)\)|^ \((?:dob|d\.o\.b\.|born|geb\.|née|né)\b/iu);

/** A capitalised word right after a match. */
const SECOND_SURNAME = new RegExp(`^ [${UPPER}][${LOWER}]{1,24}(?![${ALNUM}])`, 'u');

/** What ends a name's line: optionally a second surname, then the line's end, a comma, a bracket. */
const SECOND_SURNAME_THEN_END = new RegExp(`^(?: [${UPPER}][${LOWER}]{1,24})?\\s*(?:$|[,|]|<|\\(|\\n)`, 'u');


/** An e-mail address's local part spells a word of the name (three letters or more), accents folded. */
function localSpellsName(local: string, nameWords: readonly string[]): boolean {
  const folded = foldName(local);
  return nameWords.some((w) => {
    const part = foldName(w);
    return part.length >= 3 && folded.includes(part);
  });
}

function isOwnEmailNext(after: string, given: string, surname: string): boolean {
  const m = TO_EMAIL.exec(after);
  return m !== null && localSpellsName(m[1] as string, [given.split('-')[0] as string, surname]);
}

/**
 * Shared checks for names taken without the core lexicon: not a placeholder, not followed by code
 * (`Anna(`, `Anna::`), and no word (of those `checked`) naming an organisation, code or a
 * placeholder surname.
 */
function isPersonLike(s: string, words: readonly string[], ctx: MatchContext, checked: (w: string, i: number) => boolean): boolean {
  if (isPlaceholderOrBrand(s) || /^(?:\(|::|\.\w|=>|->)/u.test(ctx.text.slice(ctx.end, ctx.end + 2)) || isCompanyNameAt(ctx.text, ctx.end)) return false;
  // (Park, Song, Moon after a Korean given name are its surname: Seoyoung Park.)
  if (isKoreanWesternOrderName(words)) return true;
  return !words.some((w, i) => checked(w, i) && (NOT_A_PERSON.has(w) || NOT_SURNAMES.has(w) || PLACEHOLDER_SURNAMES.has(w)));
}

/**
 * Checks a name taken without the lexicon (groups 2 and 3): no word of an organisation or of
 * code, no placeholder; before an e-mail address, the address must be the person's own (its local
 * part holds a part of the name, or the initials).
 */
function isAnyFullName(s: string, ctx: MatchContext): boolean {
  const words = s.split(/ /u);
  const local = ctx.match[3] === undefined ? undefined : OWN_EMAIL_LOCAL.exec(ctx.text.slice(ctx.end, ctx.end + 100))?.[1];
  const folded = local === undefined ? '' : foldName(local);
  const parts = words.filter((w) => !/^[A-Z]\.$/u.test(w)).map((w) => foldName(w.replace(/['’]/gu, '')));
  // A known given name and an address that spells every part of the name (jenna.park@ after Jenna
  // Park) make even a word that is mostly no surname (Park, Street) the person's.
  // (So does a given name that is a word too, Dev, there: the address spells it whole.)
  const wordGiven = WORD_GIVEN_NAMES.has(words[0] as string);
  const spelled = parts.length >= 2 && (ALL_GIVEN_NAMES.has(words[0] as string) || wordGiven) && parts.every((p) => p.length >= 2 && folded.includes(p));
  // (So does a known given name under a full-name label: `"real_name": "Lucienne Park"`.)
  const labelledKnown = ctx.match[2] !== undefined && words.length >= 2 && ALL_GIVEN_NAMES.has(words[0] as string);
  const checked = spelled || labelledKnown ? (w: string, i: number) => !(i === 0 && wordGiven) && (NOT_A_PERSON.has(w) || PLACEHOLDER_SURNAMES.has(w)) : undefined;
  if (checked !== undefined ? isPlaceholderOrBrand(s) || isCompanyNameAt(ctx.text, ctx.end) || words.some(checked) : !isPersonLike(s, words, ctx, () => true) || native(NOT_A_SURNAME).test(words[0] as string)) return false;
  if (ctx.match[3] === undefined) return true;
  if (local === undefined) return false;
  const initials = parts.map((p) => p[0]).join('');
  return parts.some((p) => (p.length >= 3 && folded.includes(p)) || folded === p) || folded === initials;
}

/** Given names that are also places, which the lexicon leaves out (see isKnownGivenName). */
const PLACE_GIVEN_NAMES: ReadonlySet<string> = new Set(
  'Georgia Sydney Florence Austin Victoria Savannah Chelsea Dallas Paris Brooklyn Adelaide Phoenix Dakota Virginia Camden Denver Houston Lincoln Trinity Vienna Siena Valencia Alexandria Geneva Kingston Verona India Kenya Israel Jackson Sierra'.split(' '),
);

/**
 * Word-like given names that documentation's examples and famous phrases use (`const name = 'Will
 * Robinson'` in a runtime's docs, `Max Mustermann`): modal verbs and code words, not taken on a surname alone.
 */
const VERB_NAMES: ReadonlySet<string> = new Set(['Will', 'May', 'Mark', 'Max', 'Bill', 'Art', 'Pat', 'Rich', 'Guy', 'Don', 'Sol', 'Job', 'Chase', 'Drew', 'Norm', 'Miles']);

/** Two words: a given name that is a word too (WORD_NAMES: Daisy, Per), and a surname in the surname lexicon (Holmqvist, Whitcomb). */
function isWordNameWithKnownSurname(s: string): boolean {
  const space = s.indexOf(' ');
  return space !== -1 && s.indexOf(' ', space + 1) === -1 && SURNAMES.has(foldName(s.slice(space + 1)));
}

/** Given names that are also words of teams and code (NOT_A_PERSON has them), the lexicon's too. */
const WORD_GIVEN_NAMES: ReadonlySet<string> = new Set(['Dev']);

/**
 * An e-mail address within 300 characters of the name whose local part spells the person: the given
 * name or its initial with the surname, either way round (`s.ashcombe`, `sydneyashcombe`,
 * `ashcombe.s`). A surname alone (`harbour@` beside `Sydney Harbour`) is a place's mailbox.
 */
function isNameInNearbyEmail(given: string, surname: string, ctx: MatchContext, initials = true): boolean {
  const g = foldName(given);
  const f = foldName(surname);
  if (f.length < 3) return false;
  const forms = initials ? [g + f, g.charAt(0) + f, f + g, f + g.charAt(0)] : [g + f, f + g];
  const near = ctx.text.slice(Math.max(0, ctx.start - 300), Math.min(ctx.text.length, ctx.end + 300));
  NEAR_EMAIL.lastIndex = 0;
  for (let m = NEAR_EMAIL.exec(near); m !== null; m = NEAR_EMAIL.exec(near)) {
    const letters = foldName(m[1] as string).replace(/[^a-z]/gu, '');
    if (forms.some((form) => letters === form)) return true;
    // (A university's or a company's login cuts the surname short: the initial and the surname's
    // first seven letters, `sbrannig` for S. Brannigan.)
    if (initials && letters.length >= 7 && letters.length < 1 + f.length && (g.charAt(0) + f).startsWith(letters)) return true;
  }
  return false;
}
/** Whether an address on the candidate's line is `given.surname@` (or with `_` or `-`). */
function isSpelledByRowAddress(given: string, surname: string, ctx: MatchContext): boolean {
  const { text } = ctx;
  const line = text.slice(lineStartNear(text, ctx.start, 400), lineEndNear(text, ctx.end, 400));
  if (!line.includes('@')) return false;
  const row = foldName(line);
  const g = foldName(given);
  const f = foldName(surname);
  return ['.', '_', '-'].some((sep) => row.includes(`${g}${sep}${f}@`));
}
/** An `@` within 300 characters of the candidate, as isNameInNearbyEmail reads them. */
function hasAtNear(ctx: MatchContext): boolean {
  const at = ctx.text.indexOf('@', Math.max(0, ctx.start - 300));
  return at !== -1 && at < ctx.end + 300;
}
const NEAR_EMAIL = native(/([\w.+-]{1,64})@[\w-]{1,63}(?:\.[\w-]{1,63})+/gu);

/**
 * Checks a name from group 8: its given name is in the wider lexicon, no word belongs to an
 * organisation or code; a label needs a full name, a greeting takes a given name alone, and a
 * table cell must be the whole cell of a name column.
 */
function isKnownGivenName(s: string, ctx: MatchContext): boolean {
  const m = ctx.match;
  const space = s.indexOf(' ');
  const first = space === -1 ? s : s.slice(0, space);
  const given = toGivenPart(first);
  // A given name that is also a place (Georgia, Sydney: not in the lexicon, for prose's sake) after
  // a label, when an e-mail address near it spells the surname (`"email": "s.ashcombe@…"` beside
  // `"name": "Sydney Ashcombe"`).
  if (m[4] !== undefined && space !== -1 && PLACE_GIVEN_NAMES.has(given) && isNameInNearbyEmail(given, s.slice(s.lastIndexOf(' ') + 1), ctx)) {
    return isPersonLike(s, s.split(' '), ctx, () => true);
  }
  // Any given name after a label, in a name with a Malay or Arabic patronymic (`Nur Aisyah binte
  // Hassan`: Nur is German's "only" too, so the lexicon leaves it out): the particle says a person.
  if (m[4] !== undefined && / (?:binti|binte|bin|bte) \p{Lu}/u.test(s) && !ALL_GIVEN_NAMES.has(given)) {
    return isPersonLike(s, s.split(' '), ctx, (w, i) => i > 0 && !/^(?:binti|binte|bin|bte)$/u.test(w));
  }
  // Any given name after a label, when an address near it spells the whole name (`Name: Dev
  // Wenlock` beside `dev.wenlock@…`, `Ottoline Quarrie` beside `ottolinequarrie@…`): the
  // lexicon lacks many, and Dev is a team's word as well as a name: the address spelling it whole
  // decides. Initials are not enough here. (Most labelled candidates have no `@` near them: that
  // is looked for first.)
  if (m[4] !== undefined && space !== -1 && given.length >= 3 && !ALL_GIVEN_NAMES.has(given) && hasAtNear(ctx) && isNameInNearbyEmail(given, s.slice(s.lastIndexOf(' ') + 1), ctx, false)) {
    return isPersonLike(s, s.split(' '), ctx, (_w, i) => i > 0 || !WORD_GIVEN_NAMES.has(given));
  }
  // A given name that is a word too (Daisy, Hazel, Per: the lexicon leaves them out) after a label,
  // with a surname the surname lexicon knows (`full_name: "Daisy Holmqvist"`): a person.
  if (m[4] !== undefined && WORD_NAMES.has(given) && !VERB_NAMES.has(given) && isWordNameWithKnownSurname(s)) return isPersonLike(s, s.split(' '), ctx, (_w, i) => i > 0);
  // Most candidates: a capitalised word after a label or a greeting that the lexicon doesn't know
  // (checked before the words are split: a dense text has thousands).
  if (m[7] === undefined && m[6] === undefined && !ALL_GIVEN_NAMES.has(given)) return false;
  const words = s.split(' ');
  // After an introduction ("my name is", "jag heter"): any full name.
  if (m[7] !== undefined) return words.length >= 2 && isPersonLike(s, words, ctx, () => true) && !native(NOT_A_SURNAME).test(given);
  if (!ALL_GIVEN_NAMES.has(given)) {
    if (m[6] === undefined) return false;
    // A whole cell under a column of people's full names holds one, whatever its given name (Mark,
    // Lovely, Jeric: words, or names the lexicon lacks).
    if (words.length >= 2 && words.length <= 4 && isPersonColumnCell(s, words, ctx)) return true;
    // A whole cell of two words that an address on its row spells as a person's, given name, a
    // dot and surname (`| Ansel Quist | … | ansel.quist@… |`): a name, whatever the lexicon knows of
    // the given name. (Not a service account's run-together address, `lecturecapture@`.)
    if (words.length === 2 && isSpelledByRowAddress(words[0] as string, words[1] as string, ctx)) return isPersonLike(s, words, ctx, () => true);
    // A surname cell holds one or two surnames (Fernández Ortega), given name or not.
    return words.length <= 2 && (isNamePartCell(s, ctx) || (words.length === 1 && isNameCellsBesideOwnEmail(s, ctx)));
  }
  // A known given name that is also an organisation or code word stays a name in first place.
  if (!isPersonLike(s, words, ctx, (w, i) => i > 0 || !ALL_GIVEN_NAMES.has(w))) return false;
  if (words.length === 1 && isBesidePlaceholderSurname(ctx)) return false;
  // A line of its own under a sign-off ("Un saludo,\nÁlvaro Gutiérrez Medina").
  // (Or a given name of the lexicon alone, not a word too: the decision in isNameInContext.)
  if (m[6] !== undefined && ctx.text[ctx.start - 1] === '\n' && isSignature(ctx)) return words.length >= 2 || isLoneGivenNameInProse(given);
  // A label: a full name, or a given name alone after a first-name label ("firstName": "Émilie")
  // or a person's role that ends its clause ("Owner: Javier.", "on call: Priya").
  if (m[4] !== undefined) {
    if (words.length >= 2) return true;
    const before = ctx.text.slice(Math.max(0, ctx.start - 40), ctx.start).replace(/\\(?=["'])/gu, '');
    if (native(FIRST_NAME_LABEL).test(before)) return !hasFullNameSibling(ctx);
    return (PERSON_ROLE_LABEL.test(before) && /^(?:[.,;!)]|[ \t]*$|[ \t]*\r?\n|\\[nr])/u.test(ctx.text.slice(ctx.end, ctx.end + 3)));
  }
  // (A JSON string's closing quote or escaped line break ends the clause too: `"…\nMvh Mette"`; so does a dash: `Hi Jenna — …`.)
  // (A full name after a greeting, or a given name of the lexicon alone, not a word too: the decision in isNameInContext.)
  if (m[5] !== undefined) return words.length >= 2 || isLoneGivenNameInProse(given);
  // A table cell: the whole cell, under a column headed name, customer, holder... or surname
  // (Llewellyn is a given name too).
  // A note's structure names its people: a heading or numbered item ("### Sneha Iyer — Data
  // Scientist"), a bold speaker in a list ("- **Lotte Bakker**: rotating…"), an action item's owner
  // ("- [ ] Callum Mistry to email…").
  if (words.length >= 2 && m[6] !== undefined && (isNoteStructureName(ctx) || hasPersonalDataOnLine(ctx))) return true;
  if (!isWholeCell(ctx)) return false;
  if (words.length === 1 && isNameCellsBesideOwnEmail(s, ctx)) return true;
  // The second and later names of a list after "Attendees:" (each a full name).
  if (words.length >= 2 && ctx.text[ctx.start - 2] === ',' && native(PEOPLE_LIST_LINE).test(ctx.text.slice(lineStartNear(ctx.text, ctx.start, 400), ctx.start))) return true;
  // A place's or an estate's name under a `nombre` column (La Horqueta, San Cayetano, Finca El Olivo).
  if (isPlaceLikeName(words)) return false;
  const header = columnHeader(ctx);
  return header !== undefined && isNameColumnAt(header, words.length, ctx);
}

/** First words of places' and estates' names: articles, saints, farm words. */
const PLACE_FIRST_WORD = native(/^(?:La|El|Los|Las|Le|Les|Il|Lo|Gli|San|Santa|Santo|São|Saint|Sainte|Villa|Finca|Estancia|Hacienda|Rancho|Quinta|Fazenda|Granja|Chacra|Cabaña|Colonia)$/u);

/** Two words or more whose first is a place's article, saint or farm word: a place's or an estate's name in a name column's cell. */
function isPlaceLikeName(words: readonly string[]): boolean {
  return words.length >= 2 && PLACE_FIRST_WORD.test(words[0] as string);
}

/**
 * The name's line also holds the person's data: an identity number's or a contact's label (CPF,
 * DNI, BSN, IBAN, tel, born…), or an e-mail address whose local part spells a part of the name, as
 * support logs and chats write a customer ("enviando lembrete para Larissa Teixeira CPF …",
 * "(Matteo Colombo, nato il …)", "to m.kaminska@interia.pl (Małgorzata Kamińska)").
 */
function hasPersonalDataOnLine(ctx: MatchContext): boolean {
  const { text } = ctx;
  const line = text.slice(lineStartNear(text, ctx.start, 300), lineEndNear(text, ctx.end, 300));
  if (native(PERSONAL_DATA_LABEL).test(line) || INTERNATIONAL_PHONE.test(line)) return true;
  if (!line.includes('@')) return false;
  const words = text.slice(ctx.start, ctx.end).split(/[ -]/u);
  for (const m of line.matchAll(/([\w.+-]{1,64})@[\w-]{1,63}\./gu)) if (localSpellsName(m[1] as string, words)) return true;
  return false;
}
const PERSONAL_DATA_LABEL =
  /(?<![\p{L}\p{N}])(?:CPF|CNPJ|DNI|NIE|NIF|BSN|SSN|ITIN|NIR|PESEL|TFN|SIN|Aadhaar|IBAN|codice fiscale|C\.F\.|Steuer-?ID|personnummer|passport|pasaporte|passaporto|Reisepass|nat[oa](?:\/a)? il|née? le|geb\.|DOB|d\.o\.b\.|tel\.?|phone|móvil|movil|celular|cellulare|mobile|handy)(?![\p{L}])/iu;

/** A phone number in international form (`+44 7824 195736`, `+91-99207-31648`): a roster's or directory's row. */
const INTERNATIONAL_PHONE = /(?<![\w+])\+\d{1,3}[ .-]?\(?\d{1,5}\)?[ .-]?\d{2,5}[ .-]?\d{2,5}(?![\w])/u;

/** What precedes and follows a name that a note's structure marks (see isKnownGivenName). */
const NOTE_HEADING_START = /^(?:#{1,6}|\d{1,3}\.)[ \t]$/u;
const NOTE_DASH_AFTER = /^[ \t]{1,2}[—–-][ \t]/u;
const NOTE_BOLD_START = /^(?:[ \t]{0,8}[-*+] )?\*\*$/u;
const NOTE_BOLD_AFTER = /^\*\*(?: \([^()\n]{1,40}\))?(?: (?:wrote|replied|said|commented|answered|schrieb|antwortete|a écrit|a répondu|escribió|respondió|ha scritto|schreef|napisał|escreveu|respondeu))?:|^:\*\*/u;
const NOTE_TASK_START = /^[ \t]{0,8}[-*+] \[[ xX]\][ \t]$/u;
const NOTE_TASK_AFTER = /^(?: to |:)/u;
// (Not `*` items: every line of a JSDoc block starts with one, and each would be a candidate.)
const NOTE_ITEM_START = /^[ \t]{0,8}[-+][ \t]$/u;
/** What ends a list item that is a person: the line's end, a role in brackets, a dash, a comma or a colon. */
const NOTE_ITEM_AFTER = /^[ \t]*(?:\(|[—–-][ \t]|,|:|\r?\n|$)/u;
/** A heading or label over a list of people (a post-mortem's attendees, an on-call roster). */
const PEOPLE_HEADING =
  /^[ \t]{0,3}(?:#{1,6}[ \t]{1,3}|\*\*)?(?:attendees|participants|present|responders|incident responders|people|contacts|on-?call(?: rotation| roster)?|teilnehmer(?:innen)?|anwesend|deelnemers|aanwezig|uczestnicy|obecni|participantes|presentes|partecipanti|presenti|deltagare|närvarande|présents)(?:\*\*)?:?(?:\*\*)?[ \t]*$/iu;

/** A plain list item under a people heading: the heading within the fifteen lines above, list items between. */
function isPeopleListItem(text: string, lineStartPos: number): boolean {
  let end = lineStartPos - 1;
  for (let i = 0; i < 15 && end > 0; i++) {
    const s = lineStartNear(text, end, 200);
    const line = text.slice(s, end);
    if (native(PEOPLE_HEADING).test(line)) return true;
    // Only the list's own items (and blank lines) may stand between the item and its heading.
    if (line.trim() !== '' && !/^[ \t]{0,8}[-*+][ \t]/u.test(line)) return false;
    end = s - 1;
  }
  return false;
}

function isNoteStructureName(ctx: MatchContext): boolean {
  const { text } = ctx;
  const ls = lineStartNear(text, ctx.start, 40);
  const prefix = text.slice(ls, ctx.start);
  const after = text.slice(ctx.end, ctx.end + 48);
  if (NOTE_HEADING_START.test(prefix)) return NOTE_DASH_AFTER.test(after);
  if (NOTE_BOLD_START.test(prefix)) return native(NOTE_BOLD_AFTER).test(after);
  if (NOTE_ITEM_START.test(prefix)) return NOTE_ITEM_AFTER.test(after) && isPeopleListItem(text, ls);
  return NOTE_TASK_START.test(prefix) && NOTE_TASK_AFTER.test(after);
}

/** A line that lists people after its label: "Attendees: Anna Berg, Jonas Weber, …". */
const PEOPLE_LIST_LINE =
  /^[\s>*#-]*(?:attendees|participants|deciders|reviewers|approvers|present|teilnehmer(?:innen)?|anwesend|deelnemers|aanwezig|participantes|partecipanti|presenti|uczestnicy|deltagare|närvarande|presentes|présents|katılımcılar|cc|to)\*{0,2}\s{0,3}:\*{0,2}\s/iu;

/**
 * Headers of a column that holds people's full names only: not `name`, `customer` or `contact`,
 * whose cells are as often companies, products or teams. A care roster's or a consult log's bare
 * `clinician`, `nurse` or `patient` column names people too (a company is never one), and so does a
 * payroll export's employee column (`Salarié`, `Werknemer`, `Mitarbeiter`, `Dipendente`), and an
 * Indian KYC export's `father_or_spouse_name`.
 */
const PERSON_COLUMN = new RegExp(
  String.raw`(?:^|[\s_-])(?:full[ _-]?name|card[ _-]?holder|account[ _-]?holder|(?:employee|customer|client|agent|guest|patient|person|member|student|staff|passenger|candidate|applicant|cardholder|card[ _-]?holder|driver|caller|tenant|resident|recipient|beneficiary|payee|sender|subscriber|guardian|parent|mother|father|spouse|husband|wife|(?:father|mother|parent)[ _-]or[ _-](?:spouse|husband|guardian)|emergency[ _-]?contact|next[ _-]?of[ _-]?kin)\d?[ _-]?(?:full[ _-]?)?name|(?:clinician|physician|doctor|practitioner|prescriber|nurse|therapist|dentist|pharmacist|carer|caregiver)(?:\d?[ _-]?(?:full[ _-]?)?name)?|patient|employee|salari[ée]e?|werknemer|mitarbeiter(?:in)?|dipendente|trabajador(?:a)?|empleado|funcion[áa]rio|pracownik|assigned[ _-]?(?:driver|rider|courier|technician|engineer)|evaluator|assessor|team[ _-]?lead(?:er)?|supervisor|guest|gost|h[óo]spede|hu[ée]sped|ospite|who|(?:performed|rotated|done|requested|revoked)[ _-]?by|${CASE_ROLE_HEADER}|nom[ _-]complet|nom[ _-]?pr[ée]nom|pr[ée]nom[ _-]?nom|nombre[ _-]completo|nome[ _-]completo|nome[ _-]e[ _-]cognome|nombre[ _-]y[ _-]apellidos|vollst[äa]ndiger[ _-]name|volledige[ _-]naam|b[ée]n[ée]ficiaire|titulaire|assur[ée]e?|adh[ée]rente?|name[ _-]?(?:romaji|roman|latin|en|eng)|english[ _-]?name|英文(?:姓名|名字|名)|nama[ _-](?:lengkap|penuh|penerima|pelanggan|pengirim|pemilik|pengemudi|nasabah|karyawan|pegawai|kurir|rider)|ho[ _-]?ten|k[áa]rosult(?:[ _-]neve)?|szerz[őo]d[őo](?:[ _-]neve)?|biztos[íi]tott(?:[ _-]neve)?|kedvezm[ée]nyezett(?:[ _-]neve)?|[üu]gyf[ée]l[ _-]neve|teljes[ _-]n[ée]v|nume[ _-]?(?:[sș]i[ _-])?prenume|nume[ _-]complet|asigurat(?:ul)?|p[ăa]gubit(?:ul)?|osiguranik|o[šs]te[ćc]enik|ugovaratelj|ime[ _-](?:i[ _-])?prezime|prezime[ _-](?:i[ _-])?ime|h[oọ][ _-]?v[aà][ _-]?t[eê]n|氏名[（(]ローマ字[）)]|ローマ字(?:氏名)?)s?$`,
  'u',
);

/** A whole cell of two to four capitalised words under a PERSON_COLUMN, none of an organisation's or of code. */
function isPersonColumnCell(s: string, words: readonly string[], ctx: MatchContext): boolean {
  if (!isWholeCell(ctx) || native(NOT_A_SURNAME).test(words[0] as string)) return false;
  const header = columnHeader(ctx);
  return header !== undefined && native(PERSON_COLUMN).test(header) && isPersonLike(s, words, ctx, () => true);
}

/**
 * A column of names (full names, customers, holders...), of given names (for one word), or of
 * surnames (for one or two words: Llewellyn is a given name too, Fernández Ortega two surnames).
 */
function isNameColumn(header: string, wordCount: number): boolean {
  // (A given name alone under a column of whole names, a profile's `display_name`, is the lone name
  // of the decision in isNameInContext; under a first-name column it is the name's part.)
  // (Nor under a column of a task's or a document's owner, `owner`, `author`: a runbook's or a
  // postmortem's table names colleagues by their given name, as a mention or an aside does: the
  // owner rule's opt-in decision.)
  // (A given name of the lexicon under a surname's column is a surname: Ambrose, Lowell.)
  if (wordCount === 1) return native(FIRST_NAME_HEADER).test(header) || native(LAST_NAME_HEADER).test(header) || BILINGUAL_NAME_PART_HEADER.test(header) || (native(NAME_HEADER).test(header) && !DISPLAY_NAME_HEADER.test(header) && !TASK_OWNER_HEADER.test(header));
  if (native(NAME_HEADER).test(header)) return true;
  // (Or a column of people by their role, `assigned_driver`, `next_of_kin`: a full name there.)
  if (wordCount >= 2 && native(PERSON_COLUMN).test(header)) return true;
  return wordCount <= 2 && (native(LAST_NAME_HEADER).test(header) || BILINGUAL_NAME_PART_HEADER.test(header));
}

/** isNameColumn, or a Turkish given name's `Ad` column, which only its table's `Soyad` column says is one. */
function isNameColumnAt(header: string, wordCount: number, ctx: MatchContext): boolean {
  return isNameColumn(header, wordCount) || (wordCount === 1 && isTurkishGivenNameColumn(header, ctx));
}

/**
 * The match ends its table cell: a closing quote at most, then a delimiter, the line's end (also an
 * escaped `\n` in a JSON string), an SQL tuple's `)`, the two spaces of an aligned column, or an
 * HTML table's `</td>` (a notebook's data frame).
 */
function isWholeCell(ctx: MatchContext): boolean {
  return /^["']?[ \t]*(?:[,;\t|)]|\r?\n|\\n|$)| {2}|^[ \t]*<\/t[dh]>/u.test(ctx.text.slice(ctx.end, ctx.end + 6));
}

/** A role mailbox on a table row: the row is a team's or a system's, not a person's. */
const ROLE_ROW_ADDRESS = /(?:^|[\s,;'"<(|])(?:support|admin|administrator|noreply|no-reply|info|contact|service|system|helpdesk|ops|bot)@/iu;

/**
 * A whole table cell under a column of surnames, given names or middle names (`last_name`,
 * `Nachname`, `first_names`, `guest_first`): any capitalised word, in the lexicon or not.
 */
function isNamePartCell(s: string, ctx: MatchContext): boolean {
  // Most texts have no such header anywhere: the keyword pass says so before any column lookup.
  if (!isWholeCell(ctx) || !hasNamePartHint(ctx) || !isPersonLike(s, s.split(' '), ctx, () => true)) return false;
  // (An estate's name under `nombre`, not a given name.)
  if (isPlaceLikeName(s.split(' '))) return false;
  const header = columnHeader(ctx);
  if (header === undefined) return false;
  const namePart =
    native(LAST_NAME_HEADER).test(header) || native(FIRST_NAME_HEADER).test(header) || MIDDLE_NAME_HEADER.test(header) || BILINGUAL_NAME_PART_HEADER.test(header) ||
    // (`Name` beside `Vorname`, `nom` beside `prénom`: the surname's column, as German and Swiss exports write it.)
    (NAME_BESIDE_GIVEN.test(header) && GIVEN_NAME_CELL.test(tableHeaderRow(ctx) ?? '')) ||
    isTurkishGivenNameColumn(header, ctx);
  if (!namePart) return false;
  // A service desk's own row (`Support;Opaline;support@…`): its address is a role's.
  return !native(ROLE_ROW_ADDRESS).test(matchLine(ctx, 400));
}

/** A quoted tuple cell right after the match that holds a capitalised word (`'Henrik','Lorenzen'`, also aligned: `'Henrik',  'Lorenzen'`). */
const NEXT_CELL_WORD = new RegExp(`^(['"]),[ \\t]{0,8}\\1([${UPPER}][${LOWER}]{1,24}(?:-[${UPPER}][${LOWER}]{1,24})?)\\1`, 'u');
/** A quoted tuple cell right before the match's own that holds a capitalised word. */
const PREVIOUS_CELL_WORD = new RegExp(`(['"])([${UPPER}][${LOWER}]{1,24})\\1,[ \\t]{0,8}\\1$`, 'u');

/**
 * A given name and a surname in adjacent quoted cells of an SQL tuple or a CSV row, with an e-mail
 * address in the same tuple whose local part spells one of them: a mysqldump's `INSERT … VALUES
 * (…,'Henrik','Lorenzen','h.lorenzen@…',…)`, which names no columns. `s` is either cell.
 */
function isNameCellsBesideOwnEmail(s: string, ctx: MatchContext): boolean {
  const { text, start, end } = ctx;
  let given: string;
  let surname: string;
  const next = NEXT_CELL_WORD.exec(text.slice(end, end + 30));
  const previous = next === null ? PREVIOUS_CELL_WORD.exec(text.slice(Math.max(0, start - 30), start)) : null;
  if (next !== null) [given, surname] = [s, next[2] as string];
  else if (previous !== null) [given, surname] = [previous[2] as string, s];
  else return false;
  if (!ALL_GIVEN_NAMES.has(given) || ALL_GIVEN_NAMES.has(surname) || NOT_SURNAMES.has(surname) || PLACEHOLDER_SURNAMES.has(surname)) return false;
  // The rest of the tuple: to its closing bracket, at most 200 characters on.
  const rest = text.slice(end, end + 200).split(/\)[,;]/u)[0] as string;
  const email = /([\w.+-]{1,64})@[\w-]{1,63}\./u.exec(rest);
  return email !== null && localSpellsName(email[1] as string, [given, surname]);
}

/**
 * Given-name and surname column headers in Polish, the Nordic languages, Finnish, Czech, Hungarian,
 * Turkish, Lithuanian, Estonian, Latvian, Croatian/Serbian/Bosnian (prezime) and Slovenian (priimek), as the keyword pass reads them (accents dropped: förnamn as fornamn, příjmení as
 * prijmeni, soyadı as soyadi).
 */
const NORDIC_EAST_NAME_PARTS = ['imie', 'nazwisko', 'fornavn', 'fornamn', 'etternavn', 'efternavn', 'efternamn', 'etunimi', 'etunimet', 'sukunimi', 'jmeno', 'prijmeni', 'keresztnev', 'vezeteknev', 'soyadi', 'soyad', 'vardas', 'pavarde', 'eesnimi', 'perenimi', 'perekonnanimi', 'vards', 'uzvards', 'prezime', 'priimek'];

/** Words of a name-part column header (see LAST_NAME_HEADER, FIRST_NAME_HEADER), as hints: found by the keyword pass. */
const NAME_PART_HINTS = [
  ...['last', 'family', 'sur', 'first', 'given', 'fore', 'middle'].flatMap((w) => ['', ' ', '_', '-'].map((sep) => `${w}${sep}name`)),
  'nachname', 'zuname', 'familienname', 'familienaam', 'nom de famille', 'apellido', 'apelido', 'cognome', 'sobrenome', 'achternaam', 'vorname', 'prenom', 'voornaam', '_first', '_last',
  // a party's name parts headed without "name" (`Provider Last,Provider First`)
  ...['provider', 'patient', 'member', 'subscriber'].flatMap((p) => [`${p} last`, `${p} first`]),
  ...NORDIC_EAST_NAME_PARTS,
];

/** The keyword pass's answer for NAME_PART_HINTS, asked once per text (a name's cells are many; the hints are sixty). */
const namePartHintOf = perText((): { value?: boolean } => ({}));
function hasNamePartHint(ctx: MatchContext): boolean {
  const cached = namePartHintOf(ctx.text);
  return (cached.value ??= NAME_PART_HINTS.some(ctx.hasHint));
}

/** Header cells of given- and surname columns that don't say "name" (`guest_first;guest_last`). */
const NAME_PART_HEADER_CELLS = ['_first,', '_first;', '_first\t', '_last,', '_last;', '_last\t', '_last\n', '_last\r'];

/**
 * Header cells of name columns in other languages (`Nom;Prénom`, `Naam,Voornaam`, `Nombre\tApellidos`),
 * as the keyword pass reads them (lower case, accents dropped): their rows follow, as `name,`'s do.
 */
/** Header cells of a column of the people in a role, in a roster or an export (`team_lead`, `supervisor`, `custodian`, `approved_by`). */
const PEOPLE_ROLE_HEADERS = ['team_lead', 'team lead', 'teamlead', 'team_leader', 'supervisor', 'line_manager', 'agent_name', 'coach', 'evaluator', 'assessor', 'trainer', 'custodian', 'guest', 'gost', 'hospede', 'huesped', 'ospite',
  // who signed off or worked a case: an allowlist's approver, an incident timeline's analyst, a ticket's assignee
  'approved_by', 'approver', 'analyst', 'investigator', 'responder', 'assignee', 'reviewer', 'reviewed_by', 'handled_by'];

const OTHER_NAME_HEADER_CELLS = ['nom', 'prenom', 'naam', 'nombre', 'apellido', 'apellidos', 'nome', 'cognome', 'sobrenome', 'vorname', 'nachname', 'zuname', 'familienname', 'familienaam', 'nume', 'prenume', ...NORDIC_EAST_NAME_PARTS, ...PEOPLE_ROLE_HEADERS].flatMap((w) =>
  [',', ';', '\t', '\n', '\r'].map((d) => w + d),
);

/** Headers of a column of profiles' chosen names (`display_name`, `screen name`, `nickname`). */
/** A column of the person who owns a task or wrote a document (see isNameColumn). */
const TASK_OWNER_HEADER = /^(?:owner|author)s?$/u;
const DISPLAY_NAME_HEADER = native(/(?:display|screen|profile|public|nick)[ _-]?name$|nickname$/u);

/** Headers of a column of middle names. */
const MIDDLE_NAME_HEADER = /(?:^|[\s_-])middle[ _-]?names?$/u;

/** A party whose name parts a header names without "name" (`Provider Last`, `Patient First`). */
const NAME_PARTY_PREFIX = 'provider|patient|member|subscriber|insured|guarantor|employee|student|guest|customer|client|contact';

/** Headers of a column of surnames alone (Austrian `Zuname`, a party's `VN Nachname`; French `nom` beside `prénom`, a hospital's `Nom de naissance` and `Nom d'usage`: a name-part hint must be in the text). */
const LAST_NAME_HEADER = new RegExp(String.raw`(?:^|[\s_-])(?:last|family|sur)[ _-]?names?$|[_-]last$|^(?:${NAME_PARTY_PREFIX}) last$|(?:^|[\s_-])(?:nachname|zuname|familienname)$|^(?:surnames?|nachname|familienname|familienaam|nom|nom de famille|${FR_SURNAME_HEADER_SOURCE}|nom[ _-]d['’][ée]pouse|apellidos?|apelidos?|apellido[ _-]?(?:paterno|materno|[12])|(?:primer|segundo)[ _-]apellido|cognome|sobrenome|achternaam|nazwisko|etternavn|efternavn|efternamn|sukunimi|příjmení|prijmeni|vezetéknév|vezeteknev|soyadı?|soyadi|pavardė|pavarde|perenimi|perekonnanimi|uzvārds|uzvards|prezime|priimek)$`, 'u');

/** A name part's column headed in two languages, as Belgian and Swiss exports head them (`nom_naam`, `prenom_voornaam`), and a Polish and Czech marketplace's (`imie_jmeno`, `nazwisko_prijmeni`). */
const BILINGUAL_NAME_PART_HEADER = native(/^(?:nom|naam|achternaam|familienaam|nachname|name|cognome|nazwisko|p[rř][ií]jmen[ií]|priezvisko)[_/ -](?:nom|naam|achternaam|familienaam|nachname|name|cognome|nazwisko|p[rř][ií]jmen[ií]|priezvisko)$|^(?:pr[ée]nom|voornaam|vorname|nome|imi[eę]|jm[ée]no|meno)[_/ -](?:pr[ée]nom|voornaam|vorname|nome|imi[eę]|jm[ée]no|meno)$/u);
/** A header that names a surname's column when a given name's column stands in the same header (see isNamePartCell). */
const NAME_BESIDE_GIVEN = native(/^(?:name|naam|nom)$/u);
/** Turkish exports head the given name's column `Ad` or `Adı` beside `Soyad` (see SURNAME_CELL_TR). */
const GIVEN_HEADER_TR = native(/^ad[ıi]?$/u);
/** A Turkish surname's column in a header row (`Soyad`, `Soyadı`). */
const SURNAME_CELL_TR = headerCellRegex('soyad[ıi]?|Soyad[ıi]?|SOYAD[Iİ]?');
/** `Ad` beside `Soyad`: a Turkish export's given name's column. */
function isTurkishGivenNameColumn(header: string, ctx: MatchContext): boolean {
  return GIVEN_HEADER_TR.test(header) && SURNAME_CELL_TR.test(tableHeaderRow(ctx) ?? '');
}
/** A given name's column in a header row. */
const GIVEN_NAME_CELL = headerCellRegex('vorname|voornaam|pr[ée]nom|first[ _-]?name|given[ _-]?name', 'iu');

/** Headers of a column of given names alone. */
const FIRST_NAME_HEADER = new RegExp(String.raw`(?:^|[\s_-])(?:first|given|fore)[ _-]?names?$|[_-]first$|^(?:${NAME_PARTY_PREFIX}) first$|(?:^|[\s_-])vorname$|^(?:vorname|prénom|prenom|nombre|nome|voornaam|imię|imie|fornavn|förnamn|fornamn|etunimi|etunimet|jméno|jmeno|keresztnév|keresztnev|vardas|eesnimi|vārds|vards|ime|prenume)$`, 'u');

/** The match fills its line, and the line above (blank lines skipped) is a sign-off. */
function isSignature(ctx: MatchContext): boolean {
  if (!/^[ \t]*(?:\r?\n|$)/u.test(ctx.text.slice(ctx.end, ctx.end + 3))) return false;
  const prev = previousLine(ctx.text, ctx.start)?.replace(/^[>\s]+/u, '');
  return prev !== undefined && (native(SIGN_OFF).test(prev) || SIGN_OFF_ENDING.test(prev));
}

/** A letter's closing formula at the end of its sentence ("…, Madame, mes salutations distinguées."). */
const SIGN_OFF_ENDING = native(/(?:salutations distinguées|sentiments distingués|sentiments les meilleurs|cordiali saluti|distinti saluti)[.!]?\s*$/iu);

function previousLine(text: string, lineStartPos: number): string | undefined {
  let end = lineStartPos - 1;
  for (let i = 0; i < 2 && end > 0; i++) {
    const s = lineStartNear(text, end, 400);
    const line = text.slice(s, end);
    if (line.trim() !== '') return line;
    end = s - 1;
  }
  return undefined;
}

/** The address right after a name, in the next cell or in angle brackets (`Skrytki Pomoc <pomoc@…>`, `Monitoring,monitoring@…`). */
const ADDRESS_NEXT = /^["']?[ \t]*(?:[,;\t|][ \t]*["']?|<)([\w.+-]{1,64})@[\w-]{1,63}\./u;

/** The name is a role mailbox's display name (a desk's, a monitor's): the address beside it says so. */
function isRoleMailboxName(ctx: MatchContext): boolean {
  const local = ADDRESS_NEXT.exec(ctx.text.slice(ctx.end, ctx.end + 90))?.[1];
  return local !== undefined && isRoleMailbox(local.toLowerCase());
}

/** A surname's particle as the greeting-and-title branch reads it (lower case or capitalised). */
/** Words of a form's stand-in for a missing value (`Not Available`, `Unknown Person`), not a surname's. */
const NOT_A_SURNAME_WORD = native(/^(?:Not|None|No|Available|Unavailable|Unknown|Pending|Redacted|Removed|Deleted|Provided|Applicable|Given|Specified|Set|Required|Name|Surname|User|Customer|Test|Sample|Example)$/u);
/** A last-name label right before the value (`"surname": "`, `Apellidos: `). */
const LAST_NAME_LABEL_BEFORE = native(/(?:(?:last|family|sur)[ _-]?name|lastname|surname|nachname|apellidos?|cognome|nom de famille)["']?[ \t]{0,3}[:=][ \t]{0,3}["']?$/iu);
const SURNAME_PARTICLE = /^(?:[vV]an|[vV]on|[dD]e[nr]?|[dD]e la|la|[dD]i|[dD]a|[dD]u|[dD]el|[dD]os|[tT]e[rn]|[lL][ea])$/u;

/** Whether a candidate is a person's name in its context (see the rule's comment); the shared checks come after. */
function isNameInContext(s: string, ctx: MatchContext): boolean {
  const { text, start } = ctx;
  const m = ctx.match;
  if (m[8] !== undefined) return isKnownGivenName(s, ctx) || isRecordSurname(s, ctx);
  if (m[1] === undefined) return isAnyFullName(s, ctx);
  const ls = lineStartNear(text, start, 400);
  // JSON inside a JSON string escapes its quotes: `{\"name\": \"Inês Carvalho\"}` reads as unescaped.
  // Line breaks escaped in a JSON string (`\nMvh Karin`) read as the breaks they stand for.
  const prefix = text.slice(Math.max(ls, start - 80), start).replace(/\\(?:(?=["'])|[nrt])/gu, (m) => (m.length === 1 ? '' : '\n'));
  // (A surname after its particle, from the greeting-and-title branch, is read as the surname alone.)
  const words = s.split(/ /u);
  while (words.length > 1 && SURNAME_PARTICLE.test(words[0] as string)) words.shift();
  const given = words[0] as string;
  const surname = words.length > 1 ? (words[words.length - 1] as string) : undefined;
  if (surname !== undefined && (PLACEHOLDER_SURNAMES.has(surname) || NOT_SURNAMES.has(surname))) return false;
  if (isPlaceholderOrBrand(s) || (surname === undefined && isBesidePlaceholderSurname(ctx))) return false;
  const after = text.slice(ctx.end, ctx.end + 2);
  if (/^(?:\(|::|\.\w|=>|->)/u.test(after)) return false; // code: Anna(…), Anna::x
  if (!GIVEN_NAMES.has(given.split('-')[0] as string)) {
    // Surname-only branches: greeting + title, or a last-name label. (After a greeting without a title,
    // a word the lexicon lacks is a given name it lacks, `Dear Marios,`: unreported unless the wider lexicon has it.)
    // (A last-name label's value may be two or three words: `"surname": "Al Marzouqi"`, `Apellidos: Olmedo Zubiri`.)
    if (words.some((w) => PLACEHOLDER_SURNAMES.has(w) || NOT_SURNAMES.has(w))) return false;
    if (words.length !== 1) return words.length <= 3 && LAST_NAME_LABEL_BEFORE.test(prefix) && !words.some((w) => native(NOT_A_SURNAME).test(w) || NOT_A_SURNAME_WORD.test(w));
    // (After a greeting without a title: a given name of the wider lexicon alone, `Hi Camilla,`; see the decision below.)
    if (native(GREETING).test(prefix) && !TITLE_BEFORE.test(prefix)) return isLoneGivenNameInProse(given);
    return !native(NOT_A_SURNAME).test(given);
  }
  if (NOT_SURNAMES.has(given)) return false;
  // After a greeting or a sign-off, a full name ("Hi Anna Berg,", "Cheers, Koen de Vries"), or a
  // given name of the lexicon alone ("Hi Anna,", "Mvh Karin"), not one that is a word too (Will,
  // May, Grace). Decision (session 77, reversing session 30's): the issue names greetings and
  // signatures, and the writers of the twenty corpora of sessions 75 to 77 label the lone given name
  // after a greeting 253 times of 260 (the other 7 are titles: Sra, Sr, Ma, Kak); session 30's
  // corpora had labelled none of 111.
  if (native(GREETING).test(prefix)) return surname !== undefined || isLoneGivenNameInProse(given);
  if (native(INTRO).test(prefix)) return true;
  // A support transcript's speaker: "--- Jennifer (customer) ---".
  if (SPEAKER_ROLE.test(text.slice(ctx.end, ctx.end + 20))) return true;
  // "Anna Schmidt <anna@firma.de>": a full name right before an e-mail address (mail headers,
  // git authors, package.json people fields).
  if (surname !== undefined && ANGLED_EMAIL_NEXT.test(text.slice(ctx.end, ctx.end + 300))) return true;
  // "Priya Raman (priya.raman@…)", ("Maria Gonzalez", "m.gonzalez@…"), "Jo Bauer at jo@…": a full
  // name right before an e-mail address whose local part holds the given name or the surname.
  if (surname !== undefined && isOwnEmailNext(text.slice(ctx.end, ctx.end + 90), given, surname)) return true;
  if (native(FIRST_NAME_LABEL).test(prefix)) return !hasFullNameSibling(ctx);
  if (surname === undefined && PERSON_ROLE_LABEL.test(prefix) && /^(?:[.,;!)]|[ \t]*$|[ \t]*\r?\n|\\[nr])/u.test(text.slice(ctx.end, ctx.end + 3))) return true;
  if (native(NAME_LABEL).test(prefix)) return surname !== undefined;
  if (surname !== undefined && text[start - 2] === ',' && native(PEOPLE_LIST_LINE).test(text.slice(ls, start))) return true;
  if (surname !== undefined && hasPersonalDataOnLine(ctx)) return true;
  // A list item under an Attendees / On-call heading, a bold speaker, an action item's owner.
  if (surname !== undefined && isNoteStructureName(ctx)) return true;
  // (A second surname may follow the match: "Un saludo,\nPablo López Ortega".)
  const lineEnds = SECOND_SURNAME_THEN_END.test(text.slice(ctx.end, ctx.end + 40) || '\n');
  // A signature line under a sign-off, also in a quoted reply ("> Best,\n> Daniel Osei").
  // (A full name: a given name alone under a sign-off is the decision above's lone name.)
  if (surname !== undefined && lineEnds && /^[>\s]*$/u.test(prefix)) {
    const prev = previousLine(text, ls)?.replace(/^[>\s]+/u, '');
    if (prev !== undefined && (native(SIGN_OFF).test(prev) || SIGN_OFF_ENDING.test(prev))) return true;
  }
  // Signed with a dash at the end of a message: "thanks, that fixed it. — Anna Lindqvist".
  if (surname !== undefined && lineEnds && /\S\s[—–]\s?$/u.test(prefix)) return true;
  if (surname !== undefined && native(AFTER_NAME_OR_OTHER_LABEL).test(prefix)) return true;
  if (surname === undefined && isNameCellsBesideOwnEmail(s, ctx)) return true;
  // The cell may hold a second surname the lexicon shape left out ("Ana Clara Carvalho"): an
  // aligned column's header lines up with the whole cell.
  const more = SECOND_SURNAME.exec(text.slice(ctx.end, ctx.end + 30));
  const header = columnHeader(more ? { ...ctx, end: ctx.end + (more[0] as string).length } : ctx);
  const wordCount = words.length + (more ? 1 : 0);
  if (header !== undefined && isNameColumnAt(header, wordCount, ctx) && !isPlaceLikeName(words)) {
    const cellStart = /(?:^|[,;\t|(]\s*["']?|\S {2,})$/u.test(prefix);
    return cellStart;
  }
  return false;
}

// Only in context (a bare capitalised pair is no evidence): the value of a name label
// (name:, full_name=, "customer_name": ..., From:, Author:, Signed-off-by:), a first-name label
// (given name alone), a table column headed name/customer/first name, an introduction ("my name is",
// "ich heiße", "@author"), a greeting ("Hi Anna,", "Dear Mr. Smith") or a signature
// line after a sign-off ("Best regards,\nAnna Müller"). Labels need given name + surname, or a
// given name alone when the label asks for a first name. Placeholder names (John Doe, Max
// Mustermann) and surnames that are code words (Julia Setup) are dropped.
export default defineRule({
  id: 'person-name',
  category: 'pii',
  description: "Person's name in context (labels, greetings, signatures, introductions, name columns)",
  // The context words are the keywords: labels, greetings, sign-offs, introductions, and header
  // words of name columns. The rule then looks only at the text right after them.
  keywords: [
    // `name` only where a label, a header cell or a column list ends it: not in filename, names(), .name.
    // Not `name ` either (only before a second space, a cell's bar, `is`): code writes `name = …` everywhere. It opened a third of the bench's 5,000-line
    // file as windows (person-name: half the rule's rescan time) and found one name in 30 corpora,
    // a sign-off that `grus` (Gruß as the keyword pass reads it) finds now.
    'name:', 'name=', 'name"', "name'", 'name`', 'name]', 'name,', 'name;', 'name|', 'name\t', 'name\n', 'name  ', 'name |', 'my name', 'name is', "name's", 'vorname', 'nachname', 'name\r',
    // TOML's inline tables and keys at a line's start (pyproject's `authors = [{ name = "…", email = "…" }]`, `[manager]\nname = "…"`).
    '{ name = ', '\nname = "',
    // Indonesian and Malay name columns (nama, nama_penuh, nama_penerima) and a bilingual export's Latin-script column (name_en)
    'nama_', 'nama\t', 'nama,', 'nama;', 'nama:', 'nama"', 'name_en', 'name_eng', 'name_latin', 'name_roman',
    'names:', 'names,', 'names\n', 'author', 'contributor', 'maintainer', 'owner', 'patient', 'employee', 'recipient', 'sender', 'from:', 'to:', 'cc:', 'caller',
    'attendee', 'passenger', 'applicant', 'cardholder', 'card holder', 'account holder', 'holder:', 'holder"', 'signed by',
    'signed-off', 'signed:', 'prepared by', 'reviewed by', 'approved by', 'assigned to', 'assignee', 'contact', 'beneficiary',
    'guardian', 'spouse', 'customer', 'client', 'landlord', 'witness', 'teacher', 'student', 'doctor', 'physician', 'nurse',
    'clinician', 'practitioner', 'prescriber', 'therapist', 'dentist', 'pharmacist', 'caregiver',
    'nom:', 'nom ', 'nom"', "nom'", 'nom,', 'nom\t', 'prenom', 'naam', 'kunde', 'kundin', 'ansprechpartner', '-by:', 'apellido',
    'nombre', 'nome', 'titular', 'titulaire', 'socio', 'cio:', 'requester', 'bearbeitet', 'ansprechperson',
    // titles that only precede a name (see FULL_NAME_TITLE); not `ms ` (milliseconds) or `dr` alone (drive, Elm Dr)
    'mr ', 'mr.', 'mrs', 'miss ', 'dr. ', 'prof. ', 'herr ', 'herrn ', 'frau ', 'pani ', 'pan ', 'mme ', 'mlle ', 'monsieur', 'madame', 'mademoiselle', 'signor', 'sig.', 'dott', 'avv.',
    'mevrouw', 'meneer', 'dhr.', 'mevr.', 'sra.', 'srta',
    'actor', 'arrendat', 'inquilin', 'responsable', 'responsabile', 'grazie', 'danke', 'merci', 'gracias', 'obrigad', 'bedankt',
    'salutations', 'atenciosamente', 'cumprimentos', '(dob', '(d.o.b', '(born', '(geb.', 'yo,', 'soussign', 'sottoscritt',
    'outgoing', 'incoming', 'on-call', 'on call', 'oncall', 'mentor', 'buddy', 'mieter', 'vermieter', 'locataire', 'titolare', 'intestatario', 'coniuge',
    'ehepartner', 'createdby', 'created by', 'created_by', 'updatedby', 'updated by', 'updated_by', 'modifiedby', 'modified by',
    'modified_by', 'submittedby', 'submitted by', 'submitted_by', 'requestedby', 'requested by', 'requested_by',
    'welcome', 'welkom', 'willkommen', 'bienvenu', 'benvenut', 'bem-vind', 'dzie', 'witam', 'buongiorno', 'buonasera', 'buenos d', 'buenas', 'bom dia', 'boa tarde', 'boa noite', 'goedemorgen', 'goedemiddag', 'goedenavond', 'dobr', 'merhaba', 'sayin', 'sevgili', 'pozdr', 'abra', 'buna ', 'buna,', 'stimat', 'labas', 'laba diena', 'sveiki', 'labdien', 'tere ', 'tere,', 'ahoj', 'dobre rano', 'vazen', 'czesc', 'szanown', 'szia', 'jo napot', 'kedves', 'postovan', 'bok ', 'bok,', 'aciu', 'dekuji', 'diky', 'dziekuje', 'koszonom', 'paldies', 'aitah', 'hvala',
    'dear', 'hi ', 'hi,', 'hello', 'hey ', 'hey,', 'hallo', 'liebe', 'geehrte', 'guten tag', 'moin', 'servus', 'bonjour',
    'salut', 'hola', 'ola ', 'ola,', 'habari', 'jambo', 'asante', 'halo ', 'halo,', 'terima kasih', 'kak ', 'kuya ', 'salamat', 'namaste', 'shukriya', 'dhanyavaad', 'dankie', 'goeie m',
    'estimad', 'querid', 'ciao', 'gentile', 'cara ', 'caro ', 'beste ', 'geachte ', 'hoi ', 'hej ', 'hei ', 'good morning',
    'good afternoon', 'good evening', 'thanks', 'thank you', 'regards', 'cheers', 'sincerely', 'yours', 'all the best',
    'take care', 'talk soon', 'best', 'freundliche', 'grus', 'viele gr', 'herzliche', 'lg,', 'lg\n', 'lg ', 'vg,', 'vg\n',
    'mfg', 'cordialement', 'bien ', 'amiti', 'bisous', 'saludo', 'atentamente', 'saluti', 'groet', 'lsningar', 'mvh',
    'pozdrawiam', 'pozdravem', 'kiitos', 'thx', 'vielen dank', 'besten dank', 'dank je', 'dank u', '\n-- \n', '\n--\n', "i am", "i'm", 'this is', 'call me', 'ich hei', 'ich bin', "m'appelle", 'je suis', 'me llamo', 'soy ',
    'mi chiamo', 'sono ', 'ik ben', 'sunt ', 'numesc', 'numele meu', 'zovem se', '@author', 'kontakt', 'inhaber', 'signature', 'unterschrift',
    // other languages' name and customer labels, a payment's parties, lists of people
    'namn', 'navn', 'nimi', 'imie', 'nazwisko', 'leerling', 'rvarande', 'aanwezig', 'presentes', 'anwesend', 'deelnemers', 'deltagare', 'uczestnicy', 'partecipanti', 'participantes', 'z powa', 'sayg', 'hilsen', 'venlig', 'vennlig', 'kare ', 'kare,', 'kjare ', 'kara ', 'hyva ', 'terveisin', 'klant', 'kund', 'debtor', 'creditor', 'payer', 'payee', 'participant',
    'teilnehmer', 'deelnemer', 'partecipant', 'heter', 'hedder', 'nazywam', 'me chamo', 'meu nome', 'me nomme', 'jina langu', 'mimi ni', 'mera naam', 'mera nam', 'sou o ', 'sou a ', 'visit', 'besucher', 'bezoeker', 'gecos',
    // a note's people: bold speakers and action items in lists
    '- **', '- [ ]', '- [x]', '** wrote', '** replied', '** (', 'sprzedawca', 'nabywca', 'decider', 'reviewers', 'approvers',
    // a person's data on the name's line
    'cpf', 'dni', 'bsn', 'ssn', 'iban', 'pesel', 'codice fiscale', 'nato il', 'nata il', 'nato/a', 'tel ', 'tel.', 'movil', 'celular',
    // a name followed by its owner's e-mail address, or in a table row with a phone number
    '@', '| +',
    ...NAME_PART_HEADER_CELLS,
    ...OTHER_NAME_HEADER_CELLS.filter((k) => !['nom,', 'nom\t'].includes(k)),
    // Romanian full-name columns and fields (NumeComplet, nume_complet)
    'numecomplet', 'nume complet', 'nume_complet',
    // Hungarian, Romanian and Croatian name columns of claims and payroll exports (Károsult neve,
    // nume_prenume, asigurat, osiguranik, ime i prezime); not `neve` alone, which `never` holds
    'neve"', 'neve;', 'neve,', 'neve\t', 'neve\n', 'karosult', 'szerzodo', 'biztositott', 'kedvezmenyezett', 'teljes nev', 'prenume', 'asigurat', 'pagubit',
    'osiguranik', 'ostecenik', 'ugovaratelj', 'prezime',
    // a fleet's or a field team's assignment column (`assigned_driver`)
    'assigned_driver', 'assigned_rider', 'assigned_courier', 'assigned_technician', 'assigned_engineer',
    // a payroll export's employee column in French, Dutch, German, Italian, Spanish, Portuguese and Polish (`Salarié`, `Werknemer`)
    'salarie', 'werknemer', 'mitarbeiter', 'dipendente', 'trabajador', 'empleado', 'funcionario', 'pracownik',
    // a log table's column of who did it (`| Date | Key | Who |`), and its `… by` headers
    '| who |', '|who|', ',who,', ';who;', '\twho\t', 'performed by', 'rotated by', 'revoked by', 'done by',
  ],
  // Names follow their context word within a line or two (or a few table rows under a header).
  // NOTE: no one- or two-letter keywords and none that hide in common words (placeholder, they,
  // svg, algorithm, matcher, choice): keyword positions are tracked for the windows. The one
  // exception is `@`, for a name right before its owner's e-mail address; it cost no measurable
  // engine throughput on the bench corpus (JSDoc tags included) and found no new names in its code.
  window: { before: 128, after: 400 },
  columns: true,
  // A header cell (`first_name,`) is followed by rows: the window of one that ends inside a table
  // runs on to the table's end (`columns`). (Header cells had windows of 4,000 characters of their
  // own: in code, `function (name, value)` opened 20 KB of a 5,000-line file's 145 KB, a tenth of its
  // rescan, and they found nothing more in the bench corpus or nine held-out corpora.)
  // `@` opens a narrower one: it stands for the name right before its owner's address (or right
  // after it: `anna@… (Anna Berg)`), not for the text below. With the rule's window it made 34 MB
  // of the bench corpus's 54 MB into windows, and the rule took 15% of a whole scan.
  keywordWindows: { '@': { before: 128, after: 96 } },
  // `@` marks a name right before its owner's address: JSDoc tags and decorators (`@param`,
  // `@Component`) have no local part before them and open no window.
  keywordsAfterWord: ['@'],
  hints: NAME_PART_HINTS,
  pattern: PATTERN,
  secretGroup: [1, 2, 3, 8],
  // A fixture's record (a placeholder person, an address at a reserved domain), a copyright notice and
  // an institution named after a person (`Hospital Municipal Dr. <name>`) name nobody: asked last, of the names every other check let through (both read the whole line).
  // (A search's wildcard term, `"last_name": "Mar*"`, is the start of many names: no one's.)
  // (Not a business named for its owner, `Kavya Organics`, `Mehta Textiles`: a legal form or a trade's noun in the name.)
  validate: (s, ctx) => !isWildcardTerm(ctx) && !TITLE_ENDS_SENTENCE.test(ctx.text.slice(Math.max(0, ctx.start - 16), ctx.start)) && !(s.includes(' ') && ORGANISATION_WORD.test(s)) && !isCopyrightHolder(ctx) && isNameInContext(s, ctx) && !isOnPlaceholderPersonLine(ctx) && !isNamedAfterInstitution(ctx) && !isInPlaceTableRow(ctx) && !isRoleMailboxName(ctx) && !isInCitation(ctx) && !isInProductColumn(ctx),
  redactAs: 'name',
  examples: {
    positive: [
      // a Swiss insurer's export: `Name` beside `Vorname` is the surname's column; a Belgian one's bilingual headers
      'Policennr,Anrede,Name,Vorname,Ort\nKV-1,Frau,Zwyssig-Brändli,Ottilie,Sarnen',
      'police;nom_naam;prenom_voornaam;localite\nBE-1;Vercammen;Wannes;Lier',
      // a last-name field of two words, whole
      '{"name": "Rashed", "surname": "Al Marzouqi", "city": "Sharjah"}',
      // a given name that is a word too (Daisy), with a surname the surname lexicon knows
      '{"name": "Daisy Holmqvist", "role": "parent"}',
      // a Malaysian courier export's full-name column (nama_penuh), a Chinese name in its own order
      'id_pekerja\tnama_penuh\tcawangan\nP-1\tLim Mei Ling\tIpoh\n',
      // a Dutch surname after `in 't`, as a payment log's account holder
      `{"level":"warn","msg":"mandate refused","holder":"Lieke in 't Hout"}`,
      // a payment failure export's cardholder column (a whole cell, in quotes, names the lexicon may lack)
      'charge,cardholder,amount\nch_1,"Tāne Ropata",20.00\nch_3,"Hinemoa Kettering",12.00\n',
      // a runbook's log of who rotated which key, a Markdown table
      '| When | Secret | Who | Ticket |\n|---|---|---|---|\n| 2025-02-03 | billing prod | Teodric Vallanby | OPS-12 |\n',
      // a given name that is also a place, beside the person's own address
      '{"customer_details": {"email": "s.ashcombe@gmail.com", "name": "Sydney Ashcombe", "phone": null}}',
      // a street named after a famous person on the line is no sample person's
      'Customer: Élodie Garnier, 14 avenue Victor Hugo, Paris',
      // a Dutch reminder letter's salutation: title and surname
      'Geachte mevrouw Verbeek,\n\nUit onze administratie blijkt een openstaand bedrag.',
      // ...and a surname with its particle, lower case or capitalised
      'Geachte heer de Groot,\n\nHierbij ontvangt u de jaarafrekening.',
      'Sehr geehrte Frau von Bredow,\nvielen Dank für Ihre Nachricht.',
      'Dear Mrs. Van der Meulen, your order has shipped.',
      // a full name after a greeting or a sign-off
      'Hi Anna Kowalczyk, thanks for the update.',
      'Viele Grüße, Niklas Brandauer (Servicedesk)',
      '{"personalnummer": "CH-2231", "name": "Brunner", "vorname": "N.", "kanton": "ZH"}',
      // SQL Server's scripted insert: N'…' strings, a Romanian full-name column
      "INSERT [dbo].[Utilizatori] ([Id], [UserName], [NumeComplet], [Rol]) VALUES (1, N'ilinca.pop', N'Ilinca Popovici', N'Admin');",
      // rows of words alone under a header are rows, not headers; a French header's rows run on
      'name,team,city\nPlatform,Infra,Berlin\nElodie Marchand,Claims,Lyon',
      `Nom;Prénom;Ville\n${'4711;dossier en cours de traitement par le service sinistres;Lyon 2e arrondissement\n'.repeat(30)}MARCHAND;Élodie;Lyon`,
      'Bonjour Madame Lefebvre,\nnous avons bien reçu votre demande.',
      'Gentile dott.ssa Bernardi,\nin allegato la documentazione.',
      'From: "Beatrix Amstutz" <beatrix.amstutz@bluewin.ch>',
      'Caller:    Mei-Lin Zhao (subscriber, dental group)',
      '"text": "Postmortem mañana 10:00 CET. Owner: Javier. Cierro el incidente."',
      // greetings and sign-offs inside a JSON string, after an escaped line break
      '{"user": {"display_name": "Elin", "real_name": "Elin Lindqvist"}}',
      'Bună ziua domnule Vasilescu,',
      'z. Hd. Herrn Wolfram Kessler\nBrauhausgasse 4',
      '## Attendees\n- Marta Lewandowska (IC)\n- Tyler Brandvold (Ops)\n',
      '  - name: openn\n    gecos: Oliver Pennington\n    groups: [sudo]\n',
      '"primaryCustomer": {\n  "id": 567187118,\n  "first": "Davide",\n  "last": "Conti"\n}',
      '"body": "Order 64676 verified in the shop admin. Customer name on order: Noor de Vries. Sent macro."',
      '| Week | Primary | Phone |\n|---|---|---|\n| 2024-10-07 | Megan Holloway | +1 512-836-2047 |\n',
      "        'name' => 'Mathis Lefebvre',",
      'Dear Mr. Okonkwo,\nplease find attached',
      '"customer_name": "Sophie Wagner"',
      'Best regards,\nLukas Brandt',
      'id,name,email\n7,Ingrid van der Berg,ingrid@firma.nl',
      // given names that are words, or that the lexicon lacks, in a column of full names
      'eval_id,agent_name,queue\nQA-1201,Mark Anthony Villanueva,HBL_TECH\nQA-1202,Lovely Tumulak,RGE_BILLING\n',
      'payout_id,recipient_type,recipient_name,amount_kzt\nPO-2404100,INDIVIDUAL,"Yerzhan Abdrakhmanov",92000.00\n',
      // a police registration's surname and given-name columns (Croatian), a night audit's guests (Slovenian)
      'Rbr;Prezime;Ime;Spol;Datum rođenja\n1;Bošnjak;Kristina;Ž;03.09.1986.\n',
      'Poslovni dan;Soba;Gost;Odrasli\n14.06.2024;12;Župan Andrej;2\n',
      'learner_id,surname,first_names,dob,grade\n5513,Mahlangu,Reinette,2014-05-21,5',
      'resv_id;room;guest_first;guest_last;country\n886759;307;Thandeka;Mthembu;ZA',
      'My name is Priya Raman and I need help',
      'first_name: Jonas\nlast_name: Lindqvist',
      '"contributors": [\n    "Katharina Vogel <k.vogel@posteo.de>",',
      'Kontakt: Anna K. Schmidt',
      'Questions? Ask Priya Raman (priya.raman@northwind.io) before Friday.',
      'ADMINS = [("María González", "maria.gonzalez@acme-logistics.com")]',
      // any given name where the context says a person's name follows
      ' * @author Radomir Wrzesniak',
      'Signed-off-by: Teodor Vasilescu <teo@vasilescu.ro>',
      'customer_name: "Ayumi Hoshino"',
      'Naam:             Joost van Dijk',
      'Titular: Lucía Fernández Ortega | DNI: 61827394J',
      '"maintainer": "Kwabena Mensah-Owusu (kwabena@mensah.gh)"',
      'reported by Bogdan Radu <bradu@firma.ro> on Monday',
      'Dear Dr Ramesh Okonjo,\nthank you for seeing',
      'Yours sincerely,\n\nDr Eleanor Whitcombe\nConsultant',
      '> Best,\n> Daniel Osei',
      "stripped the \\r and it works. you're the best. — Anna Lindqvist",
      // given names of the wider lexicon
      'Kontoinhaberin: Friederike Schallenberg',
      '"full_name": "Farhan Qureshi",',
      // a Korean name in Western order whose surname is an English word too
      '{"id": "U07Q", "name": "sypark", "real_name": "Seoyoung Park", "tz": "Asia/Seoul"}',
      'check_id\tholder_name\tcountry\n757655\tFemke Jansen\tNL\n758233\tNerea Etxeberria\tES',
      'id,first_name,last_name\n1,Marisol,Quintanilla',
      'employee_id;surname;forename\nE1;Oyelaran-Brandt;Sven',
      '{"ts": "2024-06-09T23:35:02Z", "actor": "Jonas Brandt", "action": "login.success"}',
      "INSERT INTO customers (id, first_name, last_name) VALUES\n  (1000, 'Henrik', 'Aasgaard'),\n  (1001, 'Chiara', 'Benedetti');",
      '"text": "{\\"customer\\": {\\"name\\": \\"Inês Carvalho\\", \\"email\\": \\"x\\"}}"',
      // the first column, surnames with Mc/O' and double surnames, camelCase name labels
      'cognome;nome;data_nascita\nBianchi;Giulia;27/09/1983',
      'Forename\tSurname\tNI Number\nSiobhan\tMcAllister\tOZ 47 19 26 C',
      'Forename\tNI Number\nSiobhan\tOZ 47 19 26 C',
      // a pg_dump data block: tab-separated rows under `COPY … (columns) FROM stdin;`
      'COPY public.patients (id, last_name, city) FROM stdin;\n7\tAchterberg\tLeiden\n\\.',
      // a mysqldump names no columns: the e-mail address beside the cells spells the name
      "INSERT INTO `customer` VALUES (0xC1E3,'10480','Henrik','Lorenzen','h.lorenzen@posteo.de','1974-07-03'),(0xB6D7,'10517','Katrin','Schwaiger','schwaiger.katrin@icloud.com',NULL);",
      "INSERT INTO customers (id, last_name, created_at) VALUES\n  (1003, 'Fernández Ortega', now());",
      '{"firstName": "Émilie", "lastName": "Tremblay"}',
      '"createdBy": "Harpreet Sandhu",',
      // any full name before its owner's e-mail address: a printed data frame, an HTML table, a tuple
      '0  Margarethe Vollmer   m.vollmer@web.de             202.61.147.33    21',
      '<tr><th>0</th><td>Margarethe Vollmer</td><td>m.vollmer@web.de</td></tr>',
      '       "      <td>Rowan Ashbury</td>\\n",\n       "      <td>rowan.ashbury41@gmail.com</td>\\n",',
      // introductions (any given name), a second surname under a sign-off, a Markdown key/value
      // table, a list of attendees, other languages' column headers, a payment's debtor
      'Hej! Jag heter Ingrid Sjöholm och jobbar på kundportalen.',
      'hey, my name is Callum Ashdown, I run the payments team',
      'Un saludo,\nPablo Iglesias Prieto',
      '| Feld | Wert |\n|---|---|\n| Name | Tobias Lindner |',
      'Attendees: Priya Natarajan, Lotte Vermeulen, Piotr Nowicki',
      'medlem_id,namn,kommun\nM-1042,Oskar Lindahl,Uppsala',
      'debtor=Matthias Vogel amount=12.50 EUR',
      // a note's structure: a heading with a role, a bold speaker, an action item's owner
      '### Sneha Iyengar — Data Scientist\n- Contact: via the agency',
      '- **Lotte Vermeer**: rotating the Grafana admin creds.',
      '- [ ] Callum Ashby to email the colo about the rack move',
      // a name on a line that holds the person's data, a bold author in a ticket
      '2024-05-13 11:02:47 INFO enviando lembrete para Larissa Moreira CPF ***.***.***-** tel ***',
      'Il validatore rifiuta questo codice (Matteo Colombo, nato il 09/10/1977). Perché?',
      'INFO [mailer] sent invoice to m.kaminska@interia.pl (Małgorzata Kamińska) via postmark',
      '**Caleb Kowalczyk** wrote:\n> The export fails since Monday.',
      // a double given name in an aligned column of a notebook's output
      '       "                 nome   uf\\n",\n       "0   Ana Clara Moreira   RJ\\n",',
      // the MySQL client's and psql's result tables, under the query that printed them
      'mysql> SELECT first_name, last_name FROM staff;\n+------------+------------+\n| first_name | last_name  |\n+------------+------------+\n| Henrik     | Lindqvist  |',
      'app=> select id, full_name from staff;\n id |   full_name\n----+----------------\n  7 | Marit Solberg',
      // a data frame printed with aligned columns
      '{\n "text": [\n  "   vorname    nachname  geburtsdatum    plz\\n",\n  "0    Malte     Kessler    1986-10-23  10435\\n",\n  "2      Max  Mustermann    1970-01-01  12345\\n"\n ]\n}',
      'MANAGERS = [("Sanne Verhoeven", "s.verhoeven@kanaalzicht-ict.nl")]',
      'Contact RH : Julien Marchand — j.marchand@atelier-lumen.fr',
      '--- Jennifer (customer) ---\nHello,',
      'KycService - verification provider rejected document for Christoph Overbeck (dob=1990-03-15)',
      'Yo, Elena Jiménez Pardo, con DNI en vigor, solicito la supresión de mis datos',
      'Yo, Inés Jiménez Pardo, con DNI en vigor, solicito la supresión de mis datos',
      "INSERT INTO clientes (nombre_completo, tipo_documento, pais) VALUES\n  ('Nuria Castillo', 'DNI', 'ES'),\n  ('Álvaro Vidal Soler', 'NIE', 'ES');",
      '- **HR:** Femke de Vries (femke.vries@ledgerwren.io)',
      '# On-call handover\n\n**Outgoing:** Tariq Fletcher\n**Incoming:** Aleksandra Mazur',
      '- **Buddy/mentor:** Wouter de Jong – reach him on Slack',
      // sign-offs, thanks and labels in more languages, Markdown bold labels
      "vous prie d'agréer mes salutations distinguées.\n\nSébastien Marchetti\n",
      'Un saludo,\nÁlvaro Gutiérrez Medina\nEnviado desde mi iPhone',
      'mi servono codice fiscale e IBAN. Grazie, Giulia Ferraresi',
      'Responsable: Juliana Nascimento Prado — CPF em anexo',
      'Co-arrendataria: Ioana Popescu, NIE en trámite',
      '- **Name:** Lachlan Whitaker',
      'employee_id,first_name,last_name,fte\nE1103,Gareth,Kingsley,0.8\nE9999,John,Doe,0',
      // 30 rows (570 characters) below its header
      `id,first_name,dob,created\n${'7,-,n/a,2024-01-01\n'.repeat(30)}8,Friederike,n/a,2024-01-02`,
      'COPY public.agent (id, login, prenom, nom, email, actif) FROM stdin;\n1\tnroussel\tNathalie\tRoussel\tn.roussel@logisflandre-habitat.fr\tt',
      // a MyInfo record's name: a given name the lexicon lacks, with a Malay patronymic
      '{"ref":"SG-24-000732","source":"myinfo","name":"Nur Aisyah binte Rahmat","dob":"2001-03-17"}',
      // an allowlist's approver and an incident timeline's analyst: the people who signed off
      'employee_id,laptop_hostname,approved_by,expires\nE20417,LT-0588,Kemi Adeyemi-Hart,2027-03-31\n',
      'timestamp_utc,category,event,analyst\n2026-11-18T03:41:12Z,AWS,"key used from a new address",Wen Liang\n',
      // a roster's guardian column, numbered as SIS exports number them, with given names the lexicon lacks
      'student_number,guardian1_name,guardian1_phone\n264077,Thu Vandermolen,(360) 555-0100\n',
      // a given name the lexicon lacks (and a team's word), spelled whole by the address beside it
      'Name:        Dev Wenlock\nEmail:       dev.wenlock@fastmail.com',
      // a contacts export's name column: given names of the wider lexicon (a dale is a valley too)
      'household_id\tcontact_name\trelationship\nHH-1\tDale Ashworth-Pike\tParent\nHH-2\tDuane Kettleby\tParent\n',
      // a TestFlight testers export: a cell's `Public Link` is no placeholder surname beside the given name
      'First Name,Last Name,Email,Invitation Type,Status\nBastian,Examplewood,b.examplewood@posteo.de,Public Link,Accepted\n',
      // a migration's aligned tuple: a surname beside its given name, spelled in the person's own address (ø as o)
      "INSERT INTO payees VALUES\n  ('p-1', 'DK-118', 'Bjørn',  'Sønderbæk',      'bjorn.sonderbaek@mail.dk',  '8000'),",
      // a fleet's van list: the driver assigned to each van
      'fleet_no,make_model,assigned_driver,status\nUS-0101,Ford E-Transit 350,Marcus T. Halloway,active\n',
      // a TestFlight export whose device cell's unquoted comma adds a cell after the name
      'First Name,Last Name,Email,Status,Device,OS Version\nBastian,Examplewood,b.examplewood@posteo.de,Accepted,iPhone SE 3rd gen (iPhone14,6),17.5\n',
      // Siri, a Norwegian given name as well as an assistant's, with a surname in a name column
      '| Role | Name | Phone |\n|---|---|---|\n| Payroll lead (NO) | Siri Brekkestad | x |\n',
      // a Quebec driver's double given name, its second part accented
      'driver_id,full_name,date_of_birth\nDRV-CA-00419,Marie-Ève Lachenaie,1984-03-08\n',
      // an identity provider's log: the actor's login cuts the surname short (initial and seven letters)
      '"actor": {\n  "alternateId": "sbrannig204@mail.brookfield-state.edu",\n  "displayName": "Sydney Brannigan"\n}',
      // an agent's chat in Romanian: the employee introduces herself
      '**user** (09:40:03): Bună ziua, am o întrebare despre fluturaș. Sunt Ioana Cazacu, din Cluj.',
      // a reply that does not know the customer's gender
      'Hallo Herr/Frau Brandstätter,\n\nvielen Dank für Ihre Anfrage.',
      // a given name written with a capital after its prefix (LaToya, DeAndre)
      '{"name": "LaToya Fairweather", "tier": "gold"}',
      // an on-call table's name cell, its given name one the lexicon lacks, spelled whole by the row's address
      '| name | role | email |\n|---|---|---|\n| Ansel Quist | DBA | ansel.quist@acme-health.com |',
      // a help desk's customer column, the given name one the lexicon lacks
      'case,customer_name,topic\nC-5,Dulmini Kalansooriya,billing',
      // a surname that holds a placeholder's word (`todo`) is still a surname
      'customer_name: Periklis Christodoulides',
      // a consult log's bare clinician column, the given name one the lexicon lacks
      'consult_id,clinician,service\nCN-1,Siaosi Halapua,gp-video',
      // a payment switch's log of the payer, the given name one the lexicon lacks
      'ReqPay accepted txnId=T-1 payer=<vpa> payerName="Tanmoy Vashisht" amount=310.00',
      // a chat export's profile: a known given name and a surname that is a word too
      '"user_profile": {\n  "real_name": "Lucienne Park",\n  "display_name": "lucienne"',
      // a runbook's on-call table: a name the lexicon lacks, then its owner's address in the next cell
      '| Shift | Name | E-mail | Phone |\n|---|---|---|---|\n| MY weekdays | Quah Bee Ling | bl.quah@kestrel-eats.com | 0190000000 |',
      // a Belgian payroll export's employee column
      'Periode;Personeelsnummer;Werknemer;Functie\n03/2024;W-0001;Wannes Dehaene;Chauffeur\n',
      // an Austrian social insurer's match export: the surname under Familienname
      'SVNR,Familienname,Vorname,Geburtsdatum\n0000000000,Hinterbergler,Ottilie,14.03.1977\n',
      // a Portuguese hotel's reservations: the guest (hóspede) in a row whose room is named after a poet
      'codigo,canal,estado,tipologia,hospede,email,telefone\nRES-1,Telefone,confirmada,Quarto Fernando Pessoa (vista rio),Chiara Kestrel,c.kestrel@libero.it,+39 347 000 0000\n',
      // a given name alone after a greeting or under a sign-off (decision, session 77: the writers label it)
      '{"body": "Kære Camilla,\\nvi har modtaget din sag."}',
      'Szia Réka, köszi a gyors választ!',
      'Olá Luana, tudo bem? Vou verificar.',
      'Asante Achieng! Nimehifadhi namba.',
      'I rotated the key in vault.\n\nCheers, Koen',
      'Bonjour Sébastien,\nmerci pour votre retour.',
      '{"body": "Takk for svaret.\\nMvh Karin"}',
      '[2024-09-02 06:20] Dispecerat: Bună dimineața, Adrian. Unde ești acum?',
      'Hi Anna, thanks for the update.',
      'Dzień dobry Marta,\nw załączniku faktura.',
      'Buongiorno Marco, ho controllato i log.',
      'Dzień dobry Pani Monika,\ndziękujemy za zgłoszenie.',
      'Viele Grüße, Niklas (Servicedesk)',
      // an Indian KYC export: the father's or the spouse's name beside the customer's
      'customer_id,full_name,father_or_spouse_name,dob\nKMC0000003,Ishita Velankar,Mohan Velankar,14/02/1991\n',
      // a Finnish credit report: the surname and the given names (etunimet), each in its column
      'kyselyn_tunniste;sukunimi;etunimet;postinumero\nAT0000000001;Brennock;Helmi;33100\n',
      // an Austrian CRM export's Zuname, an insurer's claims list with the policyholder's (VN) name parts
      'Kundennr;Anrede;Zuname;Geburtsdatum;Mobil\nKD-000001;Herr;Wendelstein;19.08.1953;0677/0000000\n',
      'Schaden-Nr\tSparte\tVN Nachname\tVN Vorname\tPLZ\nH-1\tGlas\tWendelstein\tOttokar\t8052\n',
      // a clearinghouse's provider enrollment roster: the provider's name parts
      'Client ID,Practice,Provider Last,Provider First,Credential\nCL1,Example Family Medicine,Wendelstein,Ottokar,MD\n',
      // a Turkish payroll: the given name under `Adı`, beside `Soyadı` (here initialled)
      'Sicil No;Adı;Soyadı;Departman\nP-7;Gülizar;T.;Hukuk\n',
      // the same with a given name the lexicon knows
      'Sicil No;Adı;Soyadı;Departman\nP-8;Nevzat;K.;Hukuk\n',
      // a Polish and Czech shop's newsletter consents: the given name's column headed in both languages
      'email,imie_jmeno,jezyk\nx@example.pl,Bożydar,pl\n',
      'email,imie_jmeno,jezyk\ny@example.pl,Bolesław,pl\n',
      // a UK payroll bureau's employee master: `Forename(s)` heads the given names
      'Payroll No,Title,Forename(s),Surname\nCV1,Ms,Winifred,H.\n',
      // a surname that is a given name too, under the surname's column
      'Payroll No,Title,Forename(s),Surname\nCV2,Mr,K.,Ambrose\n',
      // a Mexican subscribers' export: two surnames, the father's and the mother's
      'id_cliente,nombre,apellido_paterno,apellido_materno,plan\nNVM-1,Anselmo,Ibargüengoitia,Ibarrola,Prepago\n',
      // an Argentine collections export's assigned collector (gestor_asignado)
      'nro_cliente;deuda_total;gestor_asignado;ultima_gestion\nNVA-1;$ 42.521,21;Anselmo Ibargüengoitia;Buzón de voz\n',
      // a Portuguese energy retailer's customers: the surnames' column (apelidos)
      'n_cliente;apelidos;nif\nPTC1;Quintela Ramos;100000002\nPTC2;Sardinha Lopes;100000010\n',
      // a Java DTO's toString in a log: the surnames after apellidos=
      'INFO alta contrato request=AltaContratoRequest[titular=TitularDto[nombre=X, apellidos=Quintela Sardinha, tipoDocumento=DNI]]',
    ],
    negative: [
      // a tenant file's employer, named for its founder, under its own column
      'id\ttenant_id\tstatus\temployer_name\tscore\n100423\t10423\tdraft\tLeroy Kestrel France\t0.29\n',
      // a lead's school, a state school named after a teacher; a city named after a governor
      'data,nome,email,escola\n2024-04-06,A. Exemplo,a.exemplo@gmail.com,EE Prof. Benedito Lima Rocha\n',
      'Endereço: Rua Exemplo, 10; Bessa; João Pessoa; PB',
      // a seller onboarding export's trade name: the owner's given name and the trade
      'id;tipo;nome_fantasia;cnpj\nS-1;MEI;Rosana Bordados;<cnpj>',
      // an Irish company in a client list's name column (Teoranta: Irish for Limited)
      'id,ref,client_name,country,doc\n2e1a,C-0704,Kestrel Seafoods Teoranta,IE,Company registry extract\n',
      // a runtime's documented example: a famous phrase's character, its given name a modal verb
      "const name = 'Will Robinson';\nconsole.warn(`Danger ${name}! Danger!`);",
      // a last-name field's stand-in for a missing value
      '{"firstName": "Rashed", "lastName": "Not Available"}',
      // a service account's row: its address spells the cell, but the words are a machine's
      '| name | role | email |\n|---|---|---|\n| Build Server | CI | build.server@acme-health.com |',
      // a shared device's row: its address runs the cell's words together, as service accounts do
      '| name | role | email |\n|---|---|---|\n| Kiosk Display | AV | kioskdisplay@acme-health.com |',
      'Ask Siri Shortcuts to run the flow',
      // a chat agent's thanks, then a new sentence
      '[14:22:51] Thomas : Merci Madame. Avez-vous un numéro de déclaration ?',
      // a Rails fixture's records: a test person, an address at a reserved domain
      'olivia_test:\n  title: Ms\n  first_name: Test\n  last_name: Tenant-One\n  email: tenant.one@example.com\n\nguarantor:\n  first_name: Marta\n  last_name: Quillfeather\n  email: guarantor@lettings.test\n',
      // a machine's name and its mailbox
      '  "name": "Build Server",\n  "email": "build.server@tandem-bikes.de"',
      // a place's name with its mailbox
      '{"store": {"name": "Sydney Harbour", "email": "harbour@shopco.example.org"}}',
      '{"customer": {"name": "Austin Downtown", "email": "ops@acme.example.org"}}',
      // a monitor's and a help desk's display names, their role mailboxes beside them
      'Id,Subject,Requester,Requester email\n5120,"[AUTO] heartbeat lost",Monitoring Automatów,monitoring@example.pl\n',
      'To: Skrytki Pomoc <pomoc@example.pl>',
      // a travel agency's hotel catalogue: hotels named like people
      "INSERT INTO `hotels` (id, name, city) VALUES (7, 'Alba Serena', 'Málaga'), (8, 'Lucia Playa', 'Cádiz');",
      // a particle after a title, then no surname
      'Geachte heer de directeur,\nGeachte mevrouw de voorzitter,',
      // a search's wildcard term in an audit log's query
      '{"action": "SEARCH", "query": {"last_name": "Mar*", "dob": "REDACTED"}}',
      // a profile's display name: a given name alone (the lone-name decision)
      'case,profile_id,display_name,category\n1001,900000017,Annelie,spam\n',
      // a transit feed's stops named after people (Nordic streets and squares write their word after the name)
      'stop_id,stop_code,stop_name,stop_lat,stop_lon\nNSR:Quay:1001,4410,Henrik Ibsens gate,59.9149,10.7360\nNSR:Quay:1002,4411,Ole Bulls plass,60.3913,5.3221\n',
      '      insert(:customer, first_name: "Linus", last_name: "Torvalds", country: :fi)',
      '  name: "Kalle Anka",',
      "INSERT INTO `establecimiento` (`id`, `nombre`, `localidad`) VALUES (1,'La Horqueta','Chabás'),(2,'San Cayetano','Firmat');",
      // a team in a column of agents' names
      'id,agent_name,queue\n1,Platform Team,HBL_TECH\n2,Billing Service Desk,RGE\n',
      '{"name": "Docker", "first_name": "Build"}\n{"name": "Brunner", "id": 4}',
      // a chat export's profile: the whole name is its real_name (reported by its own shape)
      '"user_profile": {"image_72": "https://avatars.example/u1.png", "first_name": "Ingrid", "real_name": "\u5c71\u672c \u82b1\u5b50", "display_name": "ingrid"}',
      // a pg_dump block's rows are read against their own block's columns, not an earlier one's
      'COPY public.staff (id, last_name) FROM stdin;\n\\.\nCOPY public.towns (id, town) FROM stdin;\n7\tAchterberg\n\\.',
      '## Best Practices\nBest, Regards and Cheers are sign-offs.',
      // an AI assistant greeted by its name; a product's camelCase displayName
      'Hi Claude, can you fix the failing test?',
      '{ "id": "anthropic", "displayName": "Claude", "tier": "team" }',
      'Buenas Prácticas de desarrollo',
      '## Dependencies\n- Julia Set (fractal renderer)\n- Grace Hopper (typeface)\n',
      '{"range": {"first": "Monday", "last": "Friday"}}',
      '## Attendees\n\nWe met in room 2.\n- Grace Period (billing)\n',
      'name: build\non: push',
      'name: Build and Test',
      '"name": "John Doe"',
      'Hello World',
      'The Anna Karenina principle',
      'class Julia Setup',
      'lastName: String',
      'Regards,\nThe Team',
      'Questions? Ask Anna Weber (support@northwind.io) before Friday.',
      'John Doe (john.doe@acme.com)',
      ' * @author Microsoft Corporation',
      '"fullName": "Prompt Hygiene", "displayName": "Secret Scanner"',
      'From: Acme Billing <billing@acme.io>',
      'From: GitHub Actions <actions@github.com>',
      'merged by Radomir Wrzesniak <release-bot@firma.ro>',
      'Maintainers: Release Tooling   release-tooling@firma.ro',
      'Dr Strange and Mr Robot Framework',
      'name: Deploy Production',
      'id,status,owner_team\n1,Lachlan Build,Platform',
      'id,last_name_changed,status\n1,Yes,Open',
      'Then, Sanne Park was closed for the season.',
      'employee_id,first_name,last_name,date_of_birth\nE9999,John,Doe,1900-01-01',
      '{"fields": {"username": "qa-bot", "first_name": "Jane", "last_name": "Roe"}}',
      '"fields": {\n  "first_name": "Jane",\n  "last_name": "Roe",',
      'case_id,full_name,document\nKYC-24-TEST,Jane Roe,SSN',
      '--- Kevin (agent) ---\nHi there,',
      'Hi Team,\nHi All,',
      'Thanks,\n\nRelease Notes\n',
      'Section 4 — Anna Karenina principle applies',
      '| Name | Type | Description |\n|---|---|---|\n| name | string | The Build Name |',
      'Attendees: Platform Team, Release Tooling, Site Reliability',
      'payer=Acme Logistics GmbH amount=12.50 EUR',
      '### Getting Started — overview\n- **Install Dependencies**: run npm ci\n- [ ] Release Notes to update',
      '| Setting | Default |\n|---|---|\n| Max Retries | 3 |',
      '<input id="name" placeholder="Jane Q. Public" value={cardholderName} />',
      'COPY public.agent (id, login, prenom, nom, email, actif) FROM stdin;\n5\tadmin.opaline\tSupport\tOpaline\tsupport@opaline-logiciels.fr\tt',
      // a runbook's owner column: a colleague by the given name alone (a full name there is still reported)
      '| action | owner | ticket |\n|---|---|---|\n| Rotate the deploy key | Clementine | OPS-12 |\n',
      // an ad campaign's `Ad` column (no surname column beside it)
      'Kampanya;Ad;Bütçe\nK-1;Bahar;5000\n',
    ],
  },
});
