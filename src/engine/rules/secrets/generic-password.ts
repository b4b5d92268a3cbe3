import type { MatchContext } from '../../types';
import { defineRule, fake } from '../defineRule';
import { isCredentialNamedIdentifier, isCryptHash, isFollowedByCode, isLiteralSecretValue, isRandomToken, isSecretKey, looksLikeWords, toMatchedKey } from './_generic';
import { native } from '../../scan/nativeRegex';
import { TYPED_ASSIGN } from './_keyedValue';
import { isInObjectUnderTest } from '../pii/_context';

/** Default passwords of development containers and images (postgres, MySQL, RabbitMQ, MongoDB, SQL Server's sa). */
const DEFAULT_PASSWORDS = new Set(['postgres', 'postgresql', 'mysql', 'mariadb', 'rabbitmq', 'guest', 'mongo', 'mongodb', 'redis', 'root', 'admin', 'password', 'secret', 'example', 'sample', 'airflow']);

/**
 * The word "password" (or "secret") in another language: a locale file's label for the field
 * (`"login.password": "Passwort"`, `password: "Mot de passe"`), not a password.
 */
const PASSWORD_TRANSLATION =
  /^(?:passwort|kennwort|contraseña|contrasena|mot de passe|senha|wachtwoord|hasło|haslo|lösenord|losenord|passord|adgangskode|salasana|heslo|jelszó|şifre|sifre|parola|parola d'ordine|пароль|密码|密碼|パスワード|비밀번호|geheimnis|secreto|segredo|segreto|clave|passwort eingeben|password)(?:[ :.]|$)/iu;

/** The login or user name assigned just before a password, in the same object or line group. */
const LOGIN_BEFORE = native(/(?:login|user(?:name)?|usr)\\?["']?[ \t]{0,8}(?:=>|:=|[:=])[ \t]{0,8}\\?["']?([^\s"',;]{2,64})/giu);

/** True when the login given in the 160 characters before `at` is `value` itself. */
function isLoginRepeated(text: string, at: number, value: string): boolean {
  const before = text.slice(Math.max(0, at - 160), at);
  let last: string | undefined;
  LOGIN_BEFORE.lastIndex = 0;
  for (let m = LOGIN_BEFORE.exec(before); m !== null; m = LOGIN_BEFORE.exec(before)) last = m[1];
  LOGIN_BEFORE.lastIndex = 0;
  return last !== undefined && last === value;
}

/** `passwordTooWeak`, `challengePassword`: a name in code. `SuperSecret1` stays a password. */
const PASSWORD_WORD = /pass|pwd/iu;

/**
 * `passwd: elevated-privileges 4755 root/root`: after a colon, hyphenated lower-case words followed by
 * more words on the line are a label or tag in prose or a listing, not a config value.
 */
function isTagInProse(value: string, ctx: MatchContext): boolean {
  return (
    /^[a-z]{2,20}(?:-[a-z]{2,20}){1,5}$/u.test(value) &&
    /:[ \t]{0,5}$/u.test(ctx.text.slice(Math.max(0, ctx.start - 6), ctx.start)) &&
    /^[ \t]{1,5}[^\s#]/u.test(ctx.text.slice(ctx.end, ctx.end + 8))
  );
}

/**
 * `const SIGN_IN_WITH_PASSWORD_START = 100002;`, `type PasswordResetRequest = StartRequestV2;`: a bare
 * number or identifier ending a declaration is code. Config files (`DB_PASSWORD=123456`) have no
 * declaration keyword and no `;`.
 */
const DECLARATION_HEAD = native(
  /\b(?:const|let|var|type|final|static|readonly|val|enum|define|public|private|protected|int|long)\b|^[ \t]{0,40}[A-Z][A-Z0-9_]{0,80}$/u,
);

function isCodeConstant(value: string, ctx: MatchContext): boolean {
  if (!/^(?:\d{1,12}|[A-Za-z_$][\w$]{0,80})$/u.test(value) || !/^[ \t]{0,2}[;,]/u.test(ctx.text.slice(ctx.end, ctx.end + 3))) return false;
  const lineStart = ctx.text.lastIndexOf('\n', ctx.match.index) + 1;
  const head = ctx.text.slice(Math.max(lineStart, ctx.match.index - 120), ctx.match.index);
  return DECLARATION_HEAD.test(head);
}

/** A word that makes `pass…` a name of its own when it comes right before it (`dbpass`, `smtp_pass`, `userPass`, `htpasswd`, bitcoind's `rpcpassword`, `ldappass`). */
const PASS_PREFIX_WORD = native(/(?:db|_|-|\.|my|pg|user|admin|root|app|smtp|mail|redis|api|the|store|alias|key|login|ftp|ssh|vpn|wifi|proxy|bind|master|service|svc|account|client|require|ht|rpc|ldap|vnc|sasl|mqtt|amqp|mysql|ipmi)$/iu);

/** Terraform's progress on a resource, after its address (`random_password.db: Creating...`). */
const TERRAFORM_PROGRESS = native(/^(?:Creating|Still creating|Creation complete|Refreshing state|Reading|Read complete|Destroying|Destruction complete|Modifying|Modifications complete)\b/u);


export default defineRule({
  id: 'generic-password',
  category: 'secret',
  description: 'Password assigned to a password-like key',
  generic: true,
  keywords: ['pass', 'pwd', 'authtok', 'bind_pw', 'bindpw', 'pw:', 'pw=', 'pw =', 'pw :'],
  // the match starts at the key word
  window: { before: 0, after: 280 },
  // key containing password/passwd/passphrase/pwd/pass (+ up to 30 more key chars), an assignment
  // operator, then a quoted value (group 3) or a bare value (group 4) up to 200 chars. A `#` inside a
  // bare value is part of it (`pw=Ab#12`), and so is one right after `=` (a shell's or an env file's
  // `PW=#Ab12`); only a `#` after whitespace starts a comment. Quotes may be
  // escaped: JSON inside a JSON string (`"body": "{\\"password\\":\\"…\\"}"`), as logs write request bodies.
  // A bare value ends before an escaped line break or quote (`PGPASSWORD=…\\nPGPORT=` in a JSON string).
  pattern: new RegExp(
    String.raw`(?:pass(?:word|wd|phrase)?|pwd|authtok|bind_?pw|pw(?<![a-z0-9_.-]pw)(?=[ \t]{0,2}[:=]))([\w.-]{0,30})(?:\\?["'\]]){0,2}[ \t]{0,32}(?:=>|:=|\?\?=|=|${TYPED_ASSIGN}|:)[ \t]{0,5}(?:\\?(["'\x60])([^"'\x60\r\n]{1,200}?)\\?\2|([a-z]{4}(?: [a-z]{4}){3}(?![\w ])|(?:[^\s"'\x60,;)}\]#]|(?<==)#)(?:(?!\\[nrt"])[^\s"'\x60,;)}\]]){0,199}))`,
    'giu',
  ),
  secretGroup: [3, 4],
  validate: (_s, ctx) => {
    const m = ctx.match;
    const full = m[0];
    const key = toMatchedKey(full);
    if (!isSecretKey(key)) return false;
    // `bypass`, `compass`, `passive`, `passthrough`, `passenger`: "pass" inside another word.
    const before = ctx.text.slice(Math.max(0, m.index - 12), m.index);
    // (A camelCase key ending in the password word, `ossrhPassword`, `keystorePassword`, is one;
    // `ResetPasswordStartResult` and `allPass` are not.)
    // (`KafkaSASLPass`, `keystorePass`: a camelCase field named Pass alone, assigned a literal.)
    const camelStart =
      /^P/u.test(full) &&
      ((/[a-z0-9]$/u.test(before) && /^Pass(?:word|wd|phrase)$/u.test(key)) || (/[A-Za-z0-9]$/u.test(before) && key === 'Pass' && m[3] !== undefined && /[^A-Za-z]/u.test(m[3])));
    if (/pass/iu.test(full.slice(0, 4)) && /[A-Za-z]$/u.test(before) && !camelStart && !PASS_PREFIX_WORD.test(before)) {
      if (!/[_.-]$/u.test(before)) return false;
    }
    // `passing`, `passport`, `passThrough`, `PASSED`: another word that starts with "pass"
    const rest = /^pass([A-Za-z]{0,12})/iu.exec(key)?.[1] ?? '';
    if (rest !== '' && !/^(?:word|wd|phrase|code|key)/iu.test(rest)) return false;
    const quoted = m[3] !== undefined;
    // (A chart's `passwords:` holds its users' passwords, comma-separated, when quoted: Bitnami's `auth.passwords`.)
    if (/^password(?:[_-]?less|s)$/iu.test(key) && !(quoted && /^passwords$/iu.test(key) && isRandomToken(m[3] ?? '', 12, 3))) return false;
    const value = (quoted ? m[3] : m[4]) ?? '';
    // (1Password, the password manager, named as where a secret is kept: `1Password: Platform/AWS`.)
    if (/1$/u.test(before) && /^Password$/u.test(key)) return false;
    // (Terraform's progress on a password resource: `random_password.db_master: Creating...`.)
    if (!quoted && TERRAFORM_PROGRESS.test(value)) return false;
    // (A schema library's test input: `schema.safeParse({ password: "peanuts", … })`.)
    if (isInObjectUnderTest(ctx.text, ctx.match.index)) return false;
    // Gmail and Google Workspace app passwords: 16 lower-case letters, for SMTP and mail clients,
    // also as Google shows them, in four groups (`abcd efgh ijkl mnop`), with mail named on the key
    // or in the lines above (Alertmanager's `smtp_smarthost`).
    const compact = value.replace(/^([a-z]{4}) ([a-z]{4}) ([a-z]{4}) ([a-z]{4})$/u, '$1$2$3$4');
    if (/^[a-z]{16}$/u.test(compact) && !looksLikeWords(compact) && /mail|smtp|imap/iu.test(ctx.text.slice(Math.max(0, m.index - 300), m.index) + key)) return true;
    if (!quoted && compact !== value) return false;
    if (!quoted && (isCodeConstant(value, ctx) || isFollowedByCode(ctx.text, ctx.end, value) || isTagInProse(value, ctx))) return false;
    // PowerShell: `$dbPassword = Read-Host -AsSecureString`, `= ConvertTo-SecureString "…"`: a cmdlet call.
    if (!quoted && /^[A-Z][A-Za-z]{1,15}-[A-Z][A-Za-z]{1,40}$/u.test(value) && /^[ \t]{1,3}(?:-[A-Za-z]|["'$(])/u.test(ctx.text.slice(ctx.end, ctx.end + 4))) return false;
    // The default passwords of local database and broker containers (postgres/postgres, guest/guest)
    // are public knowledge, not secrets.
    if (DEFAULT_PASSWORDS.has(value.toLowerCase()) || native(PASSWORD_TRANSLATION).test(value)) return false;
    // So is a password that repeats the login given right before it (`"login": "airflow", "password": "airflow"`).
    if (isLoginRepeated(ctx.text, m.index, value)) return false;
    // So is the Android debug keystore's (`storePassword = "android"` in a debug signing config).
    if (value === 'android' && /(?:store|key)[_-]?$/iu.test(before)) return false;
    // A type in a schema or signature: GraphQL's `newPassword: String!`, `password: [String!]!`,
    // after a colon and named in letters (a bit size aside). `keyPassword=HarborFinch58!` is a password.
    if (!quoted && /^\[?[A-Z][A-Za-z]{1,40}(?:8|16|32|64)?!?\]?!?[,)]?$/u.test(value) && /!|\]/u.test(value) && /:[ \t]{0,5}$/u.test(full.slice(0, full.length - value.length))) return false;
    // A dotenv line (`DB_PASSWORD=pu4Tj…d.f2`) holds no code: a dot in its value is no member access.
    const dotenv = !quoted && /(?:^|\n)[ \t]*(?:export[ \t]+)?[A-Z][A-Z0-9_]{0,80}=$/u.test(ctx.text.slice(Math.max(0, ctx.end - value.length - 90), ctx.end - value.length));
    // YAML, JSON and object literals don't interpolate: a quoted value after a colon that starts
    // with `$` is a literal (`mysql_root_password: "$k9…"`), unless it is a variable alone, a
    // `${…}` or `$(…)` reference, or a crypt hash (`$2b$12$…`, `$6$…`).
    const dollarLiteral = quoted && value.startsWith('$') && /:[ \t]{0,5}\\?["'`]$/u.test(ctx.text.slice(Math.max(0, ctx.start - 8), ctx.start)) && !/^\$(?:[{(]|[A-Za-z_]\w*$|\d[a-z]?\$|[a-z\d-]{1,12}\$)/u.test(value);
    const literal = dollarLiteral ? value.slice(1) : value;
    // A stored hash under the user's `password` field (a Django fixture's `pbkdf2_sha256$600000$…`): what a server compares with.
    if (isCryptHash(value)) return false;
    return isLiteralSecretValue(literal, quoted || (dotenv && /\d/u.test(value) && /[A-Za-z]/u.test(value)), 6) && !isCredentialNamedIdentifier(value, PASSWORD_WORD);
  },
  envName: 'PASSWORD',
  references: ['https://cwe.mitre.org/data/definitions/798.html'],
  examples: {
    positive: [
      // an Ansible inventory's become password, unquoted, ending in a question mark
      `[all:vars]\nansible_python_interpreter=/usr/bin/python3\nansible_become_pass=Lake.harbour${fake('{d3}', 101581)}?`,
      // an Ansible inventory's host line: letters whose capitals fall at random
      `nas-old ansible_host=10.8.1.7 ansible_user=admin ansible_ssh_pass=${fake('{A1}{L3}{A3}{L2}{A2}{L1}{A1}{L1}', 100944)}\n`,
      `DBG [Provisioning] mqtt user=hs-p1-006168 pass=${fake('{a12}', 7312)}#&${fake('{a4}', 7313)} (topic p1/HS-P1-006168/telegram)`,
      `Sorry Sanne, alle Read-Only-User neu gesetzt. Neues PW: ${fake('{a16}', 1401)} – bitte in den Passwortmanager`,
      `ldap_default_authtok = ${fake('{a4}', 517)}%u*6B!${fake('{a8}', 518)}`,
      `$CFG->auth_ldap_bind_pw   = '${fake('{a8}', 519)}2024*U';`,
      `{"log": "{\\"password\\":\\"${fake('{a10}', 382)}-${fake('{d4}', 383)}\\",\\"user\\":\\"ops\\"}"}`,
      'spring.mail.host=smtp.gmail.com\nspring.mail.password=pwyk vgrh ryce qlzm\n',
      "global:\n  smtp_smarthost: 'smtp.gmail.com:587'\n  smtp_from: alerts@example.org\nreceivers:\n  - name: ops\n    email_configs:\n      - to: ops@example.org\n        auth_password: \"dwnj cghx wdga qffj\"\n",
      `  password       = "${fake('{a12}', 21)}!${fake('{a7}', 22)}"`,
      `os.environ["DB_PASSWORD"] = "${fake('{a20}', 23)}"`,
      `        'password' => '${fake('{a8}', 24)}=${fake('{a4}', 25)}*K-V%h',`,
      `spring.mail.password=${fake('{L16}', 26)}`,
      `ossrhPassword=${fake('{a18}', 27)}%cq`,
      'DB_PASSWORD=Tr0ub4dor&3x!',
      'DB_USERNAME=support_portal_app\nDB_PASSWORD=vK8rLm2TqWz0Xe.b7\n',
      'password: "correct-Horse-77-battery"',
      // a YAML value that starts with a dollar sign: no interpolation there
      `  mysql_root_password: "$${fake('{a8}', 28)}%${fake('{a9}', 29)}"`,
      'const adminPassword = \'S3cure!Passw0rd\';',
      'spring.datasource.password=Qw9!zX2#pL',
      // an env file's value that starts with a hash: the shell reads it as the value, not a comment
      `CARRIER_PASSWORD=#${fake('{a11}', 101505)}`,
      '"passwd": "k8s-Adm1n-2024"',
      // a chart's users' passwords
      `mongodb:\n  auth:\n    usernames: "app"\n    passwords: "${fake('{A2}*{A4}{a1}*{a10}', 101006)}"`,
      // an htpasswd user's password in an Ansible vault, and a Compose password with a dot in it
      `vault_admin_legacy_htpasswd_password: "${fake('{a3}', 100998)}0.9${fake('{a7}', 100999)}"`,
      `    environment:\n      POSTGRES_USER: payments_app\n      POSTGRES_PASSWORD: ${fake('{A1}{d1}{A1}{L2}', 101003)}.${fake('{L4}{A1}{L1}{A1}{L1}{A1}{d1}', 101001)}`,
      'ADMIN_PASSWORD=SuperSecret2024',
      'spring.datasource.password=TreisfFR#02',
      'PASSPHRASE=correct-horse-battery-staple ./backup.sh',
      'passphrase: correct-horse-battery-staple',
      'keyAlias=neon-upload\nkeyPassword=HarborFinch58!',
      `        private const string FallbackKeystorePass = "${fake('{a10}', 529)}-${fake('{d4}', 530)}%";`,
      // letters only, but as scrambled in case as a random string's: a dotenv line and an INI's
      'SIGNING_PASSWORD=JwQRtyMPbnZXcVd',
      '[trunk-auth]\ntype=auth\npassword=VdNqsLKwpRYHmFtA',
      // a pydantic setting's default
      `    smtp_password: SecretStr = "${fake('{A1}{l6}{d2}{a4}', 101075)}"`,
      // a password whose first characters read as a member chain (`K.P`) before its random rest
      `spring.datasource.password=K.P+x^${fake('{a14}', 101435)}`,
      // a node's RPC login in bitcoin.conf
      `rpcuser = node\nrpcpassword = ${fake('{a6}=!{a8}*{a9}', 101759)}`,
    ],
    negative: [
      // a setting about passwords: Metabase's required complexity
      '  MB_PASSWORD_COMPLEXITY: "strong"\n  MB_PASSWORD_LENGTH: "12"\n',
      // SQL Server's container quickstart password, as Microsoft's docs print it
      'services:\n  mssql:\n    image: mcr.microsoft.com/mssql/server:2022-latest\n    environment:\n      MSSQL_SA_PASSWORD: "yourStrong(!)Password"\n',
      // a Symfony service's argument bound to a container parameter
      "        $sesPassword: '%app.police.ses.password%'",
      // a chat notifier's status icons, emoji shortcodes
      "const ICONS = { critical: ':rotating_light:', warn: ':warning:', pass: ':white_check_mark:' };",
      // a Kotlin parameter's nullable type, its default read from the environment
      '    fun upload(run: PayRun, password: String? = System.getenv("SFTP_PASSWORD")) {',
      // Ruby: a predicate's result, not a password
      '    password = user.password_set?',
      // Sentry's event: Django's database settings, the password scrubbed
      "  DATABASES = {'default': {'NAME': 'app', 'USER': 'app', 'PASSWORD': '[Filtered]', 'HOST': 'db'}}",
      // a fixture's bcrypt hash, its dollars escaped for the loader
      `App\\Entity\\Customer:\n    customer_1:\n        password: '\\$2y\\$13\\$${fake('{a53}', 101517)}'`,
      // Terraform's progress lines for a password resource
      'random_password.payments_db_master: Creating...\nrandom_password.payments_db_master: Creation complete after 0s [id=none]',
      // a demo account's textbook password in a distributed .env template
      'DEMO_USER_PASSWORD=demo1234',
      'ADMIN_PASSWORD=admin123',
      // a typed setting read from the environment, and a field's type alone
      '    smtp_password: SecretStr = Field(default=..., env="SMTP_PASSWORD")',
      '    password: str\n    password_min_length: int = 12',
      // code: a class's field, a member of a member
      'const password = Config.Jlogin.dbPassword;',
      'password: settings.MainWindow',
      // base64 of a stand-in in a Kubernetes Secret's data
      'data:\n  # base64("changeme"), overwritten by external-secrets\n  LEGACY_ADMIN_PASSWORD: Y2hhbmdlbWU=',
      // a local container's connection whose password repeats its login
      '"local_dev_postgres": {\n    "conn_type": "postgres",\n    "login": "etl_dev",\n    "password": "etl_dev",\n    "host": "localhost"\n}',
      // the Android debug keystore's published password, in a Kotlin DSL signing config
      'getByName("debug") {\n    storeFile = file("debug.keystore")\n    storePassword = "android"\n    keyAlias = "androiddebugkey"\n    keyPassword = "android"\n}',
      // a test state's timestamp under a key about the last pass
      "    last_pass_time => '1219328376.07815',",
      // a record of when a password was last used, and an IAM policy's ARN under a name that ends in Password
      '            password_last_used = "no_information"',
      '    "IAMUserChangePassword": "arn:aws:iam::aws:policy/IAMUserChangePassword",',
      // a schema library's test: the object handed to its parse call is the validator's input
      '  const result = schema.safeParse({\n    password: "peanuts",\n    confirm: "qeanuts",\n  });',
      'max_pw: 64',
      // an identifier's words, and a case pattern: not scrambled
      'password=adminPasswordField',
      'PASSWORD=HTTPServerConfigKey',
      // a Django fixture's stored hash
      `"password": "pbkdf2_sha256$600000$${fake('{w12}', 100934)}$${fake('{w43}', 100935)}=",`,
      // a crypt hash, a variable alone and a shell interpolation after a colon or an equals sign
      `  root_password: "$6$${fake('{a8}', 30)}$${fake('{a40}', 31)}"`,
      '  admin_password: "$ADMIN_PASSWORD"',
      `DB_PASSWORD="$${fake('{a8}', 32)}%${fake('{a9}', 33)}"`,
      // a shell default inside an environment reference
      '      DATABASE_URL: postgresql://agendia:${POSTGRES_PASSWORD:-agendia}@postgres:5432/agendia_dev',
      // a required variable's message; an environment variable's name standing in for the value
      '  DATABASE_URL: postgres://orbitask:${POSTGRES_PASSWORD:?POSTGRES_PASSWORD is required}@postgres:5432/orbitask',
      "puts admin_password == 'password' ? 'password' : '(SEED_ADMIN_PASSWORD)'",
      'spring.mail.password=your pass word here\n',
      'password = os.environ["DB_PASSWORD"]',
      'password: ${DB_PASSWORD}',
      'const password = req.body.password;',
      'password_reset_url = "https://example.org/reset"',
      'mail.password=verylongpassword',
      'smtp_password=notarealpassword',
      'bypassPolicy=AllowAll2024',
      'type ResetPasswordStartResultStateV2 = AuthMethodRegistrationRequiredState;',
      "  'allPass': 'overEvery',",
      '  newPassword: String!\n  login(email: EmailAddress!, password: String!): AuthPayload!',
      'password: string;',
      'passwordMinLength = 12',
      '"password": "changeme"',
      'password = "<your-password>"',
      'label = "Enter your password"',
      'password: "********"',
      'bypass = "feature-flag-1"',
      'password = ""',
      'const password = result.groups?.password;',
      '"@acme/plugin-1password": "12.0.0",',
      'P12_PASSWORD = "notasecret"',
      // names, code and constants in password-keyed positions
      'CHALLENGE_PASSWORD: "challengePassword",',
      'PASSWORD_TOO_WEAK = "password_too_weak"',
      'params: { passingSchemas: passing0 },',
      'this._passThroughOptions = !!passThrough;',
      '$pass = !$pass;',
      '*all_children_pass = *all_children_are;',
      '#mocha .test.pass::before {',
      'password: "[type=password]",',
      'readonly PASSWORD_SLOT: 0x8D6A;',
      '"passport-local": "passport-local",',
      '// passagens : 2015-03-05 Travel Reservations',
      '#password_encryption = scram-sha-256',
      'jmxremote.password.toHashes = true|false',
      ':type passphrase: :py:data:`bytes`',
      '{username:t.username,password:t.url.password=t.password}',
      'o={password:n?r:o.passedOptions}',
      "passphrase: 'sample',",
      "$pass = 'anonymous@';",
      '"Extra_resolution_pass_for_module_1": "正在为模块“{1}”运行额外的解析传递。",',
      'const SIGN_IN_WITH_PASSWORD_START = 100002;',
      '  RESET_PASSWORD_V2_SUBMIT = 100204,',
      'export type PasswordResetStartRequestV2 = StartRequestV2;',
      "let pwd = a:dict.istemp ? a:dict.tmpdir : ''",
      '__mvncomp "username= passphrase= password= scmVersion="',
      'ssh.connect({ host, passphrase: "foobarbaz" })',
      'passwd: elevated-privileges 4755 root/root [usr/bin/chfn]',
      '$dbPassword = Read-Host -AsSecureString "SQL admin password"',
      '$spPassword = ConvertTo-SecureString $env:SP_SECRET -AsPlainText -Force',
      '  password: "postgres",',
      'RABBITMQ_DEFAULT_PASS: guest',
      '  "login.password": "Passwort",',
      '  password: "Mot de passe"',
      // a constant's name passed as the password; 1Password named as the vault
      'client.connect(username=SFTP_USER, password=SFTP_PASS)',
      'AWS,deploy key,see vault,1Password:Platform/AWS,owner,2024-06-12',
    ],
  },
});
