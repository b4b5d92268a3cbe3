import { defineRule } from '../defineRule';
import type { MatchContext } from '../../types';
import { isOnCompanyLine, isPersonRowCellUnder } from './_context';
import { native } from '../../scan/nativeRegex';

/**
 * A column of postcodes: zip, zip_code, postcode, postal_code, PLZ, CP, CAP, code_postal,
 * codigo_postal, postnummer, kod_pocztowy, kod, PSČ, irányítószám, an Indian PIN code's pincode,
 * Turkish `Posta Kodu`, Greek `ΤΚ` (ταχυδρομικός κώδικας).
 */
const POSTCODE_HEADER = native(/(?:^|[\s_-])(?:kod(?:[ _-]?pocztowy)?|ps[cč]|zip(?:[ _-]?code)?|pin[ _-]?code|post(?:al)?[ _-]?code|plz|cp|cap|code[ _-]?postal|c[oó]digo[ _-]?postal|cod[ _-]?postal|post(?:nummer|nr)|postinumero|ir[aá]ny[ií]t[oó]sz[aá]m|posta[ _-]?kodu|τκ|τ\.κ\.|ταχ\.?[ _-]?κ[ωώ]δ(?:\.|ικας)?|ταχυδρομικ[οό]ς[ _-]?κ[ωώ]δικας)$/iu);

/** A postcode's key right before the value, in an object: `"psc": "`, `"postcode":"`, `zip: '`, `"postalCode": "`, `"plz": "`. */
const POSTCODE_KEY_BEFORE = native(/(?:^|[\s{,(:"'])(?:ps[cč]|zip|zip_?code|zipCode|post_?code|postCode|postal_?code|postalCode|kod_?pocztowy|kodPocztowy|plz|code_?postal|codePostal|codigo_?postal|codigoPostal|cod_?postal|cp)["']?[ \t]*(?::|=>?)[ \t]*["']$/iu);

/** A person's field in the same record: an e-mail, a phone, a given name or surname (English, Polish, Czech, Slovak keys). */
const PERSON_FIELD = native(/["'](?:e-?mail|phone(?:_?number)?|phoneNumber|telefon|tel|mobil|first_?name|firstName|last_?name|lastName|imi[eę]|nazwisko|jm[eé]no|p[rř][ií]jmen[ií]|meno|priezvisko|nombre|apellidos?|tel[eé]fono|m[oó]vil|titular|nome|apelido|telem[oó]vel)["'][ \t]*:/iu);

/** The record is a shipment's sender or origin, a warehouse's, a shop's or a parcel locker's. */
const NOT_A_HOME_OBJECT = native(/["'](?:sender|nadawca|odesilatel|origin|shipper|from|warehouse|magazyn|sklad|store|shop|sklep|obchod|locker|paczkomat|location|pickup_?point)["'][ \t]*:[ \t]*\{[^{}]*$/iu);

/** A company's name in the record: a payer's or an issuer's (`"businessName": {`, `"company": "`). */
const BUSINESS_FIELD = native(/["'](?:business_?name|businessName|company(?:_?name)?|companyName|organi[sz]ation(?:_?name)?|organi[sz]ationName|firma|nazwa_?firmy|raz[oó]n_?social)["'][ \t]*:/iu);

/** A postcode under its key in a record that also holds the person's e-mail, phone or name, not a sender's or a locker's. */
function isPersonRecordPostcode(ctx: MatchContext): boolean {
  const before = ctx.text.slice(Math.max(0, ctx.start - 400), ctx.start);
  if (!POSTCODE_KEY_BEFORE.test(before.slice(-40)) || NOT_A_HOME_OBJECT.test(before) || BUSINESS_FIELD.test(before)) return false;
  const after = ctx.text.slice(ctx.end, Math.min(ctx.text.length, ctx.end + 200));
  return (PERSON_FIELD.test(before) || PERSON_FIELD.test(after)) && !isOnCompanyLine(ctx);
}

// A postcode in a customer, staff or payroll export's postcode column, or under its key in a
// record that also holds the person's e-mail, phone or name: the formats of most countries whose
// codes are digits (a US ZIP or ZIP+4, a German PLZ, a Polish 00-950, a Czech or Slovak 150 99, a
// Dutch 1234 AB, a Japanese 123-4567, a Portuguese 1000-001, an Indian PIN code, four-digit codes). A postcode locates
// a few streets or one side of one; beside a name and a street it is part of the home's address,
// which the GDPR's and the states' privacy laws count as personal data as a whole. The column or the
// key decides: a code in prose is a shop's, a warehouse's or a locker's as often as a home's, and a
// company's row, a sender's record and a parcel locker's are left alone. (British, Canadian,
// Brazilian and Argentine codes have rules of their own, which read their formats' own columns.)
export default defineRule({
  id: 'postcode-column',
  category: 'pii',
  description: "Postcode in a customer or staff export's postcode column, or under its key in a person's record (US ZIP, PLZ, Polish, Czech, Dutch, Japanese and other numeric formats)",
  // (Not `kod` or `zip` alone: `kod` is Polish for any code, `zip` is in gzip and zipObject.)
  keywords: ['kod_pocztowy', 'kod pocztowy', 'kodpocztowy', ';kod;', ',kod,', '"psc"', ';psc', 'psc;', ',psc', 'psc,', '\tpsc', 'psc\t', ',zip', 'zip,', ';zip', 'zip;', '\tzip', 'zip\t', '"zip"', '[zip]', '`zip`', 'zip_code', 'zipcode', 'postcode', 'postal_code', 'postalcode', 'postal code', 'post_code', ',plz', 'plz,', ';plz', 'plz;', '"plz"', 'code_postal', 'codepostal', 'code postal', 'codigo_postal', 'codigopostal', 'codigo postal', 'cod_postal', 'cod postal', 'codpostal', '"cp"', ',cp,', ';cp;', ', cp,', ', cp)', '\tcp\t', ',cp\n', ',cp\r', ';cp\n', ',cap,', ';cap;', '\tcap\t', 'postnummer', 'postnr', 'postinumero', 'pincode', 'pin_code', 'pin code', 'posta kodu', 'posta_kodu', 'postakodu', ';tk;', ',tk,', '\ttk\t', 't.k.'],
  window: { before: 64, after: 4000 },
  columns: true,
  pattern: /(?<![\w./-]|\d )(?:[0-9]{2}-[0-9]{3}|[0-9]{3}-?[0-9]{4}|[0-9]{4}-[0-9]{3}|[0-9]{3} [0-9]{2}|[0-9]{5}(?:-[0-9]{4})?|[1-9][0-9]{5}|[1-9][0-9]{3}(?: ?[A-Z]{2}(?![A-Za-z]))?)(?![\w/-]|\.\d| ?[0-9])/gu,
  validate: (s, ctx) => {
    // (00-000, 111 11, 00000 and 99999 are fillers.)
    if (/^(\d)\1[- ]?\1{3}(?:-?\1{4})?$/u.test(s)) return false;
    return isPersonRowCellUnder(ctx, POSTCODE_HEADER) || isPersonRecordPostcode(ctx);
  },
  redactAs: 'address',
  references: ['https://www.poczta-polska.pl/hermes/uploads/2013/08/spispna.pdf', 'https://www.ceskaposta.cz/vyhledat-psc', 'https://www.usps.com/nationalpremieraccounts/manageprocessandaddress.htm', 'https://uodo.gov.pl/'],
  examples: {
    positive: [
      'id_klienta;imię;nazwisko;ulica;kod_pocztowy;miejscowość\nKL-1;Halina;Przykładowa;ul. Testowa 4/2;31-512;Kraków\n',
      'Jméno;Příjmení;Ulice a č. p.;Obec;PSČ\nAlena;Zkušební;Vzorová 1234/5;Olomouc;789 98\n',
      // a Turkish driver applications export, a Greek one (ΤΚ: ταχυδρομικός κώδικας)
      'Ad;Soyad;Adres;İlçe;İl;Posta Kodu\nDeniz;Örnek;Lale Sok. No:3;Kartal;İstanbul;34873\n',
      'Επώνυμο;Όνομα;Διεύθυνση;ΤΚ;Περιοχή\nΔοκιμάκη;Ελένη;Ανθέων 5;174 56;Άλιμος\n',
      '{"firstName": "Halina", "lastName": "Przykładowa", "email": "h.przyk@kestrel-mail.pl", "delivery": {"street": "ul. Testowa 4", "postcode": "31-512", "city": "Kraków"}}',
      '{"payer": {"contact": {"first_name": "Alena", "email": "alena@kestrel-mail.cz", "street": "Vzorová 12", "postal_code": "78998", "country_code": "CZE"}}}',
      '{"jmeno": "Alena", "adresa": {"ulice": "Vzorová 12", "psc": "789 98", "obec": "Olomouc"}}',
      'customer_id,first_name,last_name,email,address_line1,city,state,zip\nC-1,Dana,Example,dana@kestrel-mail.com,12 Example Ct,Salem,OR,97301\n',
      // the next cell a number
      'customer_id,first_name,last_name,zip,date_of_birth\nC-1,Dana,Example,02473,04/09/1971\n',
      'Personalnr;Name;Straße;PLZ;Ort\n4711;Jana Beispiel;Beispielweg 3;04109;Leipzig\n',
      '{"email": "jana@kestrel-mail.de", "address": {"street": "Beispielweg 3", "postcode": "04109", "city": "Leipzig"}}',
      // a SQL Server dump's row, its columns in brackets
      "INSERT INTO [dbo].[Patient] ([PatientId],[LastName],[FirstName],[Address1],[City],[State],[Zip]) VALUES (70001,N'Ravensworth',N'Odile',N'12 Example Ave',N'Dayton',N'OH',N'45409');",
      // an Indian lender's KYC export: the PIN code under pincode
      'customer_id,full_name,mobile,address_line1,city,state,pincode\nC-1,Asha Example,9000000000,12 Example Road,Pune,Maharashtra,411072\n',
      // a Mexican subscribers' export (cp: código postal), and a pg_dump COPY block's column list
      'id_cliente,nombre,calle_numero,colonia,cp,plan\nNVM-1,Anselmo Ibargüengoitia,Calle Aldama 12,Centro,04012,Prepago\n',
      // a work order's customer (nombre, telefono) and supply address (cp)
      '{"cliente": {"nombre": "Ana Ejemplo", "telefono": "+34 600 000 000"}, "suministro": {"direccion": "Calle Ejemplo 1", "cp": "50041", "municipio": "Zaragoza"}}',
    ],
    negative: [
      // a parcel locker's location and a shop's row
      '{"code": "KRA01A", "location": {"description": "obok wejścia", "street": "ul. Testowa 4", "postcode": "31-512", "city": "Kraków"}}',
      'sklep;NIP;kod_pocztowy;miasto\nPrzykład Sp. z o.o.;5260250274;31-512;Kraków\n',
      // prose, a column that is no postcode's, a sender's record, a filler
      'Nasz magazyn: ul. Testowa 4, 31-512 Kraków.',
      'zamowienie;sku;ilosc\nZ-1;31-512;2\n',
      '{"order": 1, "sender": {"name": "Example Shop", "email": "shop@kestrel-mail.com", "street": "1 Example Way", "zip": "94105"}}',
      'imię;nazwisko;kod_pocztowy\nHalina;Przykładowa;00-000\n',
      'name,zip\nDana Example,n/a\n',
      // an issuer's address in a tax form's record
      '{"payer": {"businessName": {"name1": "EXAMPLE CREDIT UNION"}, "address": {"line1": "1 Example Dr", "postalCode": "68102"}, "phone": {"number": "4025550100"}}}',
      // a hospital network's row: its GSTIN names a company (PAN's fourth letter C)
      'hospital_id,hospital_name,address,city,state,pincode,phone,gstin\nH-1,Kestrel Multispeciality Hospital,"14, Kestrel Lane, Aundh",Pune,Maharashtra,401999,020-27950000,27ABKCT4821M1Z6\n',
    ],
  },
});
