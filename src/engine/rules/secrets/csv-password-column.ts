import { defineRule, fake } from '../defineRule';
import { columnHeader, tableHeaderRow } from '../pii/_context';
import { isCryptHash, isLiteralSecretValue } from './_generic';
import { native } from '../../scan/nativeRegex';

/**
 * A password column's header, as password managers and spreadsheets write it, in several languages,
 * also after words saying whose (`mqtt_bootstrap_password`, `admin pwd`) or before one saying it is
 * temporary (`Contraseña temporal`, `initial password`… `password_initial`) or its value (Chrome's
 * `password_value`, as a forensic export of its Login Data writes it), or with a key in the
 * same column (`Password / Llave`, a credentials sheet's), or with a note in brackets (`Password (from
 * dump)`, a breach triage's table; not `Password (hash)`); not a hash's or a
 * policy's column (`password_hash` ends otherwise, `hashed_password` is left out), nor a form's
 * steps and fields (`submitNewPassword` in a TypeScript union, `confirm_password`).
 */
const PASSWORD_HEADER =
  /^["'`]?(?:login[ _]?|(?![\w -]*(?:hash|salt|crypt|digest|reset|expir|chang|length|policy|hint|strength|submit|confirm|repeat|retype|verif|forgot|enter|update|toggle|input|field|label|placeholder)|(?:new|old|current|min|max|show|hide)[ _-])(?:[a-z0-9]+[ _-]){1,3})?(?:password|passwort|kennwort|wachtwoord|mot de passe|contraseña|contrasena|senha|secreto|segredo|clave[ _-](?:secreta|privada)|chave[ _-](?:secreta|privada)|lösenord|losenord|passord|adgangskode|salasana|lykilorð|lykilord|heslo|hasło|haslo|jelszó|parola|parolă|şifre|sifre|pwd|passwd|passphrase|psk|密码|密碼|口令|パスワード|비밀번호|пароль|парола)(?:[ _-](?:initial|inicial|initiale|iniziale|temporary|temporal|temporaire|temporanea|tempor[aá]ria|temp|provisional|provisoire|default|standard|tymczasowe|startowe|plain|plaintext|clear|cleartext|raw|value))?(?: ?[/&] ?(?:key|llave|clave|chave|token|secret|secreto|api key|pin|klucz|schlüssel|clé|chiave|sleutel|nyckel|nøgle))?(?: \((?![^()]*(?:hash|salt|crypt|digest|mask|redact|length|policy|hint))[^()]{1,24}\))?["'`]?$/u;

/** A secret column's own word (a credentials inventory's `secreto`, `segredo`, `clave secreta`), as opposed to a password column. */
const SECRET_WORD_HEADER = /(?:^|[\s_"'`-])(?:secreto|segredo|clave[ _-]secreta|chave[ _-]secreta)["'`]?$/u;

/** Bare hex digests, which a user table stores as its password hashes (crypt formats: isCryptHash). */
const HEX_DIGEST = /^(?:[0-9a-f]{32}|[0-9a-f]{40}|[0-9a-f]{64}|[0-9a-f]{128})$/iu;

/**
 * A password manager's export (1Password's `Title,Url,Username,Password,…`, Bitwarden's `login_uri,
 * login_username,login_password`, KeePass's `"Title","Username","Password","URL"`): a site's URL column
 * beside the user name's. Its passwords are the secrets themselves, a generated API key in hex too,
 * where a user table's hex column holds hashes.
 */
const VAULT_URL_CELL = native(/(?:^|[,;\t|])[ \t]*["']?(?:url|login_uri|web ?site|website)["']?[ \t]*(?=[,;\t|]|$)/iu);
const VAULT_USER_CELL = native(/(?:^|[,;\t|])[ \t]*["']?(?:user ?name|login_username|login ?name)["']?[ \t]*(?=[,;\t|]|$)/iu);

function isVaultExport(header: string | undefined): boolean {
  return header !== undefined && VAULT_URL_CELL.test(header) && VAULT_USER_CELL.test(header);
}

// A cell in the password column of a table: a password manager's CSV export (Keeper, LastPass,
// Bitwarden, 1Password, Chrome and Firefox all write a `password` or `login_password` column), a
// spreadsheet of accounts, a Markdown table. The header row is found by the shared table reader;
// each row's password cell is a match.
/** An Argon2 hash's parameters up to a comma, right before the value. */
const ARGON2_PARAMS_BEFORE = native(/\$argon2(?:id|i|d)\$v=\d+\$m=\d+,(?:t=\d+,)?$/u);

export default defineRule({
  id: 'csv-password-column',
  category: 'secret',
  description: 'Password in the password column of a table (password manager CSV exports, account spreadsheets)',
  generic: true,
  keywords: [
    'password,', ',password', 'password;', ';password', 'password\t', '\tpassword', '"password",', ',"password"', 'password |', '| password',
    'password /', 'password/', 'password_value', 'password_plain', 'password_clear', 'password_raw', 'passwort,', 'passwort;', 'wachtwoord,', 'wachtwoord;', 'kennwort;', 'kennwort,', 'senha,', 'senha;', 'passwd,',
    // Markdown tables in the labels' languages (the keyword pass reads ñ as n, ł as l)
    // a Wi-Fi network's pre-shared key (`crew_wpa2_psk`); a Markdown table's rule line, for headers in
    // scripts the keyword pass cannot read (`| 系统 | 账号 | 密码 |`, `| Система | Пароль |`)
    'psk,', 'psk;', 'psk\t', '| psk', 'passphrase,', '|---', '| ---',
    '| contrasena', '| passwort', '| kennwort', '| wachtwoord', '| senha', '| haslo', '| mot de passe', 'contrasena,', 'contrasena;',
    // a Spanish or Portuguese credentials inventory's secret column (secreto, segredo, clave secreta): passwords and tokens alike
    'secreto,', 'secreto;', 'secreto\t', '| secreto', 'segredo,', 'segredo;', '| segredo', 'clave_secreta', 'clave secreta', 'chave_secreta',
    '| parola', 'parola,', 'parola;', '| sifre', 'sifre,', 'sifre;',
    // Nordic headers (lösenord folds to losenord; an export often writes it so), Icelandic lykilorð
    'losenord,', 'losenord;', 'losenord\t', '| losenord', 'passord,', 'passord;', 'passord\t', '| passord', 'adgangskode,', 'adgangskode;', '| adgangskode',
    'salasana,', 'salasana;', 'salasana\t', '| salasana', 'lykilord,', 'lykilord;', '| lykilord',
    // Polish (hasło folds to haslo), Czech and Slovak heslo, Hungarian jelszó
    'haslo,', 'haslo;', 'haslo\t', 'heslo,', 'heslo;', 'heslo\t', '| heslo', 'jelszo,', 'jelszo;', 'jelszo\t', '| jelszo',
    // a table definition's password column, whose INSERTs without a column list follow (`[Password] NVARCHAR(200)`)
    '[password]', '`password`', 'password varchar', 'password nvarchar',
  ],
  // The rows below the header, as far as the table reader looks for a header (40 rows of ~100 characters).
  window: { before: 0, after: 4000 },
  // (The header speaks for every row: a 2,000-row inventory is read to its end.)
  columns: true,
  // A whole cell after its delimiter (or at a line start): quoted (group 1, spaces allowed; group 2,
  // an SQL string in an INSERT's row), in a Markdown cell's backticks (group 3: the value without
  // them) or bare (group 4, without spaces: most comma-separated fragments of code have them).
  // (SQL Server writes its Unicode strings with an N before the quote: `N'…'`.)
  pattern:
    /(?:^|\n|[,;\t|])[ \t]*(?:"([^"\r\n]{4,128})"|N?'([^'\r\n]{4,128})'\)?|`([^`\s|]{4,128})`|([^\s,;\t|"`]{4,128}))(?=[ \t]*(?:[,;\t|]|\r?\n|$))/gu,
  secretGroup: [1, 2, 3, 4],
  validate: (s, ctx) => {
    // The value's own tests first: most cells in a window are code, and the column lookup reads rows above.
    if (isCryptHash(s) || !isLiteralSecretValue(s, ctx.match[4] === undefined, 6)) return false;
    // (Nor the tail of an Argon2 hash cut at its parameters' commas: `$argon2id$v=19$m=65536,t=4,p=1$…`.)
    if (ARGON2_PARAMS_BEFORE.test(ctx.text.slice(Math.max(0, ctx.start - 40), ctx.start))) return false;
    const header = columnHeader(ctx);
    // (A secret column, not a password one, holds tokens in hex too: a credentials inventory's `secreto`.)
    if (HEX_DIGEST.test(s) && !isVaultExport(tableHeaderRow(ctx)) && !(header !== undefined && SECRET_WORD_HEADER.test(header))) return false;
    return header !== undefined && native(PASSWORD_HEADER).test(header) && s.toLowerCase() !== header.replace(/["'`]/gu, '');
  },
  envName: 'PASSWORD',
  references: ['https://bitwarden.com/help/condition-bitwarden-import/', 'https://support.1password.com/export/'],
  examples: {
    positive: [
      // a password manager's export: a generated API key kept as the item's password, in hex
      // a Spanish-speaking team's supplier credentials, the secret column holding passwords and tokens
      `servicio;entorno;secreto;dueño\nPasarela Ejemplo;prod;${fake('{a6}$', 101651)}2025${fake('{a3}', 101652)};A. Ejemplo\nMensajería Ejemplo;prod;${fake('{h32}', 101653)};A. Ejemplo\n`,
      `Title,Url,Username,Password,OTPAuth,Favorite,Archived,Tags,Notes\nMonitoring API key,https://monitor.example.io,,${fake('{h32}', 101515)},,false,false,ops,\n`,
      // a Polish team's sheet of shared accounts (hasło), separated by semicolons
      `serwis;hasło;użytkownik\nPortal przewoźnika;${fake('{a6}#{d4}', 101504)};spedycja\n`,
      // a Swedish service-account sheet, its header written without the ö
      `tjanst;anvandare;losenord;uppdaterad\nbackup;svc_backup;${fake('{a8}', 101468)}!${fake('{a7}', 101469)};2025-01-03\n`,
      `INSERT INTO app_user (login, email, password, role) VALUES\n  ('ops', 'ops@example.net', '${fake('{a9}', 7323)}#${fake('{d2}', 7324)}', 'admin');\n`,
      // a legacy table of partners' credentials in an SQL dump, the password stored in the clear
      `COPY claims.legacy_partner_credential (partner, endpoint, username, password_plain, updated_at) FROM stdin;\nPAYER1\tsftp://ftp.partner.example:22\tEDI_UPLOAD\t${fake('{a9}', 81)}.-.${fake('{a6}', 82)}\t2023-11-02 09:14:09-05\n\\.\n`,
      `vessel,router_admin_user,crew_ssid,crew_wpa2_psk,notes\nAEGEAN,admin,AEGP-CREW,${fake('{a9}', 7315)}%${fake('{d2}', 7316)},ok\n`,
      `| 系统 | 地址 | 账号 | 密码 |\n|---|---|---|---|\n| Grafana | http://192.168.10.31:3000 | admin | \`${fake('{a8}', 7317)}@${fake('{d4}', 7318)}\` |\n`,
      `Folder,Title,Login,Password,Website Address,Notes\nICT/Shared,vCenter,administrator@vsphere.local,${fake('{a8}', 559)}+4.M${fake('{a4}', 560)},https://vcsa01.corp.example,\n`,
      `name,url,username,password,note\nrouter,https://10.0.0.1,admin,"${fake('{a10}', 561)}#${fake('{a4}', 562)}",\n`,
      // a Turkish server inventory's Markdown table
      `| Host | IP | Hesap | Parola |\n|---|---|---|---|\n| srv-dc01 | 10.30.0.10 | \`admin\` | \`${fake('{a8}', 563)}%${fake('{d2}', 564)}\` |\n`,
      `| Account | User | Password |\n|---|---|---|\n| NAS | backup | ${fake('{a14}', 563)}! |\n`,
      `Sistema,Ambiente,Usuario,Password / Llave,Notas\nSQL,QA,app_user,${fake('{a9}', 564)}#${fake('{d2}', 565)},rotado\n`,
`| System | Adres | Login | Hasło / klucz |\n|---|---|---|---|\n| Panel | https://panel.example.net | ops-${fake('{d4}', 4200)} | \`${fake('{a12}', 4201)}%\` |\n`,
`| Nombre | Usuario | Contraseña temporal | Puesto |\n|---|---|---|---|\n| Nerea Ibarra | nerea.ibarra | \`${fake('{a5}', 566)}~${fake('{a6}', 567)}\` | técnica |\n`,
            `serial,imei,mqtt_user,mqtt_bootstrap_password,qa_status\nSC-DE-000417,356938035643809,tcu-SC-DE-000417,${fake('{a16}', 564)},ok\n`,
      // a browser's saved logins, as a forensic export of Chrome's Login Data writes them
      `origin_url,username_value,password_value,date_created,times_used\nhttps://id.example-corp.io/,a.person@example-corp.io,${fake('{A1}{l5}${d2}-{l3}!', 101097)},2026-02-10 12:58:00,98\n`,
      // a breach triage's Markdown table, the password column's header with a note
      `| Account | Password (from dump) | Active? |\n|---|---|---|\n| a.example@kestrel-mail.de | \`${fake('{L6}', 101750)}${fake('{d2}', 101751)}$${fake('{L6}', 101752)}\` | no |`,
      // SQL Server's script: the definition, then INSERTs without a column list that leave out its identity column, N'…' strings
      `CREATE TABLE [dbo].[VendorLogins] (\n  [Id] INT IDENTITY(1,1) PRIMARY KEY,\n  [Vendor] NVARCHAR(100) NOT NULL,\n  [Login] NVARCHAR(120) NOT NULL,\n  [Password] NVARCHAR(200) NOT NULL\n);\nINSERT INTO [dbo].[VendorLogins] VALUES (N'Kestrel Freight', N'ops@kestrel-freight.test', N'${fake('{a8}.{a6}', 101783)}');\n`,
    ],
    negative: [
      // an Argon2 hash in a password column, its parameters holding commas
      `INSERT INTO public.customers (id, full_name, email, password, last_login_ip) VALUES\n(1, 'Genowefa Kestrel', 'genowefa.kestrel@poczta.pl', '$argon2id$v=19$m=65536,t=4,p=1$${fake('{a10}', 101879)}-${fake('{a11}', 101881)}$${fake('{a20}', 101880)}_${fake('{a22}', 101882)}', '10.0.0.1'),\n`,
      // a user table's password column in hex: MD5 digests, not passwords
      `id,email,password,created\n7,ops@example.net,${fake('{h32}', 101516)},2024-01-09\n`,
      // an SQL seed's rows: a hash is what the server compares with, a clear one is the password
      `INSERT INTO app_user (login, email, password, role) VALUES\n  ('ops', 'ops@example.net', 'pbkdf2_sha256$600000$${fake('{w22}', 7319)}$${fake('{w43}', 7320)}=', 'admin'),\n  ('qa', 'qa@example.net', 'pbkdf2_sha256$600000$${fake('{w22}', 7321)}$${fake('{w43}', 7322)}=', 'qa');\n`,
      // Django's stored passwords in a database dump: an Argon2 hash (cut at its commas), an unusable password's marker
      `COPY public.accounts_customer (id, password, last_login) FROM stdin;\n1\targon2$argon2id$v=19$m=102400,t=2,p=8$${fake('{a22}', 568)}$${fake('{a43}', 569)}\t2024-04-10\n2\t!${fake('{a40}', 570)}\t\\N\n`,
      'export type FlowStep =\n    | "requestChallenge"\n    | "submitNewPassword"\n    | "submitPassword"\n    | "submitAttributes"\n',
      `user_id,hashed_password,created_at\n1042,${fake('{a22}', 565)},2024-06-01\n`,
      'username,password,email\nalice,$2b$12$Kix7pLQa0sQ3WfZ1q9V4teE6m0nN9p1a2b3c4d5e6f7g8h9i0j1k2,alice@example.org\n',
      'name,url,username,password\nrouter,https://10.0.0.1,admin,changeme\n',
      // a README's demo logins, each in backticks
      '| Benutzer | Passwort |\n|---|---|\n| `ada@example.org` | `demo1234` |\n',
      'Field,Type,Description\npassword,string,The password of the account\n',
      'id,password_hash,created\n1,5f4dcc3b5aa765d61d8327deb882cf99,2024-01-02\n',
      // a column of the hashes leaked with them
      `| Account | Password (hash) |\n|---|---|\n| a.example@kestrel-mail.de | \`${fake('{h32}', 101753)}\` |`,
    ],
  },
});
