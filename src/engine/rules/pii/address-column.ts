import { defineRule } from '../defineRule';
import type { MatchContext } from '../../types';
import { ADDRESS_HEADER, columnHeader, isInPlaceRecord, recordColumns, recordTable, isOnCompanyRow, isOnPlaceholderPersonLine, isOnTestRecordLine, lineEndNear, lineStartNear } from './_context';
import { native } from '../../scan/nativeRegex';


/** A word's three letters, a house number (`23`, `212/B`, `4a`, a flat after a dash `27-14`, Arabic-Indic `٤٨٦٤`), and what a technical value holds (an SQL column's definition too). */
/** A house number on a numbered street, as North America writes it: `7720 152 St`, `118 E 9th St`, `15 E 45th Ave NW`. */
const NUMBERED_STREET = native(/^\d{1,6}[A-Za-z]?[ \t]+(?:[NSEW][ \t]+)?\d{1,4}(?:st|nd|rd|th)?[ \t]+(?:St|Ave?|Rd|Dr|Blvd|Way|Ln|Pl|Ct|Hwy|Pkwy|Cres)\.?(?:[ \t]+(?:NW|NE|SW|SE|[NSEW]))?$/u);
const THREE_LETTERS = native(/\p{L}{3}/u);
const HOUSE_NUMBER = native(/(?:^|[\s,،]|(?<=(?:^|[^\p{L}])No ?:))[\d٠-٩۰-۹]{1,5}(?:-\d{1,4})?(?:[\s/-]?(?:[A-Za-z]{1,2}|bis|ter))?(?:$|[\s,،/])/u);
const TECHNICAL = native(/[@=<>{}\\]|https?|www\.|\.(?:com|net|org|io)\b|\bNOT NULL\b|\bDEFAULT\b|\b(?:integer|varchar|numeric|boolean|timestamptz|smallint|bigint)\b/u);

/** A colon that is not a door number's (`No:4`, `D:2`, `Daire: 3`, `Kat:1`). */
const COLON_NOT_DOOR = /(?<!(?:^|[^\p{L}])(?:No|D|Daire|Kat) ?):|:(?! ?\d)/u;

/** The match fills a whole cell of its row: the characters around it (quotes and spaces aside) are the row's delimiter or its ends. */
function isWholeCell(ctx: MatchContext): boolean {
  const { text } = ctx;
  const ls = lineStartNear(text, ctx.start, 4000);
  const line = text.slice(ls, lineEndNear(text, ctx.end, 4000));
  // The row's delimiter: a tab if it has two, else the one right before the cell (its commas may
  // outnumber the row's semicolons: `…;"ж.к. Младост 1, бл. 235, ап. 8";…`), else the most
  // frequent of ; , |.
  const count = (d: string): number => line.split(d).length - 1;
  const raw = text.slice(ls, ctx.start);
  // Inside a quoted cell (an odd number of double quotes before the match), the match is the
  // cell only from its opening quote to its closing one: `"Blk 4, Phase 3, Imus"` is one
  // address, not three cells.
  if ((raw.split('"').length - 1) % 2 === 1 && !(/"[ \t]*$/u.test(raw) && /^[ \t]*"/u.test(text.slice(ctx.end, ctx.end + 4)))) return false;
  const before = raw.replace(/["' ]+$/u, '');
  const previous = before.slice(-1);
  const delim = count('\t') >= 2 ? '\t' : previous === ';' || previous === ',' || previous === '|' ? previous : [';', ',', '|'].reduce((best, d) => (count(d) > count(best) ? d : best), ';');
  const after = text.slice(ctx.end, ctx.end + 4).replace(/^["' ]+/u, '');
  return (before.length === 0 || before.endsWith(delim)) && (after.length === 0 || after.startsWith(delim) || /^\r?\n/u.test(after));
}

// A street address written in its own cell under an address column of a delimited table: a
// municipal registry's `VIA LUDOVICO ARIOSTO 23`, a CRM export's `12 Harbour Road`, a tenants'
// list. The cell must hold a word and a house number; not an e-mail address, a URL or a host.
/** A bare first address line's column (`line1`, `line_1`), an address's only in a table of addresses. */
const BARE_LINE_HEADER = native(/^["'`]?line[ _-]?1["'`]?$/iu);

/** Whether the match's SQL dump table is one of addresses (`customer_address`, `addresses`): its `line1` is a street line. */
function isAddressTableCell(ctx: MatchContext): boolean {
  const table = recordTable(ctx);
  return table !== undefined && /address|adres/iu.test(table);
}

/** Header words of a column of streets' names alone (see STREET_NAME_HEADER), as the keyword pass reads them. */
const STREET_NAME_HINTS = ['logradouro', 'street_name', 'streetname', 'street name', 'straatnaam', 'strassenname'];
/** A column of streets' names alone: Portuguese `logradouro`, `street_name`, Dutch `straatnaam`, German `Straßenname`. */
const STREET_NAME_HEADER = native(/^["'`]?(?:logradouro|street[ _-]?name|straatnaam|stra(?:ss|ß)enname)["'`]?$/iu);
/** A column of the house's number beside it, in a header row or a column list (`numero`, `número`, `house_number`, `huisnummer`). */
const HOUSE_NUMBER_COLUMN = native(/(?:^|[,;\t|(])[ \t]*["'`]?(?:n[uú]mero|numero[ _-]?(?:casa|endereco|endereço)|house[ _-]?(?:number|no|nr)|street[ _-]?number|huisnummer|hausnummer|nr)["'`]?[ \t]*(?=[,;\t|)]|\r?$)/iu);

/** `Chicago, IL 60606`: a US city, its state and ZIP code, without a street. */
const CITY_STATE_ZIP = native(/^["']?[A-Z][a-z]+(?:[ .-][A-Z][a-z]+){0,3},? [A-Z]{2} \d{5}(?:-\d{4})?["']?$/u);

export default defineRule({
  id: 'address-column',
  category: 'pii',
  description: 'Street address in the address column of a table (registries, CRM and tenant exports)',
  keywords: ['logradouro', 'street_name', 'streetname', 'straatnaam', 'strassenname', 'address', 'addr', 'residence', 'indirizzo', 'residenza', 'domicilio', 'anschrift', 'strasse', 'adresse', 'adres', 'direccion', 'endereco', 'morada', 'osoite', 'adresa', 'ulica', 'ulice', 'bydlist', 'street', 'alamat', 'ship_to', 'shipto', 'ship to', 'deliver_to', 'deliverto', 'straat', 'huisnummer', 'woonadres', 'huisadres'],
  hints: STREET_NAME_HINTS,
  window: { before: 0, after: 2000 },
  columns: true,
  // (A tab-separated cell may hold commas, `Av. Providencia 1760, depto 1204`, and so may a quoted
  // cell of a comma-separated row, `"Calle Mayor 22, 28013 Madrid"`, read whole, and so may a cell of
  // a semicolon-separated row, `Hse 12, Kahawa Sukari, Nairobi`; other cells hold none.)
  pattern:
    /;(?=[ \t]*([^\s;\t|"][^;\t|"\r\n]{4,78}[^\s;\t|"])[ \t]*(?:;|\r?\n|$))|\t"?([^\s\t"][^\t"\r\n]{3,78}[^\s\t"])"?(?=\t|\r?\n|$)|(?:^|[,;|])[ \t]*(?:"([^\s"][^"\r\n]{3,158}[^\s"])"|'([^\s'][^'\r\n]{3,158}[^\s'])'(?=[ \t]*[,)])|"?([^\s,;\t|"][^,;\t|"\r\n]{4,78}[^\s,;\t|"])"?)(?=[ \t]*(?:[,;\t|)]|\r?\n|$))/gmu,
  secretGroup: [1, 2, 3, 4, 5],
  validate: (s, ctx) => {
    // A word of three letters and a house number (`23`, `212/B`, `4a`), and nothing technical.
    // (Arabic-Indic digits too: `٤٨٦٤ طريق …`.)
    if (!(THREE_LETTERS.test(s) || NUMBERED_STREET.test(s))) return false;
    // (Or a street's name without its number under a street-name column whose table gives the number a
    // column of its own: a Brazilian `logradouro` beside `numero`.)
    const streetOnly = !HOUSE_NUMBER.test(s);
    if (streetOnly && !STREET_NAME_HINTS.some(ctx.hasHint)) return false;
    // (A US city, state and ZIP code alone is no street address: its number is the ZIP code.)
    if (CITY_STATE_ZIP.test(s)) return false;
    // (A colon only as a door number's: Turkish `No:4`, `D:2`.)
    if (TECHNICAL.test(s) || (s.includes(':') && native(COLON_NOT_DOOR).test(s))) return false;
    // The whole cell, between the row's own delimiters: not a part of an address whose commas a
    // tab-separated row keeps (`Gran Via … 37, 46008 València`).
    if (!isWholeCell(ctx)) return false;
    const header = columnHeader(ctx);
    if (header === undefined) return false;
    // (Or a bare `line1` in a dump's table of addresses: `COPY public.customer_address (…, line1, line2, …)`.)
    if (streetOnly) {
      if (!STREET_NAME_HEADER.test(header) || !HOUSE_NUMBER_COLUMN.test(recordColumns(ctx) ?? '')) return false;
    } else if (!native(ADDRESS_HEADER).test(header) && !(BARE_LINE_HEADER.test(header) && isAddressTableCell(ctx))) return false;
    // Not an organisation's record (a clinic's, a supplier's), a place's (opening hours in its
    // record: a shop, a pick-up locker), a test record or a placeholder person.
    return !isOnCompanyRow(ctx) && !isInPlaceRecord(ctx) && !isOnTestRecordLine(ctx) && !isOnPlaceholderPersonLine(ctx);
  },
  redactAs: 'address',
  references: ['https://gdpr-info.eu/art-4-gdpr/'],
  examples: {
    positive: [
      // a pg_dump of a bank's customers' addresses: the street's name, its number in a column of its own
      'COPY core.enderecos (id, cliente_id, cep, logradouro, numero, bairro) FROM stdin;\n77\t1204410\t01310200\tRua Professor Quintela Braga\t412\tCentro\n\\.\n',
      // a Turkish address, its house number after `No:` and its flat after `D:`
      'HastaNo;Ad;Soyad;Adres;Bolum\nH-1;Deniz;Örnek;Bahariye Caddesi No:58 D:7;Kardiyoloji\n',
      // a numbered street (Surrey's, Manhattan's) under the address column
      'Employee,Address,Province\nRavi Tandon,"7720 152 St",BC\n',
      // a quoted cell longer than most, its commas the address's own
      'ref,full_name,address,plan\nPH-1,A. Example,"Blk 4 Lot 19, Phase 3, Villa Sampaguita Subd., Brgy. Mabuhay, Imus, Cavite 4103",UX\n',
      // (a street named after a famous person)
      '| ref | adresse |\n| R-1 | 14 avenue Victor Hugo |\n',
      'ID_SOGGETTO;COGNOME;NOME;INDIRIZZO;CAP\n700100;FERRARO;GIUSEPPE;VIA LUDOVICO ARIOSTO 23;35010\n',
      'tenant_id,full_name,address,postcode\nT-2201,Priya Raman,"Flat 4, 12 Harbour Road",BS1 6QA\n',
      'id,nombre,direccion\n14,Lucía Pardo,"Calle Mayor 22, 28013 Madrid"\n',
      '| Name | Address | Phone |\n|---|---|---|\n| Ola Brekke | Storgata 14B | 412 33 210 |\n',
      'id\tname\taddress\tcomuna\n7\tAna Ruiz\tAv. Providencia 1760, depto 1204\tProvidencia\n',
      // a loan book's residence column; a Turkish order export's delivery address
      'id;name;county;residence;employer\nKE-1;Njeri Wambugu;Kiambu;Hse 12, Kahawa Sukari, Nairobi;Teacher\n',
      'siparis_no,alici,teslimat_adresi,il\nPZ-1,Ece Yalçın,Yalı Mah. 6512 Sk. No:4,İzmir\n',
      // an SAP IS-U export's supply address (Romanian)
      'PARTNER;ADRESA_LOC_CONSUM;LOCALITATE\n1000533420;Calea Victoriei nr. 113, bl. C25, sc. B, ap. 40;Craiova\n',
      // an SQL dump's tuples, one address written with Arabic-Indic digits
      "INSERT INTO `orders` (`id`,`delivery_address`,`total`) VALUES\n(91,'٤٢ شارع النخيل، حي الروضة، جدة',1),\n(92,'34 Cedar St, Apt 11, Maadi, Cairo',2);",
      'customer_id,name_en,msisdn,present_address,status\nC-104,Rokeya Begum,8801711000000,"House 9, Road 4, Dhanmondi, Dhaka 1205",OK',
      // an Estonian claims export: street, house and flat after a dash
      'noude_nr;nimi;aadress;linn\nKAH-1;Kadri Example;Tartu mnt 41-7;10115 Tallinn\n',
      // a Czech roster's street column (ulice), the house number's two parts apart
      'id\tulice\tmesto\n7\tKomenského 1422/17\tBrno\n',
      // an order export's ship-to column
      'order_id,customer_name,customer_phone,ship_to,pincode\nOD1,Kavya Nair,98450 12345,"Flat No. 12B, Lake View Apartments, MG Road, Kochi",682016\n',
      // a Dutch invoice export: street and house number in one column, the number with "bis"
      'factuurnummer;naam;straat_huisnummer;postcode;plaats\nF1;A. Voorbeeld;Achterom 41bis;1234 AB;Ergenshoven\n',
      // an Indian KYC export's address line, its house number after `H.No.`, under `address_line`
      'kyc_id,full_name,address_line,city,pincode\nKYC-1,A. Example,"H.No. 7-112, Kestrel Colony",Hyderabad,500081\n',
      // a Czech customer export's street and house-number column, and a payroll's permanent address
      'Jméno;Příjmení;Ulice a č. p.;Obec;PSČ\nAlena;Zkušební;Vzorová 1234/5;Olomouc;789 98\n',
      'Osobní číslo;Příjmení;Jméno;Adresa trvalého pobytu;PSČ\n1001;Zkušební;Alena;Vzorová 12, Olomouc;789 98\n',
      // a pg_dump of a customer address table: the first line under line1
      'COPY public.customer_address (id, customer_id, type, line1, line2, city) FROM stdin;\n1\tC-1\tCURRENT\t#17, 4th Main, 2nd Cross\tExample Layout\tBengaluru\n\\.\n',
    ],
    negative: [
      // a statement's billing address column holding a city, state and ZIP only
      'stmt_id,patient,billing_address,balance\nS-1,A. Example,"Grand Rapids, MI 49503",120.00\n',
      // a migration's column definition under a home-address table
      'CREATE TABLE driver_home (\n    address     text,\n    radius_m    integer NOT NULL DEFAULT 250\n);',
      // a payroll export's test employee
      'personeelsnr,naam,adres,salaris\n7399,"Test Medewerker","Teststraat 1, 1234 AB Teststad",0.00\n',
      // a seed of pick-up points: opening hours make each row a place
      "INSERT INTO lockers (code, depot, address, city, lat, lon, opening_hours) VALUES\n  ('KRK101A', 'KRK', 'Długa 55 (obok apteki)', 'Kraków', 50.0424, 19.9655, '24/7'),\n  ('WAW202B', 'WAW', 'Puławska 17', 'Warszawa', 52.2101, 21.0222, '06:00-22:00');",
      // a client company's row: its VAT number says whose address it is
      'code;raison_sociale;tva;adresse;cp;ville\nCLI-1;Entrepôts Example;FR38512345678;14 rue des Tanneurs;44000;Nantes',
      'host,ip_address,port\nweb-1,Gateway 10 rack 4,443\n',
      'id,name,address\n1,Example Corp GmbH,Hauptstraße 5\n',
      'id,address,status\n1,pending review,open\n',
      'id,name,residence\n1,A. Person,Kumasi\n',
      'id,email_address\n1,anna.berg@firma.se\n',
      // a clinic's record; a test record
      'id,name,tax_id,address\n3,Centro Dental Turia S.L.,B91776708,Calle Colón 12\n',
      'id,name,address\n9,QA Customer,Calle Falsa 123\n',
      // a Spanish export's internal test row
      'id;nombre;domicilio;ciudad\n682;PRUEBA INTERNA;Calle 12 # 4-31;Bogotá\n',
      // a street's name without a number column beside it (a table of streets)
      'id;logradouro;bairro\n4;Rua das Magnólias;Centro\n',
      // a hospital network's row: its GSTIN names a company (PAN's fourth letter C)
      'hospital_id,hospital_name,address,city,state,pincode,phone,gstin\nH-1,Kestrel Multispeciality Hospital,"14, Kestrel Lane, Aundh",Pune,Maharashtra,401999,020-27950000,27ABKCT4821M1Z6\n',
    ],
  },
});
