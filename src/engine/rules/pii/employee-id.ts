import { defineRule, fake } from '../defineRule';
import { isLabelled, isOnTestRecordLine, isRecordNumber, labelRegex, matchLine } from './_context';
import { native } from '../../scan/nativeRegex';

/**
 * An employee's number as HR, payroll and shop-floor systems label it: `Employee ID`, `emp_no`,
 * `Staff No`, SAP's `PERNR`, a MES's operator id (`OP_ID`, `opId`), in English and the languages of
 * the corpora's companies (Personalnummer, matricule, número de empleado, legajo, sicil no), and a
 * courier's number in a delivery company's route logs (`kurye=`, `courier_id`).
 */
const EMPLOYEE_LABEL = labelRegex([
  'employee id', 'employee number', 'employee no', 'employee nr', 'employee #', 'employeeid', 'employee code', 'emp id', 'emp no', 'emp num', 'emp code', 'empno', 'empid',
  'staff id', 'staff no', 'staff number', 'staff code', 'personnel number', 'personnel no', 'pernr', 'payroll number', 'payroll no', 'payroll id',
  'worker id', 'worker number', 'operator id', 'op id', 'opid', 'badge number', 'badge no', 'badge id',
  'personalnummer', 'personal-nr', 'personalnr', 'pers.-nr', 'mitarbeiternummer', 'mitarbeiter-nr', 'mitarbeiter id', 'matricule', 'numéro de matricule', 'n° matricule',
  'id kuriera', 'nr kuriera', 'courier id', 'driver id', 'id kierowcy',
  'número de empleado', 'numero de empleado', 'nº empleado', 'n° empleado', 'no. empleado', 'num empleado', 'legajo', 'matrícula funcional', 'número de funcionário', 'numero funcionario',
  'werknemersnummer', 'personeelsnummer', 'anställningsnummer', 'anst.nr', 'anst nr', 'anst.-nr', 'ansattnummer', 'ansattnr', 'medarbejdernummer', 'medarbejdernr', 'työntekijänumero', 'henkilönumero', 'henkilönro', 'henkilö nro', 'numer pracownika', 'matricola dipendente', 'nomor pegawai', 'nomor karyawan', 'nik karyawan',
  'sicil no', 'sicil numarası', 'personel no', 'personel numarası', 'kurye', 'kurye no', 'courier id', 'courier no', 'courier number',
]);

/** An operator key right before the value, and a shop floor's words on its line (a lot, an equipment, a recipe, a track-in). */
const MES_OPERATOR_BEFORE = native(/(?<![\w.-])op=$/u);
const MES_LINE = native(/(?<![\w-])(?:lot|eqp|recipe|track[_-]?(?:in|out)|wafer|carrier)[=:_ ]/iu);

// An employee's number (a staff directory's, a payroll's or a shop floor's) identifies its holder
// inside the company and beyond it (payslips, badges, audit logs). A number alone is never enough:
// its label or its column says whose it is.
export default defineRule({
  id: 'employee-id',
  category: 'pii',
  // Decision (forty-sixth session): opt-in. Six held-out corpora in a row, written by different
  // writers for this product's brief, labelled none of the record numbers under these labels (0 true
  // of 29 findings: an export's first column, a payroll's ids): a company's own record number is a
  // pseudonym most teams send to an assistant to debug. A team that counts it switches it on with a level.
  optIn: true,
  description: "Employee number (HR, payroll, badge or a shop floor's operator id) next to its label or under its column",
  keywords: ['op=', 'employee', 'emp', 'staff', 'personnel', 'pernr', 'payroll', 'worker', 'operator', 'op id', 'op_id', 'opid', 'badge', 'personal', 'mitarbeiter', 'matricul', 'empleado', 'legajo', 'funcion', 'werknemer', 'personeel', 'anst', 'ansatt', 'medarbejder', 'tyontekija', 'henkilonumero', 'henkilonro', 'henkilo nro', 'pracownik', 'dipendente', 'pegawai', 'karyawan', 'sicil', 'personel', 'kurye', 'courier', 'kurier'],
  window: { before: 64, after: 4000 },
  columns: true,
  // Digits after up to two letter groups (`E204517`, `AB31822`, `ORG-KE-E042`, `XYZ-4411`, a courier's `K-KRK-0412`), or a year and a serial (`ABC-2021-007`).
  pattern: /(?<![\w.#/@+-])(?:[A-Z]{1,4}-){0,2}[A-Z]{0,3}\d{3,10}(?:-\d{2,4})?(?![\w/@-])(?!\.\d)/gu,
  validate: (s, ctx) => {
    // (Nor a test record's: a fixture's `TE0101` beside `Test Employee A`.)
    if (!isRecordNumber(s) || isOnTestRecordLine(ctx)) return false;
    // A manufacturing execution system's log names the operator `op=` beside the lot it moves.
    if (MES_OPERATOR_BEFORE.test(ctx.text.slice(Math.max(0, ctx.start - 4), ctx.start)) && /[A-Z]/u.test(s) && MES_LINE.test(matchLine(ctx, 200))) return true;
    // (Its own line only: a header row above names its column, which the header check reads.)
    return isLabelled(ctx, EMPLOYEE_LABEL, { before: 40, lines: 0 });
  },
  redactAs: 'employee-id',
  references: ['https://gdpr-info.eu/art-4-gdpr/', 'https://gdpr-info.eu/art-88-gdpr/'],
  examples: {
    positive: [
      `EmployeeID,Name,Title,Email\nE${fake('{d6}', 4401)},A. Example,Director,a.example@district.example\n`,
      // a Finnish payroll file's abbreviated column
      `Henkilönro;Nimi;Osasto;Toimipiste\nNB-FI-${fake('{d4}', 100841)};A. Esimerkki;Engineering;Helsinki\n`,
      // a Polish courier roster's first column
      `id_kuriera\timie_nazwisko\trejon\nK-KRK-${fake('{d4}', 100842)}\tA. Przykład\tWRO-Krzyki\n`,
      `Employee: A. Example                    Employee ID: E${fake('{d6}', 4402)}`,
      // a Swedish HR export's first column
      `Anst.nr,Namn,Befattning,Land\nANS-${fake('{d5}', 4403)},A. Exempel,Controller,SE\n`,
      `lot_no,step,tool,op_id,hold\nLT${fake('{d9}', 4403)},BOND,WB-07,AB${fake('{d5}', 4404)},N\n`,
      `[auth] device=PDA-01 login emp_no=DG${fake('{d4}', 4405)} ip=172.19.55.3`,
      `{"opId": "CY${fake('{d5}', 4406)}", "site": "TC"}`,
      `Staff No\tName\tDays\nORG-KE-E${fake('{d3}', 4407)}\tA. Example\t12\n`,
      `Personalnummer: ${fake('{d8}', 4408)}`,
      // a cargo company's dispatch log names the courier by number
      `INFO [dispatch] vardiya_acildi kurye=KY${fake('{d5}', 4418)} hub=ESB-3`,
      `2024-03-02 10:15:07.120 [WARN ] [LN-AOI-04@10.8.3.17] W1203 tray jam lot=LT${fake('{d9}', 4411)} op=AB${fake('{d5}', 4412)}`,
    ],
    negative: [
      // a test fixture's record: its person is a test employee
      '{\n  "emp_code": "TE0101",\n  "full_name": "Test Employee A",\n  "work_email": "test.employee.a@example.com"\n}',
      'Employee count: 25000 across the group',
      `Order ID: ${fake('{d8}', 4409)}`,
      'employee_id,grade\n000000,5\n',
      'Staff meeting on 2024 plan, room 2301',
      'emp_no=${EMP_NO}',
      'build step=3 op=A1234 status=ok',
      // a lot's number in the first column, under no label of its own (the header's OP_ID is the fourth column's)
      `lot_no,qty,scrap,op_id,hold\nLT${fake('{d9}', 4410)},500,2,,N\n`,
    ],
  },
});
