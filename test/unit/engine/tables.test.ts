import assert from 'node:assert/strict';
import { TableEnds } from '../../../src/engine/scan/tables';

describe('tables a window runs on through', () => {
  const dump = [
    'CREATE TABLE `clients` (',
    '  `id` bigint NOT NULL,',
    '  `dob` date NOT NULL',
    ') ENGINE=InnoDB;',
    'CREATE TABLE `audit` (`id` bigint, `note` text);',
    "INSERT INTO `clients` VALUES (1,'1980-01-02'),(2,'1975-03-04');",
    "INSERT INTO `audit` VALUES (1,'x');",
    "INSERT INTO `clients` VALUES (3,'1990-05-06');",
    'SELECT 1;',
  ].join('\n');

  it("runs a window that overlaps a CREATE TABLE on to the end of the last INSERT into that table", () => {
    const tables = new TableEnds();
    const at = dump.indexOf('`dob`');
    const table = tables.definitionIn(dump, at - 10, at + 20);
    assert.ok(table !== undefined);
    assert.ok(table.header.includes('`dob` date'));
    assert.equal(table.end, dump.indexOf("'1990-05-06');") + "'1990-05-06');".length);
  });

  it('runs no window on for a table without INSERTs after it, nor for a window past the definitions', () => {
    const tables = new TableEnds();
    const noInserts = 'CREATE TABLE t (phone text);\nSELECT phone FROM t;\n';
    assert.equal(tables.definitionIn(noInserts, 0, 20), undefined);
    tables.clear();
    const after = dump.indexOf('SELECT');
    assert.equal(tables.definitionIn(dump, after, after + 5), undefined);
  });

  it('reads a schema-qualified, quoted table name as the same table as its INSERTs', () => {
    const tables = new TableEnds();
    const text = 'CREATE TABLE IF NOT EXISTS public."Clients" (\n  iban text\n);\nINSERT INTO clients VALUES (\'x\');\n';
    const table = tables.definitionIn(text, 0, 10);
    assert.equal(table?.end, text.length - 1);
  });
});

describe('delimited tables a window ends in', () => {
  const rows = (n: number): string => Array.from({ length: n }, (_, i) => `G${1000 + i},Example ${i},${i}.00,0.00,2024-01-0${(i % 9) + 1}`).join('\n');

  it("takes an ageing report's bucket columns (31_60, 91_120) for header cells", () => {
    const text = `acct,patient_name,current,31_60,91_120\n${rows(30)}\n`;
    const table = new TableEnds().tableAt(text, text.indexOf('G1020'));
    assert.equal(table?.header, 'acct,patient_name,current,31_60,91_120');
    assert.equal(table?.end, text.length);
  });

  it("takes a unit's or a share's signs in a header cell (Waga [kg], Zusatzbeitrag %)", () => {
    const text = `Nr;Geburtsdatum;Waga [kg];Zusatzbeitrag %\n${rows(30).replace(/,/gu, ';')}\n`;
    const table = new TableEnds().tableAt(text, text.indexOf('G1020'));
    assert.equal(table?.header, 'nr;geburtsdatum;waga [kg];zusatzbeitrag %');
    assert.equal(table?.end, text.length);
  });

  it("takes an elided article's apostrophe in a header cell (Nom d'usage, Date d'entrée)", () => {
    const text = `IPP;Nom d'usage;Date d'entrée;UF\n${rows(30).replace(/,/gu, ';')}\n`;
    const table = new TableEnds().tableAt(text, text.indexOf('G1020'));
    assert.equal(table?.header, "ipp;nom d'usage;date d'entree;uf");
    assert.equal(table?.end, text.length);
  });

  it("takes a currency's sign in a header cell (Hourly Rate (£), Salaire (€))", () => {
    const text = `Payroll No,Date of Birth,Hourly Rate (£),Salaire (€),Start\n${rows(30)}\n`;
    const table = new TableEnds().tableAt(text, text.indexOf('G1020'));
    assert.equal(table?.header, 'payroll no,date of birth,hourly rate (£),salaire (€),start');
    assert.equal(table?.end, text.length);
  });

  it("takes a Salesforce report's object-and-field header cells (Contact: Full Name)", () => {
    const text = `Case Number,Contact: Full Name,Amount,Fee,Birthdate\n${rows(30)}\n`;
    const table = new TableEnds().tableAt(text, text.indexOf('G1020'));
    assert.equal(table?.header, 'case number,contact: full name,amount,fee,birthdate');
    assert.equal(table?.end, text.length);
  });

  it("takes a numbered label for a header cell (13TH MONTH & OTHER BENEFITS, a form's 3601 Income)", () => {
    const text = `SEQ,TIN,13TH MONTH & OTHER BENEFITS,3601 Income,Tax\n${rows(30)}\n`;
    const table = new TableEnds().tableAt(text, text.indexOf('G1020'));
    assert.equal(table?.header, 'seq,tin,13th month & other benefits,3601 income,tax');
    assert.equal(table?.end, text.length);
  });

  it("starts a table under its preamble comment, not at it (# <employer>,PAYE ref …,,,)", () => {
    const text = `# Kestrel CC,PAYE ref 7000000000,Tax year 2024,,\nCertificate No,Surname,Date of Birth,Fee,Total\n${rows(30)}\n`;
    const table = new TableEnds().tableAt(text, text.indexOf('G1020'));
    assert.equal(table?.header, 'certificate no,surname,date of birth,fee,total');
    assert.equal(table?.end, text.length);
  });

  it('takes a comment of field names for its header (# rec_type|seq|calling|…), under a preamble comment', () => {
    const text = `# MSC-02 voice CDR, separator |\n# rec_type|seq|calling|called|dur_s\n${rows(30).replace(/,/gu, '|')}\n`;
    const table = new TableEnds().tableAt(text, text.indexOf('G1020'));
    assert.equal(table?.header, '# rec_type|seq|calling|called|dur_s');
    assert.equal(table?.end, text.length);
  });

  it('folds a header as the keyword pass reads it, so an accented keyword heads its table', () => {
    const text = `kunde_id;navn;fødselsnummer;risikonivå\n${rows(30).replace(/,/gu, ';')}\n`;
    assert.equal(new TableEnds().tableAt(text, text.indexOf('G1020'))?.header, 'kunde_id;navn;fodselsnummer;risikoniva');
  });

  it('takes no row of values for a header: a number or a date is no column name', () => {
    const text = `G0999,Example,12.50,0.00,2024-01-01\n${rows(30)}\n`;
    assert.equal(new TableEnds().tableAt(text, text.indexOf('G1020'))?.header ?? '', '');
  });
});
