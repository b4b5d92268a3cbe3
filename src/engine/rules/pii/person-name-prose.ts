import type { MatchContext } from '../../types';
import { defineRule } from '../defineRule';
import { FULL_NAME, NAME_END, isLexiconFullName } from './_fullName';
import { LOWER, UPPER } from './_latin';
import { isPlaceholderOrBrand, ORGANISATION_WORD } from './_names';
import { columnHeader, isAfterCompanyForm, isInProductColumn, isInCitation, isInPlaceTableRow, isCopyrightHolder, isNamedAfterInstitution, isOnPlaceholderPersonLine } from './_context';
import { native } from '../../scan/nativeRegex';

/**
 * Words that follow a person's full name when the whole is a place or an institution named after
 * them ("Harriet Lowe Hospital", "Albert Dock Road", "Rosa Parks Elementary").
 */
const INSTITUTION_WORDS = new Set(
  (
    'Hospital Memorial Clinic Centre Center Medical Health University College School Campus Academy Institute Elementary High Library ' +
    'Museum Gallery Theatre Theater Hall Stadium Arena Park Gardens Bridge Street Road Avenue Lane Drive Terrace Crescent Close ' +
    'Way Boulevard Blvd St Rd Ave Square Place Court Station Airport Building House Tower Estate Trust Foundation Fund Prize ' +
    'Award Fellowship Lecture Scholarship Bank Group Inc Ltd LLC GmbH Company Corp Co Associates Partners Law Consulting'
  ).split(' '),
);

/** Institution words that are no one's surname either: inside a name they make it an institution's ("Harris Academy Peckham"). */
const INSTITUTION_ONLY_WORDS = new Set('Academy Institute University College School Campus Hospital Clinic Centre Center Museum Library Foundation'.split(' '));

/**
 * A room after a building named for a person: a lecture theatre's or a seminar room's code, a lab,
 * a wing (`Roger Stevens LT 21`, `Sarah Ellis SR 2.04`, `Ada Byron Lab 3`).
 */
const ROOM_AFTER = /^ (?:(?:LT|SR|LR|TR|LG|CR|MR)\.? ?\d|(?:Lab|Labs|Laboratory|Room|Rm|Wing|Block|Annexe|Annex|Auditorium|Atrium|Lecture Theatre|Seminar Room|Suite|Floor|Level))/u;

/**
 * Street, site and product-edition words that NOT_SURNAMES leaves out, because the other name
 * rules' contexts never put them after a name ("Marcus Blvd", "Claude Enterprise").
 */
const NOT_PROSE_SURNAMES = new Set(
  'Blvd Boulevard Terrace Crescent Rd Ave St Memorial Clinic Gardens Estate Parkway Highway Enterprise Business Edition Premium Desktop Cloud Mobile Online Web Free Studio Sonnet Opus Haiku Islands Island'.split(' '),
);

/**
 * German nouns are capitalised, so a German sentence puts one after a word that is also a given
 * name ("Allen Fehlermeldungen"): their suffixes end no surname.
 */
const GERMAN_NOUN_ENDING = /(?:ungen|heit|keit|schaft|ierung|ität)$/u;

/** Places whose names start with a given name. */
/** Hong Kong inside a longer name: a hospital's, a company's (Hong Kong Sanatorium, Gleneagles Hospital Hong Kong). */
const HONG_KONG = /\bHong Kong\b/u;

const PLACES = new Set(['Rio de Janeiro', 'Rio Grande', 'Santa Monica', 'Santa Clara', 'Santa Barbara', 'Santa Cruz', 'Santa Fe', 'Santa Ana', 'Santa Rosa', 'Victoria Falls', 'Alice Springs', 'Charlotte Amalie', 'Elizabeth Bay', 'Tristan da Cunha', 'Satu Mare', 'Piatra Neamț', 'Baia Mare', 'Târgu Mureș', 'Hong Kong', 'Kowloon Tong', 'Tin Shui Wai', 'Tseung Kwan', 'Fernando de Noronha', 'Diego Garcia', 'Jan Mayen', 'Ann Arbor', 'Sri Lanka', 'Sora Sompeng']);

/**
 * A form of address written without its full stop, as British and Irish English write it (`a letter from Dr
 * <given name> <surname>`, `Mrs <given name> …`): a title before a name, no heading's word.
 */
const HONORIFIC_BEFORE = native(/(?<![\p{L}])(?:Dr|Mr|Mrs|Ms|Mx|Miss|Prof|Sir|Dame|Revd|Rev|Cllr) $/u);

/** Words that start a title-case heading or a product's name rather than a sentence's noun phrase. */
const TITLE_CASE_BEFORE = new RegExp(`[${UPPER}][${LOWER}]+ $`, 'u');

/**
 * A noun for a person that starts a sentence before the name (`Cliente Nuno …`, `Customer Jane …`, `Patientin Anna …`): no heading's word.
 * (Also a payroll log's record, `Person Anna …`, `Mitarbeiterin Anna …`, a social insurer's `Versicherte …`.)
 */
const PERSON_NOUN_BEFORE = /(?:^|[^\p{L}])(?:Cliente|Customer|Client|Patient|Patientin|Paciente|Kunde|Kundin|Klient|Klientin|Utente|Usuário|Usuária|Usuario|Usuaria|Employee|Funcionário|Funcionária|Tenant|Inquilino|Inquilina|Mieter|Mieterin|Borrower|Mutuário|Mutuária|Person|Mitarbeiter|Mitarbeiterin|Arbeitnehmer|Arbeitnehmerin|Versicherte|Versicherter) $/u;

/**
 * A street's type before the name it honours: `Av. Júlio de Mesquita`, `Rua Augusto Rosa`, `Calle de
 * Pilar Miró`; or a Vietnamese district, ward or depot before the place it names (`Quận Bình Thạnh`).
 */
const STREET_TYPE_BEFORE = /(?<![\p{L}])(?:Av|Avda|Avd|Ave|Al|Pç|Pça|Pl|R|C|Trav|Tv|Blvd|Bd|Bdul|boul|Boul|ch|Ch|Str|Șos|Sos|Sp)\. $|(?<![\p{L}])(?:Avenida|Avinguda|Rua|Calle|Carrer|Travessa|Praça|Plaza|Plaça|Paseo|Passeig|Alameda|Largo|Rúa|Via|Viale|Piazza|Corso|Rue|rue|Avenue|Boulevard|boulevard|Chemin|chemin|Place|Quai|Straße|Strasse|Platz|Allee|Ulica|ul\.|Aleja|al\.|Strada|Calea|Aleea|Bulevardul|Șoseaua)(?: (?:de|do|da|dos|das|del|de la|di|della|des|du))? $|(?<![\p{L}])(?:Quận|quận|Phường|phường|Huyện|huyện|Xã|xã|Tỉnh|tỉnh|Khu|khu|Kho|kho|Đường|đường|Phố|phố|TP\.|Thành phố|thành phố|HUB|Q\.|P\.) $/u;

/** A Vietnamese ward's or district's name is followed by the district or city it lies in (`Tân Phú, Quận 7`). */
const VIETNAMESE_AREA_AFTER = /^,? ?(?:Quận|Q\.|Huyện|TP\.|Thành phố|Tỉnh)/u;

/**
 * True when a full name in running text reads as a person's: the lexicon check, then no
 * institution word right after it, and no capitalised word right before it (a title-case run
 * such as "Getting Started With Grace Hopper" or "Royal Alexandra Children Hospital" is a
 * heading or a name of something else; a sentence's capital after ". " is fine).
 */
function isProseName(name: string, ctx: MatchContext): boolean {
  // (In a table's row an address at a reserved domain marks the record as a fixture's, as it does
  // for the field rules; in a sentence it may be cited beside a real person.)
  // (A copyright notice's holder first: cheap, and the commonest full name in code.)
  if (!isLexiconFullName(name) || PLACES.has(name) || HONG_KONG.test(name) || isPlaceholderOrBrand(name) || isCopyrightHolder(ctx) || isOnPlaceholderPersonLine(ctx, columnHeader(ctx) !== undefined)) return false;
  // A street named for a person after its house number (`552 Amanda Viaduct Apt. 017`).
  if (/(?:^|[\s,"'`])\d{1,6}[A-Za-z]? $/u.test(ctx.text.slice(Math.max(0, ctx.start - 8), ctx.start))) return false;
  if (name.split(' ').some((w) => NOT_PROSE_SURNAMES.has(w) || INSTITUTION_ONLY_WORDS.has(w) || GERMAN_NOUN_ENDING.test(w))) return false;
  const afterText = ctx.text.slice(ctx.end, ctx.end + 20);
  const after = /^ ([A-Z][a-z]{1,14})/u.exec(afterText);
  if ((after && INSTITUTION_WORDS.has(after[1] as string)) || native(ROOM_AFTER).test(afterText) || VIETNAMESE_AREA_AFTER.test(afterText)) return false;
  const before = ctx.text.slice(Math.max(0, ctx.start - 26), ctx.start);
  return (!native(TITLE_CASE_BEFORE).test(before) || native(PERSON_NOUN_BEFORE).test(before) || HONORIFIC_BEFORE.test(before)) && !native(STREET_TYPE_BEFORE).test(before) && !isNamedAfterInstitution(ctx) && !isInProductColumn(ctx) && !isInCitation(ctx);
}

// A person's full name anywhere in running text: a given name from the wider lexicon, then one or
// two capitalised surnames ("found it: a stuck psql session from Dorothea Finch", "Platform team:
// Ingrid Solberg, Marcus Okoro"). The other name rules need a context (a label, a greeting, a
// role); most names in tickets, chats and READMEs have none. The lexicon holds no everyday English
// word (Grace, Will, Mark are out), and NOT_SURNAMES the words that follow a name in code and docs.
// The match starts at the capital, checks that a lower-case letter follows (most capitals in code
// start a camelCase word's hump or an acronym), then what precedes it with a lookbehind.
export default defineRule({
  id: 'person-name-prose',
  category: 'pii',
  description: "Person's full name in running text (a known given name and a capitalised surname)",
  keywords: [],
  // Loses an overlap to the name rules that read a context (their ids say more).
  generic: true,
  pattern: new RegExp(`[${UPPER}](?=[${LOWER}])(?<=(?:\\\\[nrt]|(?<![\\w@./\\\\\`$#-]|[${UPPER}${LOWER}]['’])|(?<=(?:^|\\s)@)).)(?<=(?=(${FULL_NAME})${NAME_END}).)`, 'gu'),
  secretGroup: 1,
  // (Not a business named for its owner: `Kavya Organics`, `Mehta Textiles`.)
  validate: (name, ctx) => !ORGANISATION_WORD.test(name) && !isAfterCompanyForm(ctx.text, ctx.start) && isProseName(name, ctx) && !isInPlaceTableRow(ctx),
  redactAs: 'name',
  references: ['https://gdpr-info.eu/art-4-gdpr/'],
  examples: {
    positive: [
      // a hearing bundle's index: a GP's letter, the title without its full stop
      '| 7 | Fit notes and GP letter from Dr Winifred Ashcombe (practice notes) | 2023 | 88-97 |',
      // a pull request's title (a sentence) and its author, a colleague
      'Merged "Fix login redirect on expired sessions" by Dorothea Finch this morning.',
      // a colleague in a file whose header names a copyright but no licence
      '/* Copyright 2024 Acme Corp. All rights reserved. */\n// TODO: ask Dorothea Finch about the retry budget',
      // and a colleague in code after a licence banner
      '/* Copyright 2020 Acme. Licensed under the Apache License 2.0. */\nconst x = 1; // Dorothea Finch owns this',
      'found it: a stuck psql session from Dorothea Finch. killed it',
      // a colleague quoted: a one-word quote and a dash are no work's title
      '"Done" — Dorothea Finch, after the cut-over',
      'Platform team: Ingrid Solberg, Marcus Okoro, Leonie Brandt.',
      '// Regression: reminders to Bartosz Wilk were silently dropped',
      'courier Leopold Ashdown had four stops that day',
      '"body": "Thanks for your patience.\\n\\nMit freundlichen Grüßen\\nWilhelmina Vogel\\nLindenweg 12"',
      'Download läuft. @Leonie Brandt kannst du bitte die Freigabe prüfen?',
      "INSERT INTO admins VALUES (7, 'Nadia Castellan', 'ops');",
      // a wiki page's italic footer (Markdown's closing underscore right after the name)
      '_Dernière mise à jour : 13/11/2026 par Loïc Brevannes_',
      // an on-call handover's line that starts with the customer
      '4) Loja PT: pedido PT-2024-01177 expirado 3x. Cliente Nuno Exemplar Faria (917 000 000).',
      // a payroll transmitter's log line, the record's person before its number
      '2025-06-02 07:41:12 DEBUG lohnlauf: Person Thomas Kestrelmann gemeldet (AHV 756.1234.5678.97)',
    ],
    negative: [
      // a landing page's exam authors and thinkers
      'Nossos tutores destrincham Machado de Assis, Clarice Lispector, Carlos Drummond de Andrade e Fernando Pessoa.',
      // a marketplace catalogue's shop, named for its owner and its trade
      'sku,titulo,seller_fantasia,estoque\nDEC-1,"Vaso de barro",Rosana Bordados,12',
      // a city named like a person (Ann Arbor, Michigan)
      'The transcript goes out by UPS to the Ann Arbor campus on Monday.',
      // a Vietnamese district's name: its letters with stacked marks are letters, no name ends before them
      'Giao tới: Số 8 đường Hai Bà Trưng, Phường 6, Bình Thạnh, TP. Hồ Chí Minh',
      // a QA account's stand-in, "Test" as a Polish surname
      '| #482360 | Jan Testowy (konto QA) | +48 500 000 000 | test, ignorować |',
      // a Faker sample's rows: addresses at reserved domains, streets named for people after their house numbers
      'Not reported: streets after their house numbers (`552 Amanda Viaduct`).',
      'name,email,phone,address\nAda Whitcombe,ada.w@example.org,555-0142,"8421 Johnson Ports Suite 310, East Kimberly, NV 40214"\nBruno Kessling,bruno@example.net,555-0187,"552 Amanda Viaduct Apt. 017, Port Jasonmouth, MO 93311"\n',
      // a reading list: each author before a work's title
      '## Further reading\n\n- Martin Fowler, "Patterns of Enterprise Application Architecture" (Money pattern)\n- Kent Beck, *Test-Driven Development: By Example*',
      // a book and its author, cited
      'Background reading: "Streaming Systems in Practice" by Tobias Lindqvist.',
      'See *The Art of Readable Logs* by Helena Marsh for the naming rules.',
      // authors named with their works in a design discussion
      'The money type comes straight from Martin Fowler in *Analysis Patterns*, as the ledger notes say.',
      "The retry budget is adapted from Michael Nygard's *Release It Again* chapter on timeouts.",
      'See also: *Site Reliability Engineering*, ch. 22; Michael Nygard, "Stability Antipatterns".',
      'Start with "Database Internals" (Alex Petrov) before the storage rewrite.',
      // a retro's reading list: each work, a dash and its authors; a law cited with its author and year
      '## Reading\n- "Working Agreements Explained" — Martin Okafor & Dorothea Finch\n- Brook\'s law (Frederick Brooks, 1975)',
      // a vendored file's licence banner and the author it credits on a line of their own
      "/*\n  Copyright (C) 1999, 2002 Tessellate Labs.  All rights reserved.\n\n  This software is provided 'as-is', without any express or implied\n  warranty.\n\n  Dorothea Finch\n */\n/*\n  The original author of md5.c is Dorothea Finch.\n */\n#include <string.h>",
      // third-party credits with their licences
      'Bundled: FastLZ by Ariya Hidayat (MIT). TinyXML by Lee Thomason under the zlib licence.',
      'Bus 14 now stops at the Marta Quintero Campus gate after the lot closes.',
      'her appointment at Harriet Lowe Hospital was moved',
      // Vietnamese districts and wards
      "('Quận Bình Thạnh', 16500, 0, true),",
      'VD118204,41/7/2 Trần Khắc Chân,Tân Phú,Quận 7,0',
      // Vietnam's placeholder person
      "const sample = 'Toi ten la Nguyen Van A, sdt 09xx xxx xxx';",
      // a street named after a person
      'Endereço: Av. Júlio de Mesquita 560, Cambuí, Campinas - SP',
      'placeholder="John Doe"',
      // a form's sample person in French
      'Exemple FR : *Jean Exemple*, né le 01/01/1990',
      'We shop at Albert Heijn every week',
      'Pick the Claude Enterprise template for the team',
      // places and a script in a locale's names
      '               "hora de verano de Fernando de Noronha",',
      '            { "SB", "Solomon Islands" },',
      '            { "Sora", "Sora Sompeng" },',
      '"message": "Allen Fehlermeldungen ein Präfix hinzufügen"',
      '## Getting Started With Grace Period Settings',
      'const user = new User(Nadia.name)',
      "the band played at O'Reilly Hall with d'Angelo Moreau",
      'Attributions de la Ville de Lille pour le premier trimestre',
      "[{'entity_group': 'PER', 'score': 0.998, 'word': 'Victor Hugo'}]",
      // rooms in buildings named for people, and a school named for one
      'C21931,COMP2211,2024-S2,EXAM,72,P,RESIT,Roger Stevens LT 21,BOE-COMP-2024-06',
      'exam moved to Sarah Ellis SR 2.04 this year',
      '"Pemberton","Georgia","OX4 1XJ","H610","Harris Academy Peckham"',
      // a Debian copyright file's holders, one a line under the field
      'Files: *\nCopyright: 1997-2001 Ingrid Solberg <ingrid@solberg.example>\n           2002 Leopold Ashdown\n           2005 Dorothea Finch\nLicense: GPL-2+',
      // the authors of published works in a library's references
      '    .. [1] Marta Quintero: On Variants of Shortest-Path Betweenness\n           Centrality and their Generic Computation. Social Networks 30(2):136-145, 2008.',
      '    "Numerical Methods", Leopold Ashdown and Ingrid Solberg, eds., John Wiley and Sons, 1996.',
      '[3] Bartosz Wilk and Dorothea Finch. Fast approximation of graph density. Proc. SODA, pp. 12-20.',
      // a product line in a shop's catalogue (Turkish "pratik", practical, is also a given name)
      'sku,barkod,baslik,kategori,fiyat_tl\nSKU-MT-1,8690000000001,Pratik Kahve Kupası,Mutfak,120.00\nSKU-BH-2,8690000000002,Pratik Bahçe Hortumu,Bahçe,340.00',
      // a reading list's work with a comma in its title, a quotation's attribution, a public talk
      '- *Quiet Harbours, Loud Seas* — Elsa Brandvold (2014).',
      '"Ship early, ship often." — often attributed to Corwin Ashby.',
      'Also see Milo Ferreira\'s TED talk "Why Teams Stall" before the offsite.',
      // a Kazakh company's name after its legal form, in a refund export's customer cell
      'invoice,client,amount\nINV-7,"TOO Ruslan Trade",1200',
    ],
  },
});
