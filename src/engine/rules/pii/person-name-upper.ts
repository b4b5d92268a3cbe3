import { defineRule } from '../defineRule';
import { columnHeader, isInProductColumn } from './_context';
import { ALNUM, LOWER, UPPER } from './_latin';
import { ALL_GIVEN_NAMES, FR_SURNAME_HEADER_SOURCE, NOT_SURNAMES, PLACEHOLDER_SURNAMES, TEST_PATIENT_WORDS, isPlaceholderOrBrand, titleCase } from './_names';
import { caseForms, toSuffixTrieSource } from './_trie';
import { native } from '../../scan/nativeRegex';

/** Upper-case letters of the Latin scripts the name rules read (Latin-1 and Extended-A upper case). */
const CAPS = 'A-ZÀ-ÖØ-ÞĀĂĄĆĈĊČĎĐĒĔĖĘĚĜĞĠĢĤĦĨĪĬĮİĲĴĶĹĻĽĿŁŃŅŇŊŌŎŐŒŔŖŘŚŜŞŠŢŤŦŨŪŬŮŰŲŴŶŸŹŻŽ';

/** Labels that only ever hold a person's full name: a card's holder, a patient, a passenger, an account's holder. */
const LABELS = toSuffixTrieSource(
  caseForms([
    // (Pakistan's banks call an account's holder its title: IBFT and Raast title fetches, `account title`.)
    // (and a payment log's `holder=`: the card's)
    'cardholder', 'card holder', 'card_holder', 'holder', 'name on card', 'account title', 'title', 'karteninhaber', 'karteninhaberin', 'titular', 'titular de la tarjeta', 'titulaire', 'paciente', 'patient',
    'patient name', 'passenger', 'passenger name',
    // an insurer's explanation of benefits and a claim form: the member, the subscriber, the insured
    'member', 'member name', 'subscriber', 'subscriber name', 'insured', 'insured name', 'policyholder', 'policy holder', 'claimant', 'beneficiary', 'account holder', 'account name', 'kontoinhaber', 'kontoinhaberin', 'empfänger', 'customer name', 'full name',
    // a SPEI payment order's payer and payee (STP's `nombreOrdenante`, `nombreBeneficiario`)
    'nombreOrdenante', 'nombreBeneficiario', 'nombre_ordenante', 'nombre_beneficiario',
    // a payment switch's or a bank callback's log of the payer and the payee (`payer="…"`, UPI's name lookup `resolvedName`)
    'payer', 'payee', 'payer name', 'payee name', 'remitter', 'remitter name', 'resolved name',
    // an Indian lender's KYC checks: the name a PAN or a bank account is registered to (`name_on_pan`, `name_at_bank`)
    'name on pan', 'name_on_pan', 'name at bank', 'name_at_bank', 'account holder name', 'account_holder_name', 'beneficiary name',
    // a Brazilian KYC bureau's answer: the person and their mother (`nome="…" mae="…"`, `nome_mae`), as identity checks match both
    'mae', 'mãe', 'nome mae', 'nome_mae', 'nome da mae', 'nome da mãe',
    'nombre completo', 'nombre', 'nombres', 'beneficiario', 'nome completo', 'nom complet', 'vollständiger name', 'name', 'nom', 'nome', 'naam', 'cognome e nome', 'nome e cognome', 'nom et prénom', 'nom prénom',
  ]),
);

/** Header cells of a name column, a surname's or a given name's, in the languages whose exports write surnames in capitals. */
const NAME_COLUMN = native(new RegExp(String.raw`(?:^|[\s_-])(?:(?:last|family|sur|first|given|fore)[ _-]?names?|(?:patient|pat|member|mbr|subscriber|insured|guarantor|employee|emp|student|applicant|driver|beneficiary|tenant|guest|passenger|pax)[ _-](?:last|first)|name|naam|nume(?:[ _-]?(?:[sș]i[ _-])?prenume)?|prenume|ime[ _-](?:i[ _-])?prezime|prezime|nom|nom de famille|${FR_SURNAME_HEADER_SOURCE}|prénom|prenom|cognome|nome|apelidos?|achternaam|voornaam|familienaam|nachname|vorname|apellidos?|nombre(?:[ _-](?:completo|receptor|cliente|pasajero|empleado|trabajador))?|nombres|beneficiario|assuré|assure|nom[ _-]?pr[ée]nom|pr[ée]nom[ _-]?nom|nom[ _-]complet|b[ée]n[ée]ficiaire|adh[ée]rente?|name[ _-]?(?:romaji|roman|latin)|assicurato|verzekerde|titulaire|titular(?:[ _-](?:cuenta|de[ _-]la[ _-]cuenta|linea|tarjeta))?|card[ _-]?holder|account[ _-]?(?:name|holder)|account[ _-]?holder[ _-]?name|demandeur|technicien(?:ne)?|patient|soignante?|aide[ _-]soignante?|infirmi[eè]re?|intervenante?|m[ée]decin(?:[ _-](?:responsable|traitant|prescripteur|r[ée]f[ée]rent))?|prescripteur|beneficiary[ _-]?name|name[ _-]on[ _-](?:pan|card|account)|name[ _-]at[ _-]bank|traveller|traveler|name as per pan|name at bank|salari[ée]e?|werknemer|intestatario|titolare|ad[ _-]?soyad|adı[ _-]soyadı|surname[ _-]given(?:[ _-][a-z]{2,5})?|given[ _-]surname(?:[ _-][a-z]{2,5})?)$`, 'u'));

/** Name columns that hold products, places or companies as well as people (an Italian supply's holder, `intestatario`: a person or a condominium). */
const NAME_ONLY_COLUMN = /^["'`]?(?:name|naam|nombre[ _-]receptor|intestatario|titolare)["'`]?$/u;

/** Test rows' stand-ins in the languages of such exports (PRUEBA, PROVA, TESTE, "NO BORRAR"), and an erased row's marker (KVKK-SILINDI, GDPR-ERASED). */
const PLACEHOLDER_CELL = /^(?:NULL|NONE|NIL|N\/A|PRUEBAS?|EMPLEADO|USUARIO|PROVA|TESTE?|DEMO|SAMPLE|EXAMPLE|EXEMPLE|EJEMPLO|ESEMPIO|BEISPIEL|VOORBEELD|MUSTER(?:MANN)?|DUMMY|ANONYME?|ANONIMO|ANONYMI[SZ]ED|ANONIMI[ZS]ADO|ANONIMIZZATO|ANONYMISIERT|GEANONIMISEERD|ANONYMIS[ÉE]E?|REDACTED|INCONNU|DESCONOCIDO|SCONOSCIUTO|ONBEKEND|UNBEKANNT|NO BORRAR|NE PAS SUPPRIMER|KVKK[- ]S[Iİ]L[Iİ]ND[Iİ]|S[Iİ]L[Iİ]ND[Iİ]|GDPR[- ]ERASED|ERASED|GEL[ÖO]SCHT|BORRADO|NON CANCELLARE|NIET VERWIJDEREN|NICHT L[ÖO]SCHEN|RECETTE|CARDHOLDER|MANDAT|R[ÉE]VOQU[ÉE]E?|RADI[ÉE]E?|ANNUL[ÉE]E?|SUPPRIM[ÉE]E?|CL[ÔO]TUR[ÉE]E?)$/u;

/** Header cells of a surname column, as the keyword pass reads them. */
// (And the name columns of crew lists, payrolls and payment files (a payout account's `account_name`, as a bank's name lookup returns it): `crew_name`, `payee_name`, a UPI log's `payer_name`, Dutch `naam`;
// a Brazilian PIX statement's payer, `pagador_nome`, and a saved card's holder, `titular`.)
// (A claims worklist's `patient_last,patient_first`: the party's name parts without the word name.)
const PARTY_PART_CELLS = ['patient', 'pat', 'member', 'mbr', 'subscriber', 'insured', 'guarantor', 'employee', 'emp', 'student', 'applicant', 'driver', 'beneficiary', 'tenant', 'guest', 'passenger', 'pax'].flatMap((p) => [`${p}_last,`, `${p}_last;`, `${p}_last\t`]);
const HEADER_CELLS = [...PARTY_PART_CELLS, 'account_name', 'account name', 'accountname', ';demandeur', ';technicien', ';soignant', ';patient;', ';medecin', 'medecin responsable', 'medecin traitant', ';infirmier', ';prescripteur;', 'account holder name', 'account_holder_name', 'name_on_pan', 'name_at_bank', 'salarie', 'werknemer', 'intestatario', 'titolare', 'crew_name', 'employee_name', 'member_name', 'payee_name', 'payer_name', 'remitter_name', 'passenger_name', 'patient_name', 'seafarer_name', 'client_name', 'staff_name', 'driver_name', 'student_name', ',naam,', ';naam;', '\tnaam\t', 'name_romaji', 'nom_prenom', 'nom prenom', 'nomprenom', 'beneficiaire', 'nom complet', 'adherent', ';name;', ',name,', '\tname\t', 'surname_given', 'given_surname', 'ad_soyad', 'adsoyad', 'nombre', 'beneficiario', 'nom;', 'nom,', 'nom\t', 'nom |', 'cognome', 'achternaam', 'familienaam', 'surname', 'last_name', 'lastname', 'last name', 'nachname', 'apellido', 'full_name', 'fullname', 'holder_name', 'beneficiary_name', 'owner_name', 'applicant_name', 'customer_name',
  // an Indian insurer's policy exports: the insured, the proposer, the nominee
  'insured_name', 'insured name', 'proposer_name', 'nominee_name', 'nominee name', 'policyholder_name', 'policy_holder_name', 'titulaire', 'card name', 'card_name', 'card_holder', ',cardholder,', ';cardholder;', '\tcardholder\t', 'traveller', 'traveler', 'titular', '_nome', 'nume_prenume', 'nume prenume', 'numeprenume', 'nume si prenume', 'prezime', 'apelido', ';nome;', ',nome,', '\tnome\t'];

const TEST_PATIENT = native(new RegExp(`^(?:${TEST_PATIENT_WORDS})$`, 'u'));

/** A JSON string value's opening, right before the match: `"name": "`. */
const JSON_VALUE_BEFORE = /"[ \t]*:[ \t]*"$/u;
/** The rest of the value after the capitals: more words in lower case, digits or another script (kana, Han, hangul). */
const PRODUCT_VALUE_GOES_ON = /^ [^"\n]{0,36}?(?:[a-z0-9]|[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7a3]|\\u[0-9a-f]{4})/u;

/** A SWIFT MT103 party's account line, right before its name: the ordering customer (:50K:) or the beneficiary (:59:). */
const MT_PARTY_BEFORE = /:(?:50[AFK]|59[AF]?):\/[A-Z0-9]{5,40}\r?\n$/u;

// Or a table cell in capitals under a name column's header (`NOM;Prénom` … `LEFEBVRE;Camille`,
// `cognome;nome` … `RINALDI;MARCO`): a surname alone counts there; the header decides.
// A full name in capitals after a label that only ever holds one: what OCR, card terminals,
// airline systems and forms print ("Paciente: LUANA COSTA RIBEIRO", "Karteninhaber: MARKUS
// GRUBER", "Passenger: DOE/JANE" is not one: a slash), and a SWIFT MT103's ordering customer or
// beneficiary on the line after its account (`:50K:/LI96…` then `ANNA-LENA BÜCHEL`). The first or the last word (forms print
// the surname first too) must be a given name of the wider lexicon, and no word a test
// patient's or an organisation's. The match starts at the name's first capital and reads the
// label in a lookbehind.
/** Words of a health plan's or an insurer's name, never a person's (`DELTA DENTAL OF IDAHO`). */
const INSURER_WORD = /(?<![A-Z])(?:DENTAL|INSURANCE|HEALTHCARE|HEALTH|MUTUAL|BENEFITS|ASSURANCE|MEDICAID|MEDICARE|OF)(?![A-Z])/u;

export default defineRule({
  id: 'person-name-upper',
  category: 'pii',
  description: "Person's full name in capitals after a name, cardholder, patient or account-holder label, in a SEPA <Nm> or an IRS e-file's <NameLine1Txt>, or in a name column",
  // (As the keyword pass reads them: Empfänger as empfanger.)
  // The header cells, then the labels (as the keyword pass reads them: lower case, ü as u).
  keywords: [...HEADER_CELLS, ' dob', '(dob', 'd.o.b.', 'nameline1txt', 'personnm', 'member:', 'member name', 'subscriber', 'insured', 'policyholder', 'policy holder', 'claimant', 'account title', 'title":', 'title:', "title':", '<nm>', ':50k:', ':50f:', ':50a:', ':59:', ':59a:', ':59f:', 'name:', 'name":', "name':", "name='", 'name="', 'nom :', 'nom:', 'nome:', 'nome=', 'nome":', 'mae=', 'mae:', 'mae":', 'nome_mae', 'nome da mae', 'naam:', 'cognome e nome', 'nome e cognome', 'nom et pr', 'cardholder', 'card holder', 'holder=', 'holder:', 'holder":', 'name on card', 'karteninhaber', 'paciente', 'patient', 'passenger', 'beneficiary', 'account holder', 'account name', 'kontoinhaber', 'empfanger', 'customer name', 'full name', 'nombre completo', 'nome completo', 'vollstandiger name', 'payer=', 'payee=', 'payer":', 'payee":', 'payername', 'payeename', 'remitter', 'resolvedname'],
  window: { before: 64, after: 120 },
  columns: true,
  // A name column's header cell is followed by its rows.
  keywordWindows: Object.fromEntries(HEADER_CELLS.map((k) => [k, { before: 64, after: 4000 }])),
  // The keyword pass says whether a text has such a header at all, before any column lookup.
  hints: HEADER_CELLS,
  pattern: new RegExp(
    `([${CAPS}](?<=(?:(?:${LABELS})["']?\\*{0,2}[ \\t]{0,3}[:=]\\*{0,2}[ \\t]{0,24}["']?|<Nm>|<(?:NameLine1Txt|PersonNm)>|<(?:[a-z]{1,12}:)?nombre>|<[A-Za-z]{0,16}AdSoyad[iı]?>|:(?:50[AFK]|59[AF]?):\\/[A-Z0-9]{5,40}\\r?\\n)[${CAPS}])[${CAPS}]{1,23}(?:-[${CAPS}]{2,23})?(?: [${CAPS}]\\.)?(?: (?:DE |DA |DOS |DAS |DO |DI |DEL |DE LA |VAN |VAN DER |VON |LE |LA )?[${CAPS}][${CAPS}'-]{0,22}[${CAPS}]){1,3})(?![${ALNUM}])` +
      `|(?:^|\\n|[,;\\t|])[ \\t]*["']?(?:(?:Dr|Pr|Docteur|Professeur)\\.? )?((?:[${UPPER}][${LOWER}]{1,20}(?:-[${UPPER}][${LOWER}]{1,20})? (?=[${CAPS}]{2})|[${CAPS}] (?=[${CAPS}]{2}))?[${CAPS}][${CAPS}'-]{0,22}[${CAPS}](?: [${CAPS}](?=[ .]))?(?: [${CAPS}][${CAPS}'-]{0,22}[${CAPS}]){0,3}(?: [${UPPER}][${LOWER}]{1,20}(?:-[${UPPER}][${LOWER}]{1,20})?)?)["']?[ \\t]*(?=[,;\\t|]|\\r?\\n|$)` +
      // A name in capitals right before a birth date's label: a claims system's log, `for DEREK HALVORSEN DOB 03/08/1967`.
      `|D(?<=(?<![${ALNUM}])([${CAPS}][${CAPS}'-]{1,22}(?: [${CAPS}][${CAPS}'-]{0,22}){1,3}),? \\(?D)(?=OB[ :]|\\.O\\.B\\.)`,
    'gu',
  ),
  secretGroup: [1, 2, 3],
  validate: (s, ctx) => {
    // (An MT103 party's name is a whole line too: the cell branch may be the one that read it.)
    if (ctx.match[2] !== undefined && !native(MT_PARTY_BEFORE).test(ctx.text.slice(Math.max(0, ctx.start - 48), ctx.start))) {
      // (Each word title-cased: `SAGAR TRADERS` is looked up as `Sagar Traders`, whose trade word says a shop.)
      if (!HEADER_CELLS.some(ctx.hasHint) || isPlaceholderOrBrand(s.split(' ').map(titleCase).join(' '))) return false;
      // (A shop named for its trade after a founder's or a deity's name: `MEERA TRADERS`, `SAI OPTICALS`.)
      const last = s.slice(s.lastIndexOf(' ') + 1);
      if (last !== s && last === last.toUpperCase() && NOT_SURNAMES.has(titleCase(last))) return false;
      // (Nor a health plan's name in a payer's column: `DELTA DENTAL OF IDAHO`, `HUMANA DENTAL`.)
      if (native(INSURER_WORD).test(s)) return false;
      // (Any word: `TEST RECETTE`, `MANDAT RÉVOQUÉ`, a status in the name's place.)
      if (s.split(' ').some((w) => TEST_PATIENT.test(w) || native(PLACEHOLDER_CELL).test(w)) || native(PLACEHOLDER_CELL).test(s)) return false;
      // A surname in capitals then a given name as written (`DUFOUR Kévin`, French exports), or the
      // given name first (`Gwendoline WAUTHIER`, a French payroll's): the given name must be one, and
      // a cell holds one of them only.
      const given = /(?<= )[\p{Lu}][\p{Ll}]+(?:-[\p{Lu}][\p{Ll}]+)?$/u.exec(s)?.[0];
      const leading = /^[\p{Lu}][\p{Ll}]+(?:-[\p{Lu}][\p{Ll}]+)?(?= )/u.exec(s)?.[0];
      if (given !== undefined && (leading !== undefined || !ALL_GIVEN_NAMES.has(given.split('-')[0] as string))) return false;
      if (leading !== undefined && !ALL_GIVEN_NAMES.has(leading.split('-')[0] as string)) return false;
      // A short word alone is an acronym (QA, HR, TBD) unless it is a given name (BO, ED).
      if (s.length <= 3 && !ALL_GIVEN_NAMES.has(titleCase(s))) return false;
      const header = columnHeader(ctx);
      // (Nor an employer's or a company's column: `employer_name`, a tenant file's `BPCE SA`.)
      if (header === undefined || !NAME_COLUMN.test(header) || isInProductColumn(ctx)) return false;
      // A bare `name` column holds products and places too: a person's has a given name of the lexicon.
      // (So does an invoice's recipient, `nombre_receptor` of a Mexican CFDI: a person or a company.)
      if (native(NAME_ONLY_COLUMN).test(header)) {
        const words = s.split(' ').map(titleCase);
        return words.length >= 2 && (ALL_GIVEN_NAMES.has(words[0] as string) || ALL_GIVEN_NAMES.has(words[words.length - 1] as string));
      }
      return true;
    }
    // (A JSON value that goes on past the capitals in another script or with digits, an order item's
    // `"name": "ISSEY MIYAKE BAO BAO ルーセント トート"`, is a product's.)
    if (JSON_VALUE_BEFORE.test(ctx.text.slice(Math.max(0, ctx.start - 8), ctx.start)) && PRODUCT_VALUE_GOES_ON.test(ctx.text.slice(ctx.end, ctx.end + 40))) return false;
    const words = s.split(' ').filter((w) => !/^(?:DE|DA|DOS|DAS|DO|DI|DEL|LA|VAN|DER|VON|LE)$/u.test(w)).map(titleCase);
    if (words.length < 2 || isPlaceholderOrBrand(words.join(' '))) return false;
    if (words.some((w) => TEST_PATIENT.test(w.toUpperCase()) || NOT_SURNAMES.has(w) || PLACEHOLDER_SURNAMES.has(w))) return false;
    return ALL_GIVEN_NAMES.has(words[0] as string) || ALL_GIVEN_NAMES.has(words[words.length - 1] as string);
  },
  redactAs: 'name',
  references: ['https://gdpr-info.eu/art-4-gdpr/'],
  examples: {
    positive: [
      // a KYC worker's log of a credit bureau's answer: the person and their mother
      '[2024-05-13 06:03:52,178: INFO/ForkPoolWorker-7] bureau score=160 pendencias=0 nome="OTAVIANO BRANDALISE" mae="CLEONICE BRANDALISE"',
      // a payment gateway's declined charge, the card's holder as the card prints it
      'WARN charge failed code=card_declined holder="TAKUMI MORIYAMA" last4=4417',
      // a settlement report's beneficiary in capitals, as Indian banks return it; a verification log's quoted name
      'payout_ref,beneficiary_name,amount_inr\nPO-1,"DEVIKA RAMASWAMY",1200.00\n',
      'nameMatch check name="DEVIKA RAMASWAMY" score=0.97',
      // an explanation of benefits, with a middle initial
      'EXPLANATION OF BENEFITS\nMember: TERRENCE J. OKONKWO                Group: 0077120 – Lakeside Transit',
      'voucher_id,vessel,crew_name,rank\nAEGP-1001,AEGEAN PRIDE,ROMMEL DIZON,AB\n',
      'mandaat_ref,naam,bedrag\nHSM90722556,"LIESBETH VAN DAELE",89.00\n',
      // a mutual's claims export: the beneficiary's surname in capitals, then the given name
      'date_paiement,num_decompte,beneficiaire,lien\n2024-03-07,DEC2186,"VASSEUR Clémence",ASSURE',
      'num_adherent;civilite;nom_prenom;date_naissance\nADH-2010-0991;Mme;LEBRUN Agnès;1979-04-22',':32A:261112CHF250000,00\n:50K:/LI9608801422300105173\nANNA-LENA BÜCHEL\nIM ROSENGARTEN 7\n9494 SCHAAN LI', '{"individual_name": "DEREK HALVORSEN", "amount": 12000}', '<Cdtr>\n  <Nm>JULIEN MOREAU</Nm>\n</Cdtr>', '<Provizyon>\n  <HastaAdSoyad>ELİF ÖZTÜRK</HastaAdSoyad>\n</Provizyon>', 'Cognome e nome: ESPOSITO GIULIA', 'N° sinistre;Date;NOM;Prénom;Téléphone\nSIN-2024-FR-004500;07/03/2024;LEFEBVRE;Camille;06.71.42.88.19', 'Paciente: LUANA COSTA RIBEIRO\nCPF: ***', 'Karteninhaber: MARKUS GRUBER', 'basvuru_no,musteri_no,ad_soyad,dogum_yili\nRL-1,C1,HATİCE ÖZKAN,1966', 'TitleFetchResponse {"title":"FARHAN QURESHI","bank":"Example Bank"}', 'account title: SANA MALIK', 'Cardholder: OKAFOR DANIELLE', 'Nome completo: JOSÉ DA SILVA SANTOS', '        <ver:nombre>LAUTARO RODRIGUEZ PEREZ</ver:nombre>', 'solicitud_id,creado_en,nombre_completo,curp\n90ab86d6,2024-05-13T08:45:43-06:00,LETICIA HERNÁNDEZ BAUTISTA,HEBL731120MGTRTT31', "DEBUG CustomerDedupe: conflict B: Row(customer_id=5601184, full_name='TYLER NAKAMURA', phone=None)", 'dispute_id,amount,reason,cardholder_name,status\ndp_01,1111.22,fraudulent,ZOË GAGNON,lost', 'reference_bail;titulaire;iban;statut\nLFH-B41103;DUFOUR Kévin;FR76 3000 2743 8617 1209 7306 163;ACTIF', 'id,Amount,Customer Email,Card Name,Card Last4\ndp_1,29.99,s@x.io,STEVEN J MARSH,7702', 'id,success,masked_pan,card_holder,billing_phone\n2310,true,400555xxxxxx2060,NOURA TAREK ZAKI,+20 100 000 0000', 'employee_no;name;rank;vessel\nNE-2001;MAVRIDIS KONSTANTINOS;BOSUN;ASTRAIOS', 'seq,booking_ref,surname_given_lat,sex\n1,KYM-XY12AB,KOUTSOPOULOU IOANNA,F', 'serie,folio,nombre_receptor,total\nA,1021,MARISOL ACEVEDO RANGEL,8130.47', 'dispute_ref,network,cardholder,total\nD-1,VISA,NADIA BERGSTROM-HALE,10.00', '{"monto": 1500.00, "nombreOrdenante": "LUCIA ARACELI OCHOA"}',
      // an IRS e-file's filer, serialized into a log
      'serializer dump: <Filer><PrimarySSN>XXX-XX-XXXX</PrimarySSN><NameLine1Txt>HENRIETTA OKONKWO-BELL</NameLine1Txt><USAddress>',
      // a PIX reconciliation's payer and a legacy table's saved cards' holders, below their headers
      'data_hora\tvalor\tpagador_nome\tpedido\n2024-06-03 08:23:58\t1398.26\tANA BEATRIZ DAMASCENO\tPED-2024-006069\n',
      'COPY pagamentos.cartoes (id, bandeira, validade, titular) FROM stdin;\n9001\tvisa\t01/26\tVINÍCIUS ALVES TORQUATO\n',
      // a bank callback's log of an unmatched credit's payer
      '2024-10-19 18:23:44,861 WARN  [paynow] unmatched credit ref=PN-0001 payer="ODALYS TEO KAI" mobile=<redacted> amount=SGD 7.89',
      // a UPI collections log's payer, below its header
      'txn_ts\tpayer_vpa\tpayer_name\tamount_inr\n2024-11-02T10:01:12+05:30\tnk.2291@okaxis\tNIRMALA KESHAVAN\t1200.00\n',
      // a French payroll export's employee column: the given name first, the surname in capitals
      "Période;Matricule;Salarié;Date d'entrée\n03/2024;SR0001;Gwendoline WAUTHIER;01/09/2019\n",
      // an Italian distributor's meter readings: the supply's holder in capitals (a condominium's name in the same column is no person's)
      'pod\tmatricola_contatore\tintestatario\tcomune\nIT001E00000001\tE000000001\tGWENDOLINE WAUTHIER\tPadova\n',
      // a payout account's holder as the bank's name lookup returns it
      'id,customer_id,bank_code,account_number,account_name,name_match_score\n18025,c-1,057,0000000000,OKAFOR CHIDINMA,0.862\n',
      // a Portuguese hotel's guest bulletin: surname (apelido) and given name in capitals, each in its column
      'Reserva;Quarto;Apelido;Nome;Sexo\nRES-1;102;KESTREL;ANTOINE;M\n',
      // a claims system's log: the member in capitals before the birth date's label
      'WRN EligibilityCache: no 271 on file for DEREK HALVORSEN DOB 03/08/1967 member XQP204418863; claim held',
      // a claims worklist's patient, the name's parts under the party's own columns
      'worklist_id,payer,patient_last,patient_first,dos\nWL-1,AETNA,HALVORSEN,DEREK,2025-02-03\n',
      // a payroll's bank file: the account's name as the bank holds it, an initial and the surname
      'Pay No,Surname,Forenames,Sort Code,Account No,Account Name\nUK1,Example,Rajesh,20-00-00,12345678,R EXAMPLEWORTH\n',
      // a French hospital's admissions export: the birth surname and the married one, in capitals
      "IPP;Nom de naissance;Nom d'usage;Prénom;Sexe\n71836402;LAMBERTIN;VERDONCQ;Odile;F\n",
      // a NACH mandate register's account holder, an identity check's name on the PAN
      'UMRN,Loan No,Account Holder Name,Bank Name\nUTIB0000000000000001,SRL1,ASHA VERMANI,Axis Bank\n',
      '{"pan": "ABCPV1234K", "name_on_pan": "ASHA VERMANI", "status": "VALID"}',
      // a hospital's help-desk export (the requester and the technician), a home-care round's caregiver
      "ID;Titre;Statut;Demandeur;Site;Technicien\n24001;Imprimante bloquée;Résolu;WENDELSTEIN Odile;TRN;VERDONCQ Anaïs\n",
      'Tournée;Ordre;Heure prévue;Patient;Commune;Soignant\nHAD-01;1;08:16;WENDELSTEIN Odile;Lomme;Anaïs VERDONCQ\n',
      // an admissions export's doctors, their title before the name
      'IPP;Nom;Service;Médecin responsable;Médecin traitant\n71836402;EXEMPLE;Cardiologie;Dr Ottokar WENDELSTEIN;Dr Anaïs VERDONCQ\n',
      // a Mexican direct-debit file's account holder (titular_cuenta)
      'referencia_cargo,id_cliente,titular_cuenta,banco\nDOM1,NVM-1,ANSELMO IBARGÜENGOITIA IBARROLA,Banregio\n',
      // an Indian motor insurer's policy export: the insured and the nominee, in capitals
      'POLICY_NO,INSURED_NAME,MOBILE,NOMINEE_NAME,NOMINEE_RELATION\nMOT-1,RAHUL RANADE,9000000000,PRIYA RANADE,SPOUSE\n',
    ],
    negative: [
      // an order item's name: a brand's in capitals, then the product's in kana
      '{"sku": "JP-FSH-0001", "name": "ISSEY MIYAKE BAO BAO ルーセント トート", "qty": 1}',
      // capitals before a birth date's label that name no one
      'ERROR IN CLAIM DOB 12/31/1999 (SNIP L4 REJECT DOB MISMATCH)',
      // a run's last and first status under columns that name no person
      'batch,job_last,job_first\nB-1,NIGHTLY,WEEKLY\n',
      // a guarantor's employer in capitals under its own column
      'id\ttype\tfirst_name\tlast_name\temail\temployer_name\tcreated_at\n7006\tphysique\tArnaud\tKestrel\ta.kestrel@sfr.fr\tBPCE SA\t2023-11-10\n',
      // a cloud account's name and a company's account
      'account_name: ACME PROD',
      'Account Name: KESTREL TRADING LTD',
      // a seller export's rows erased under Turkey's data protection law (KVKK), their name cell marked
      'seller_id,ad_soyad,tckn,iban\nSLR-1,"KVKK-SILINDI",[REDACTED],TR** **** ****\n',
      'Member: TEST PATIENT   Group: 0041887',
      'member: PLATFORM TEAM','first_name,last_name,dob\nQA,Automation,1985-06-15', '<Dbtr><Nm>ASSURELYS SA</Nm></Dbtr>', 'N° sinistre;Date;Statut;NOM\nSIN-2024-FR-004500;07/03/2024;OUVERT;TEST', 'id;apellidos;nombre\nP-99999;PRUEBA;NO BORRAR', 'Patient: TEST PATIENT', '{"title":"RELEASE NOTES","body":"…"}', 'Cardholder: JOHN DOE', 'Patient: ACME HEALTH GMBH', 'Passenger: N/A', 'patient: UNKNOWN', 'dispute_id,amount,reason,cardholder_name,status\ndp_01,1111.22,FRAUDULENT,Zoë Gagnon,LOST', 'reference_bail;titulaire;statut\nLFH-B41104;SCI LES TILLEULS Gestion;ACTIF', 'reference_bail;titulaire;statut\nLFH-B00000;TEST RECETTE;INACTIF\nLFH-B51420;MANDAT RÉVOQUÉ;RESILIE\nLFH-B51421;RADIÉ;RESILIE', 'sku;name;price\nA-1;USB CABLE;9.90\nA-2;POWER BANK;29.00', 'serie,folio,nombre_receptor,total\nA,1022,COMERCIALIZADORA DEL BAJIO,8130.47',
      // a settlement report's beneficiary that is a shop, named for its trade
      'payout_ref,beneficiary_name,amount_inr\nPO-2,"MEERA TRADERS",800.00\n',
      // a tax form's sample row under its payee column
      'tin,payee_name,atc,amount\n000-000-000-000,SAMPLE PAYEE,WI160,0.00\n',
      // an erased customer's row in a dump: the name column says it was anonymised
      "INSERT INTO clientes (id, nombre, telefono) VALUES ('C-77', 'ANONIMIZADO', NULL);",
      // a given name that is no given name before a word in capitals, and two given names around one
      "Période;Matricule;Salarié;Emploi\n03/2024;SR0002;Service INFIRMIER;Bloc\n03/2024;SR0003;Anne DUPONT Marie;Bloc\n",
      // a bakery under the same holder column
      'pod\tmatricola_contatore\tintestatario\tcomune\nIT001E00000002\tE000000002\tPANIFICIO FRATELLI ROSSI\tVerona\n',
      // a product list's grades under a bare name column: an initial and a word, no person
      'sku,name,qty\nP-1,A GRADE,2\nP-2,B STOCK,3\n',
      // a model's error metrics
      'epoch=12 mae=0.412 rmse=0.618 MAE: OK',
      // a dental eligibility check's payer: a health plan, not a person
      'request_id,chart_no,subscriber_name,payer_name,payer_id\nR-1,C-1,A. Example,DELTA DENTAL OF KESTREL,82029\nR-2,C-2,B. Example,KESTREL DENTAL,73288\n',
    ],
  },
});
