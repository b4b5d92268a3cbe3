import type { MatchContext } from '../../types';
import { defineRule, fake } from '../defineRule';
import { native } from '../../scan/nativeRegex';
import { columnHeader, hasContext, matchLine, isInCompanyObject, isOnCompanyRow, isOnTestRecordLine, isTrivialNumber, NOT_IN_LONGER_NUMBER, tableHeaderRow } from './_context';
import { isNorwegianAccount } from './_checksums';

/**
 * A domestic account number's label (normalised, lower case), in the languages payroll and bank
 * exports are written in: "Account no", "Kontonummer", "rekeningnummer", "numéro de compte",
 * "número de cuenta", "cuenta destino", Chile's "cuenta vista" and CuentaRUT, Colombia's "Ahorros"/"Corriente" after the bank, Brazil's "conta corrente", Peru's interbank CCI, "conto corrente", "Clearing/konto", "nr rachunku",
 * an Australian account after its BSB ("BSB 066-128 account …"), Vietnam's số tài khoản (STK), Japan's 口座番号 (and Japan Post Bank's 記号番号) and the
 * account types 普通 / 当座 that precede the number on a transfer slip, the Maghreb's RIB, and Nigeria's NUBAN.
 */
const ACCOUNT_LABEL =
  /(?<![a-z])(?:nuban(?:[ _-]?(?:no|number|account))?|(?:bank[ _-]?)?(?:account|acct|a\/c)[ _.-]?(?:no|nr|num|number|#)\.?|bank[ _-]?a\/c|(?:dd|direct[ _-]?deposit|checking|savings|deposit|payout|payroll|salary|settlement|destination|beneficiary|refund|bank|r?dfi|receiver|receiving)[ _-]?(?:account|acct)(?![ _-]?(?:id|type|holder|name|owner))|(?:bsb|sort[ _-]?code)[ :]{0,2}\d{2,3}-?\d{2,3}(?:-?\d{2})?[ ,;]{1,3}(?:account|acc|acct)|cuenta[ _-](?:destino|bancaria|de abono|abono|sueldo|corriente|de ahorros|ahorros|vista|rut)|cuentarut|(?:ahorros|corriente)|conta[ _-](?:corrente|poupan[cç]a|sal[aá]rio)|nro\.? (?:de )?cuenta|(?<![a-z0-9_])cci(?![a-z0-9])|(?:bank|utbetalings|utbetalnings|udbetalings|l[øoö]nns|l[öo]ne)?konto(?:nummer|nr\.?)?|clearing\/konto|rekening(?:nummer)?|bankrekening|no[ _.]?akaun|nombor[ _]akaun|akaun[ _]bank|เลขที่บัญชี|เลขบัญชี|num[eé]ro de compte|n[uú]mero de (?:cuenta|conta)|conto(?: corrente)?|nr\.? rachunku|numer rachunku|tilinumero|(?:banka)?reikning(?:ur|snumer|snúmer|snr\.?)|s[oố][ _-]t[aà]i[ _-]kho[aả]n|(?<![a-z0-9_])stk(?![a-z0-9])|口座番号|記号番号|普通|当座|帳號|帐号|账号|賬號|계좌번호|(?<![a-z])rib(?:[ _-]?iban)?)(?![a-z])/u;

/** `account` or `acct` right before a number (a log's `acct=` too). */
/** (Or an IRS direct deposit's `dan`, the depositor account number, as a record's key: `'rtn': '…', 'dan': '…'`.) */
const BARE_ACCOUNT_BEFORE = native(/(?:(?<![a-z_])(?:account|acct)[ \t]{0,2}(?:#|no\.?|number)?(?:[ \t:]{0,3}|=)|["']dan["'][ \t]*[:=][ \t]*)["']?$/iu);
/**
 * A bare `account` key inside a `bank` object (`"bank": {"name": "…", "account": "…"}`), or beside
 * its bank's name or code in one record (`"bank": "…", "account": "…"`, `"bank_code": "0005",
 * "branch_code": "018", "account": "…"`).
 */
const BANK_ACCOUNT_KEY_BEFORE = native(
  /"(?:bank(?:_details|_account|ing)?|rekening|akaun(?:_bank)?)"[ \t]*:[ \t]*\{[^{}]{0,80}"(?:account|number|acct|nomor|no|nombor)"[ \t]*:[ \t]*"$|"(?:bank|bank_?name|bank_?code|branch_?code)"[ \t]*:[ \t]*"[^"\n]{1,40}"[ \t]*,[ \t]*(?:"[\w]{1,20}"[ \t]*:[ \t]*"[^"\n]{0,40}"[ \t]*,[ \t]*)?"(?:account|acct)"[ \t]*:[ \t]*"$/iu,
);
/** India's and Pakistan's `A/c` right before the number (`A/c 6492…`, `A/c no. 6492…`): not an air conditioner's `A/C unit 2024…`. */
const A_C_BEFORE = native(/(?<![a-z])a\/c[ .:#-]{0,3}$/iu);
/** A routing number's word (or a bank's or branch's code: India's IFSC, a sort code) on the same line, or in the same record's next lines. */
const ROUTING_ON_LINE = /(?<![a-z])(?:routing|aba|rtn|ifsc|sort[_ -]?code|bsb|bank[_ -]?code|branch[_ -]?code)(?![a-z])/iu;

/**
 * Labels of other numbers that share the words (an account id, a customer's number at a company,
 * an Austrian employer's account at its health insurer: `DG-Konto`, Dienstgeberkonto, Beitragskonto).
 */
/** A row that says its party is an organisation: an enrolment file's `Organization` type cell, a US employer number labelled `EIN` (its contact person's phone on the row is still theirs). */
const ORGANISATION_ROW = native(/(?:^|[,;\t|])(?:Organization|Organisation|ORGANIZATION|ORGANISATION)(?=[,;\t|])|(?<![\w])EIN[,;\t|: ]{1,3}\d{2}-\d{7}(?!\d)/u);

// (And the Korean open-banking API's `cntr_account_num`: the institution's own contracted account, 약정계좌, that every transfer names.)
const NOT_ACCOUNT = native(/(?:account|konto)[ _-]?(?:id|key|name|type|holder|owner|manager)|customer|kunden|client|(?:dg|dienstgeber|beitrags)[ _-]?konto|cntr[ _-]?account/u);

// A domestic bank account number (Norway's 4.2.5 and Sweden's grouped forms too; 7 to 20 digits: Peru's interbank CCI has 20; optionally after a
// clearing or branch number and a dash) under a label or a column header that says so: UK
// payroll's `Account no` next to a sort code, a US 1099 export's `account_no`, Swedish
// `Clearing/konto: 8314-7 4913827560`, a Japanese payslip's `普通 3584252`. IBANs are iban's; a number alone is never enough.
/** A bare `account` column (`account`, `acct`, `account_no`). */
// (Or a payout file's column of either, `account_or_iban`: an IBAN there is iban's.)
const BARE_ACCOUNT_COLUMN = native(/^["']?(?:account|acct|account[ _-]?(?:no|nr|num|number)|account[ _-]?(?:no[ _-]?)?or[ _-]?iban|iban[ _-]?or[ _-]?account|(?:(?:n|no|nro|num|numero|número)[ _.-]{1,2})?cuenta)["']?$/u);
/** A header row's column that names the bank (`banco`, `bank_name`): a payroll's bank, then its account. */
const BANK_COLUMN = native(/(?:^|[,;\t|])[ \t]*["']?(?:banco|bank(?:[ _-]?name)?|banque|entidad(?:[ _-]?bancaria)?)["']?[ \t]*(?=[,;\t|]|$)/iu);
/** A header row's columns that route a payment to a bank's branch: Canada's transit and institution, a US routing number, a UK sort code, an Australian BSB, an Indian IFSC. */
const BRANCH_COLUMNS = native(/(?:^|[,;\t|])[ \t]*["']?(?:transit(?:[ _-]?(?:no|number))?|institution(?:[ _-]?(?:no|number|code))?|routing(?:[ _-]?(?:no|number))?|aba|sort[ _-]?code|bsb|ifsc)["']?[ \t]*(?=[,;\t|]|$)/iu);

/**
 * A cell under a bare `account` column in a table whose header also routes to a branch
 * (`institution,transit,account`: a Canadian payroll's direct deposit) or names the bank (`banco,cuenta`:
 * a Latin American payroll's): the column is the bank account.
 */
function isAccountBesideBranchColumns(ctx: MatchContext): boolean {
  const header = columnHeader(ctx);
  if (header === undefined || !BARE_ACCOUNT_COLUMN.test(header.trim())) return false;
  const row = tableHeaderRow(ctx) ?? '';
  return BRANCH_COLUMNS.test(row) || BANK_COLUMN.test(row);
}

/**
 * An Indian branch's IFSC code right beside the number, the next cell or token on either side
 * (`'…','SBIN0123456'` in a settlement dump, `PUNB0123456 …` in a NACH file) or named after it
 * (`… (State Bank of India, IFSC SBIN0123456)`): four letters, a zero, six letters or digits (a
 * SWIFT BIC has its country's letters in the fifth and sixth places). Not a zero-padded amount.
 */
const IFSC_BEFORE = native(/(?<![A-Za-z0-9])[A-Z]{4}0[A-Z0-9]{6}["']?[ \t]{0,24}[,;|\t]?[ \t]{0,2}["']?$/u);
const IFSC_AFTER = native(/^["']?[ \t]{0,24}[,;|\t]?[ \t]{0,2}["']?[A-Z]{4}0[A-Z0-9]{6}(?![A-Za-z0-9])|^[ \t]{0,2}\([^()\n]{0,48}\bIFSC[ \t:]{0,3}[A-Z]{4}0[A-Z0-9]{6}(?![A-Za-z0-9])/u);
/** A branch's MICR code column (`MICR`, `micr_code`). */
const MICR_COLUMN = native(/^["']?micr(?:[ _-]?(?:code|no))?["']?$/iu);

function isBesideIfsc(s: string, ctx: MatchContext): boolean {
  if (s.startsWith('000')) return false;
  // (Not the branch's MICR code, nine digits under its own column beside the IFSC: a mandate register's.)
  if (/^\d{9}$/u.test(s) && MICR_COLUMN.test(columnHeader(ctx)?.trim() ?? '')) return false;
  return IFSC_BEFORE.test(ctx.text.slice(Math.max(0, ctx.start - 40), ctx.start)) || IFSC_AFTER.test(ctx.text.slice(ctx.end, ctx.end + 80));
}

/** An `account` key right before the value, in code or config (`account = "`, `"account": "`). */
const ACCOUNT_KEY_BEFORE = native(/(?<![a-z_])(?:account|acct)["']?[ \t]{0,2}[:=][ \t]{0,2}["']?$/iu);

/** A sample Norwegian account (4.2.5 with dots) whose check digit is right. */
function norwegianSample(seed: number): string {
  for (let n = seed; ; n++) {
    const body = fake('{d10}', n);
    const candidates = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9].map((c) => `${body.slice(0, 4)}.${body.slice(4, 6)}.${body.slice(6)}${c}`);
    const ok = candidates.find(isNorwegianAccount);
    if (ok !== undefined) return ok;
  }
}


export default defineRule({
  id: 'bank-account-number',
  category: 'pii',
  description: 'Domestic bank account number under an account-number label or column',
  keywords: [],
  // Every match holds a run of at least seven digits.
  nearDigits: 'dense',
  // (Thai and Philippine banks write theirs in four dashed groups: `401-7-55218-3`, `152-3-81940276-5`;
  // a Moroccan or Tunisian RIB is bank, branch, account and key: `022 780 0000000000000000 05`.)
  // (Australian and New Zealand banks print theirs in groups: `NNNN NNNN` beside the BSB, and NZ's
  // bank, branch, account and suffix, `BB-bbbb-AAAAAAA-SS`; a Singapore DBS or POSB account is
  // `NNN-NNNNNN-N`, a Colombian one `NNN-NNNNNN-NN`, a Hong Kong or an OCBC one `NNN-NNNNNN-NNN`; a Philippine BDO
  // payroll account `NNNN-NNNN-NNNN`, a Landbank or PNB one `NNN-NNN-NNNNNN-N`. A payout cell may name the bank before the number: `BDO:0067…`.)
  pattern: new RegExp(String.raw`(?:(?<![\w./:+-])|(?<=(?:^|[,;\t|"])[A-Z]{2,12}:))(?:(?:\d{3,6}[- ])?\d{7,24}|\d{3}-\d-\d{5,8}-\d|\d{2,3} \d{3} \d{13,16} \d{2}|\d{4} \d{4}|\d{2}-\d{4}-\d{7}-\d{2,3}|\d{3}-\d{5,6}-\d{1,2}|\d{3}-\d{6}-\d{3}|\d{3}-\d{3}-\d{6}-\d|\d{4}-\d{4}-\d{4}|\d{3,6}-\d{2,6}-\d{5,7}|\d{4}([ .])\d{2}\1\d{5}|\d{3} \d{3} \d{3}-\d|\d{4} \d{2} \d{3} \d{2})(?![\w/:-])` + NOT_IN_LONGER_NUMBER, 'gu'),
  validate: (s, ctx) => {
    const digits = s.replace(/\D/gu, '');
    if (isTrivialNumber(digits) || /^0+$/u.test(digits)) return false;
    // A bare `account` or `acct` right before the number counts beside a routing number on its line
    // (`routing 0…/ account 5…`, `new acct 5…, routing 0…`): a US bank's pair.
    // (So does a Norwegian account in its dotted 4.2.5 form with its modulus-11 check digit: `account = "…"` in a fixture.)
    const bareAccount = BARE_ACCOUNT_BEFORE.test(ctx.text.slice(Math.max(0, ctx.start - 12), ctx.start));
    if (
      !hasContext(ctx, ACCOUNT_LABEL, { before: 32 }) &&
      !(bareAccount && native(ROUTING_ON_LINE).test(ctx.text.slice(Math.max(0, ctx.start - 120), ctx.end + 80))) &&
      !(isNorwegianAccount(s) && ACCOUNT_KEY_BEFORE.test(ctx.text.slice(Math.max(0, ctx.start - 16), ctx.start))) &&
      !BANK_ACCOUNT_KEY_BEFORE.test(ctx.text.slice(Math.max(0, ctx.start - 120), ctx.start)) &&
      !A_C_BEFORE.test(ctx.text.slice(Math.max(0, ctx.start - 8), ctx.start)) &&
      !isAccountBesideBranchColumns(ctx) &&
      !isBesideIfsc(s, ctx)
    )
      return false;
    // The label nearest before the number must not be another account-ish field.
    const before = ctx.text.slice(Math.max(0, ctx.start - 32), ctx.start).toLowerCase();
    // (The test-record look last: it reads the enclosing object and YAML block, 40 µs a number,
    // where most numbers a code file holds fail the label check first.)
    // (Nor a company's account on its row of a settlement file: `…,ACME SYSTEMS PVT LTD,<account>,…`.)
    // (Nor a JSON record of an organisation: a payout batch's vendor, `"beneficiary_type": "BUSINESS"`.)
    return !NOT_ACCOUNT.test(before) && !isOnTestRecordLine(ctx) && !isOnCompanyRow(ctx) && !isInCompanyObject(ctx) && !ORGANISATION_ROW.test(matchLine(ctx, 600));
  },
  redactAs: 'bank-account',
  references: ['https://www.gov.uk/government/publications/bacs-payment-schemes-limited-sort-code-and-account-number-validation'],
  examples: {
    positive: [
      // a Canadian payroll's direct deposit: institution, transit and account columns
      `staff_no,name,transit,institution,account,net_pay\nE-12,A. Example,${fake('{d5}', 101527)},003,${fake('{d7}', 101528)},4210.00\n`,
      'pay_run_id,employee_name,net_pay,dd_routing,dd_account,dd_type\nPR-1,"Ferreira, Lucia",3457.57,096152027,60161164791,checking',
      // a Malaysian driver export's account column, an Indonesian partner record's account object, a Thai KYC batch's column
      `no_permohonan,nama_penuh,bank,no_akaun,status\nMYD-1,Contoh bin Ahmad,Maybank,${fake('{d12}', 101979)},LULUS\n`,
      `"rekening": {\n  "bank": "Mandiri",\n  "nomor": "${fake('{d13}', 101980)}",\n  "atas_nama": "A. Contoh"\n}`,
      `รหัส,ชื่อ,ธนาคาร,เลขที่บัญชี\nTH-1,ตัวอย่าง,กสิกรไทย,${fake('{d3}-{d1}-{d5}-{d1}', 101981)}\n`,
      // a Chilean payroll book: the bank's name, then the account under a bare cuenta column
      `rut\tnombre\tbanco\tn_cuenta\temail\n${fake('{d8}', 101582)}-5\tA. Ejemplo\tBanco Ejemplo\t${fake('{d10}', 101583)}\ta.ejemplo@example.cl\n`,
      `\nEmployee ID,Name,Sort code,Account no,Gross\nE0134,R. Example,52-26-91,${fake('{d8}', 614)},6936.35\n`,
      `\nemp_id,full_name,routing_no,account_no,gross_usd\nC-379,M. Example,008104095,${fake('{d11}', 615)},5802.93\n`,
      `Clearing/konto: 83147-${fake('{d10}', 616)} (Swedbank)`,
      // a Nigerian merchant export's NUBAN column
      `merchant_id\tcontact_name\tbank\tnuban\tcreated_at\nM-1\tA. Example\tKestrel Bank\t${fake('{d10}', 101697)}\t2024-02-01\n`,
      `振込先：三菱UFJ銀行 渋谷支店 普通 ${fake('{d7}', 617)}`,
      `emp_no,employee_name,bdo_payroll_acct,basic_semi\nMNL-204117,A. Example,${fake('{d12}', 621)},13250.00\n`,
      `id_remesa,beneficiario,pagador,cuenta_destino,monto\nRM-2405,J. Example,BCP,${fake('{d20}', 622)},300.00\n`,
      `Yes, the Commonwealth one, BSB 066-128 account ${fake('{d8}', 623)}.`,
      `  Old: routing 011000015 / account ${fake('{d10}', 626)}`,
      // an Indian merchant's settlement account beside its IFSC, a penny-drop log's account, a cheque's A/c
      `payee,settlement_account,ifsc\nA. Example,${fake('{d14}', 101486)},EXMP0001234\n`,
      `bank verification passed acct=${fake('{d13}', 101487)} ifsc=EXMP0001234`,
      // a payslip fixture's Norwegian account, dotted, its check digit right
      `  val payout = Payout(account = "${norwegianSample(101634)}", currency = "NOK")`,
      `Attached a cancelled cheque, A/c ${fake('{d11}', 101488)} with the city branch.`,
      `return_date,customer_name,rdfi_routing,dfi_account,amount_usd\n2024-03-28,"A. Example",011000015,${fake('{d9}', 627)},426.64\n`,
      `ma_nv,ho_ten,so_tai_khoan,ngan_hang\nNLP0012,A. Example,${fake('{d13}', 624)},"Vietcombank - CN Sài Gòn"\n`,
      `batch_id,owner_name,bank_code,bank_account,net_vnd\nSTL-01,A. Example,TCB,${fake('{d10}', 625)},6151580\n`,
      `ref;pays;beneficiaire;rib_iban;montant\nRMB-0575;MA;A. Exemple;0117809${fake('{d17}', 4190)};200.39\n`,
      `remboursement sur mon compte, RIB : 07 454 ${fake('{d13}', 4191)} 45`,
      `"bank": {"name": "KBank", "account_no": "${fake('{d3}', 4130)}-4-${fake('{d5}', 4131)}-7"}`,
      `customer_ref\tbsb\taccount_no\tbank\nAU-1\t${fake('{d3}', 101065)}-${fake('{d3}', 101066)}\t${fake('{d4}', 101050)} ${fake('{d4}', 101051)}\tExample Bank\n`,
      `customer_ref\taccount_no\tbank\nNZ-1\t${fake('{d2}-{d4}', 101067)}-${fake('{d7}', 101052)}-${fake('{d2}', 101068)}\tExample Bank NZ\n`,
      `country,full_name,payout_account,amount\nPH,A. Example,EXBANK:${fake('{d12}', 101071)},5200\n`,
      `{"ref":"SG-1","bank":{"name":"Example Bank","account":"${fake('{d3}', 101069)}-${fake('{d6}', 101053)}-${fake('{d1}', 101070)}"}}`,
      // a Chilean sight account and a Colombian savings account after their bank
      `Transfiero desde mi cuenta vista ${fake('{d11}', 101117)} del BancoEstado`,
      `Bancolombia Ahorros ${fake('{d3}-{d6}-{d2}', 101118)}`,
      // an e-file worker's payload (IRS direct deposit: rtn and dan), and a Plaid auth response quoted in a comment
      `payload={'taxpayer': 'A. Example', 'rtn': '011000015', 'dan': '${fake('{d9}', 101230)}', 'type': 'checking'}`,
      ` * // auth/get numbers.ach[0] = { account: "${fake('{d10}', 101231)}", routing: "011000015" }`,
      // a Korean bank's account in three dashed groups under its column, and a payroll log's record beside its bank
      `INSERT INTO bank_accounts (employee_id, account_number) VALUES ('e-1','${fake('{d3}-{d6}-{d5}', 101260)}');`,
      `{"employee": {"name": "A. Example", "bank": "Example Bank", "account": "${fake('{d4}-{d2}-{d7}', 101261)}"}}`,
      `{"employee": {"bank_code": "0005", "branch_code": "018", "account": "${fake('{d7}', 101262)}"}}`,
      // a payout script's override: the account, then its branch's IFSC; an e-mail's bank account line
      `  SLR1: {\n    beneficiary: "A. Example",\n    account: "${fake('{d11}', 101305)}",\n    ifsc: "EXMP0001234",\n  },`,
      `  Bank A/c     : ${fake('{d16}', 101306)}`,
      // a Japan Post Bank account's symbol and number (記号番号)
      `> - 記号番号: 018-${fake('{d7}', 101331)}`,
      // a Norwegian account (4.2.5, spaced or dotted) under its column, Swedish ones after their label
      `ansattnummer\tnavn\tkontonummer\tbrutto\nN-1\tA. Eksempel\t${fake('{d4}', 101290)}.${fake('{d2}', 101291)}.${fake('{d5}', 101292)}\t58900\n`,
      `Ny bank: Swedbank, clearing 8327-9, kontonummer ${fake('{d3} {d3} {d3}', 101293)}-4`,
      // a Hong Kong payroll register's account in three groups, a Taiwanese roster's salary account (帳號)
      `Staff No\tName\tBank\tAccount No\tNet\nHK-1\tA. Example\t004 Example Bank\t${fake('{d3}-{d6}-{d3}', 101466)}\t100.00\n`,
      `員工編號,姓名,薪轉銀行,薪轉帳號\nT-1,王小明,013 範例銀行,${fake('{d12}', 101467)}\n`,
      // an Icelandic account: bank, ledger (26 for a checking account) and number, under reikningsnúmer
      `greidsla;nafn;reikningsnumer;kronur\nG-1;A. Dæmi;0${fake('{d3}', 101471)}-26-${fake('{d6}', 101472)};12000\n`,
      // a Norwegian payroll report's payout account (its 4.2.5 form)
      `"utbetalingskonto": "${fake('{d4}', 101548)}.${fake('{d2}', 101549)}.${fake('{d5}', 101550)}"`,
      // a Swedish credit check's payout account (clearing number, then the account)
      `Personnummer;Namn;Utbetalningskonto;Beslut\n000000-0000;A. Exempel;8327-${fake('{d7}', 102079)};Beviljad\n`,
      // a payout file's column of accounts or IBANs beside the bank's column (a Singapore bank's 3-6-3 form)
      `batch_id\towner_name\tbank\taccount_or_iban\tnet\nPB-1\tA. Example\tExample Bank\t${fake('{d3}-{d6}-{d3}', 101830)}\t911.17\n`,
      // an Indian account beside its branch's IFSC: a settlement dump's next cell, a NACH file's token, a letter's aside
      `INSERT INTO settlement_accounts VALUES (7,'Kestrel Traders','${fake('{d11}', 101816)}','KSTL0${fake('{d6}', 101817)}','2024-02-01');`,
      `D 0000000657800 KSTL0${fake('{d6}', 101818)} ${fake('{d14}', 101819)}      LN7187278`,
      `<td>Disbursal account</td><td>${fake('{d11}', 101820)} (Example Bank, IFSC KSTL0${fake('{d6}', 101821)})</td>`,
      // a Philippine call centre's masterlist: payroll accounts written as the banks print them
      `employee_no,last_name,first_name,payroll_bank,payroll_account_no\nTCX-1,Example,Maria,BDO,00${fake('{d2}-{d4}-{d4}', 102068)}\nTCX-2,Example,Jose,LANDBANK,150-${fake('{d3}-{d6}', 102069)}-0\n`,
    ],
    negative: [
      // an ERA/EFT enrolment's organisation: its own account, under its employer number
      'enrollment_id,provider_type,legal_name,tin_type,tin,bank_name,routing_number,account_type,account_number\nENR-1,Organization,KESTREL ALLERGY & ASTHMA,EIN,20-0000000,EXAMPLE BANK NA,031000000,CHECKING,9720090000\n',
      // a CRM's account column: the customer's account id, no branch beside it
      `account,owner,region\n${fake('{d7}', 101529)},A. Example,EMEA\n`,
      // an air conditioner's label, a log's account id
      'Replaced the A/C unit, serial 20240315 on the tag',
      `acct_id=${fake('{d10}', 101489)} ifsc=EXMP0001234`,
      `Account ID: ${fake('{d10}', 618)}`,
      `Order number ${fake('{d10}', 619)}`,
      `"card": {"brand": "visa", "account": "${fake('{d4}', 101054)} ${fake('{d4}', 101055)}"}`,
      `invoice_no\tamount\nINV-1\t${fake('{d4}', 101056)} ${fake('{d4}', 101057)}\n`,
      `utr,value_date,beneficiary_name,beneficiary_account,ifsc\nUTR-1,2024-01-09,EXAMPLE SYSTEMS PVT LTD,${fake('{d12}', 101062)},EXMP0001234\n`,
      'Account no: 00000000',
      // a unit test's zero-padded run
      '    accountNumber: "000123456789",',
      'account no. 2024-11-30412-1 (the ticket, not the bank)',
      `customer account no ${fake('{d9}', 620)}`,
      `account ${fake('{d10}', 628)} was closed last year`,
      // an Austrian employer's account at its health insurer, in an ELDA gateway's log
      'ELDA Meldung an ÖGK gesendet, DG-Konto 38164520, Monat 05/2025',
      // a machine integer's limit as a column's sentinel in a schema's sample row
      'account_no,routing_no\n2147483647,011000015\n',
      // a NACH file's zero-padded amount before the branch's IFSC; a number beside a SWIFT BIC
      `D 0000000657800 KSTL0${fake('{d6}', 101822)} LN7187278`,
      `ref ${fake('{d12}', 101823)} KSTLINBB104`,
      // a payout batch's vendor: its record's type is a business, its name a company's
      `{\n  "payout_id": "pout_1",\n  "beneficiary_type": "BUSINESS",\n  "beneficiary_name": "Kestrel Express Ltd",\n  "account_number": "${fake('{d14}', 102024)}",\n  "ifsc": "UTIB0330434"\n}`,
      // a Korean open-banking withdrawal's contracted account: the institution's own
      '>> POST /v2.0/transfer/withdraw/fin_num {"bank_tran_id": "M000000001U000000001", "cntr_account_type": "N", "cntr_account_num": "1002-458-000001", "tran_amt": "5000"}',
      // a NACH mandate register: the branch's MICR code beside its IFSC
      'UMRN,Account Holder Name,Bank Name,IFSC,MICR,Max Amount\nHDFC7000000000000001,ASHA EXAMPLE,HDFC Bank,HDFC0001234,400240015,5000\n',
    ],
  },
});
