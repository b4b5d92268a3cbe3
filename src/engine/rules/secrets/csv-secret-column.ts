import { defineRule, fake } from '../defineRule';
import { cellBefore, columnHeader, lineStartNear, tableHeaderRow } from '../pii/_context';
import type { MatchContext } from '../../types';
import { sqlInsertTable } from '../pii/_sql';
import { isCryptHash, isLiteralSecretValue, isPublicClientKey, isRandomToken } from './_generic';
import { native } from '../../scan/nativeRegex';

/** A word naming the key's owner before it (`stripe_secret_key`, `vendor-api-key`), not one saying the value is not the key itself (public, hashed, masked…). */
const OWNER_WORD = '(?!public|publishable|hashed|hash|masked|encrypted|redacted)[a-z]{2,12}[ _-]';

/**
 * The header of a column of secrets in a credentials inventory or a rotation log: an API key's, a
 * token's, a secret's (`api_key`, `client_secret`, `token`), or the value of a rotated credential
 * (`new_value`, `old_value`, `current_secret`, and in Spanish, Portuguese, German and French: `valor_nuevo`,
 * `valor_anterior`, `novo_valor`, `neuer_wert`, `nouvelle_valeur`), a user table's or a password manager's one-time-password seed (`totp_secret`, Bitwarden's `login_totp`), a smart
 * meter's DLMS/COSEM keys in a head-end export (`GUEK`, `p1_guek`, `GAK`, `LLS_password`), an IoT hub's device keys (`primaryKey`), a factory's per-device secrets (`device_secret`), a seed's plaintext copy beside its hash (`secret_plain`), a payment terminal's master key or its component (`tmk_component_1`, `zmk`). Not a column that describes one (`token_type`, `key_id`,
 * `secret_name`, `last4`): the header must end in the secret word. One word may say whose or which
 * (`outbound_hmac_key`, `partner_api_key`), unless it says the column holds no key (`hashed_api_key`, `public_api_key`).
 */
const SECRET_HEADER = new RegExp(
  `^["'\`]?(?:(?:(?:webhook|endpoint)[ _-]?|${OWNER_WORD})?(?:api|access|secret|private|signing|auth|client|app|service|integration|webhook|hmac|shared|bot|refresh|jwt|consumer|partner|merchant)[ _-]?(?:key|token|secret)|apikey|token|secret|(?:secret|token|key|credential)[ _-]?value|(?:new|old|previous|prev|current|rotated|active)[ _-]?(?:value|secret|token|key)|valor[ _-]?(?:nuevo|anterior|actual|viejo|novo|antigo|atual)|(?:nuevo|novo)[ _-]?valor|(?:neuer|alter)[ _-]?wert|(?:nouvelle|ancienne)[ _-]?valeur|valeur[ _-]?(?:nouvelle|ancienne|actuelle)|(?:totp|otp|mfa|2fa)[ _-]?(?:secret|seed|key)|(?:login[ _-]?)?totp|(?:${OWNER_WORD})?(?:secret|token|(?:api[ _-]?)?key)[ _-]?(?:plain|plaintext|cleartext|clear|raw)|(?:plain|plaintext|cleartext|raw)[ _-]?(?:secret|token|(?:api[ _-]?)?key)|(?:encryption|authentication|master)[ _-]?key|(?:primary|secondary)[ _-]?key|(?:device|thing|node|sensor|gateway)[ _-]?(?:secret|key)|(?:[a-z0-9]{1,6}[ _-])?(?:guek|gbek|gak)|kek|lls[ _-]?password|hls[ _-]?(?:key|secret)|(?:tmk|tpk|zmk|zpk|bdk)(?:[ _-]?(?:component|comp|part|clear|plain)?[ _-]?\\d?)|(?:terminal|zone)[ _-]?(?:master|pin)[ _-]?key|(?:(?:tls|dtls|wifi|wpa2?|ipsec|vpn)[ _-]?)?(?:psk|pre[ _-]?shared[ _-]?key)(?:[ _-]?(?:hex|b64|base64|value|key))?)["'\`]?$`,
  'u',
);

/** A bare `value` column (`Value (restricted)`), which holds a secret only in a table of credentials. */
const VALUE_HEADER = /^["'`]?value(?:[ \t]*\([^()]{1,30}\))?["'`]?$/u;

/**
 * The first header cell of a list of named settings (`Name,ContentType,Enabled,Updated,Version,Value`, a
 * key vault's secrets exported with `az keyvault secret list`; `key,value`; `setting,value`).
 */
const SETTING_NAME_HEADER = native(/^["'`]?(?:name|key|setting|variable|secret[ _-]?name|parameter)["'`]?$/iu);

/**
 * A setting's name that says its value is a credential: `StorageAccountKey1`, `MattersDbPassword`,
 * `REDIS_PRIMARY_KEY`, `GraphMailClientSecret`, `DevOpsPat`, `CosmosConnectionString`.
 */
const CREDENTIAL_SETTING_NAME = native(/^(?!.*(?:public|publishable))[^\n]*(?:key|password|passwd|pwd|pw|secret|token|pat|credential|connection[ _-]?string|conn[ _-]?str)[ _-]?\d?["'`]?$/iu);

/**
 * The name a key-value table gives a value cell: the cell right before it, when that cell's column holds
 * settings' names (a Moodle dump's `mdl_config_plugins (id, plugin, name, value)`, a `key,value` list).
 */
function settingNameBefore(ctx: MatchContext): string | undefined {
  const cell = cellBefore(ctx);
  if (cell === undefined || cell.trim() === '') return undefined;
  const at = ctx.text.lastIndexOf(cell, ctx.start);
  if (at === -1) return undefined;
  const header = columnHeader({ ...ctx, start: at, end: at + cell.length });
  return header !== undefined && SETTING_NAME_HEADER.test(header.trim()) ? cell.trim() : undefined;
}

/** The value cell's row starts with a setting whose name says it holds a credential, under a `Name … Value` header. */
function isNamedCredentialRow(ctx: MatchContext): boolean {
  const header = tableHeaderRow(ctx);
  if (header === undefined) return false;
  const delimiter = /[,;\t|]/u.exec(header)?.[0];
  if (delimiter === undefined || !SETTING_NAME_HEADER.test((header.split(delimiter)[0] as string).trim())) return false;
  const { text } = ctx;
  const row = text.slice(lineStartNear(text, ctx.start, 4000), ctx.start);
  return CREDENTIAL_SETTING_NAME.test((row.split(delimiter)[0] as string).trim());
}

/** A `credential` column: the credential's name beside a value column, else the credential. */
const CREDENTIAL_HEADER = native(/^["'`]?credentials?["'`]?$/u);
/** A header cell that holds a credential's value (`value`, `secret_value`, `new value`). */
const VALUE_COLUMN = /(?:^|[\n,;\t|])[ \t]*["'`]?(?:[a-z]+[ _-])?value["'`]?[ \t]*(?=[,;\t|]|\r?\n)/iu;

/**
 * The header row of a credentials inventory: a column naming the credential (`key_name` too), or one of its rotation
 * (`rotate_by`, `last_rotated`, `expires`: only credentials are rotated on a schedule).
 */
const CREDENTIAL_COLUMN = /(?:^|[\n,;\t|])[ \t]*["'`]?(?:(?:credential|secret|token|api[ _-]?key)(?:[ _-](?:name|type|kind))?|key[ _-]name|rotate[ _-]?(?:by|on|after)|(?:last[ _-]?|next[ _-]?)?rotat(?:ed|ion)(?:[ _-]?(?:on|at|date|due))?)["'`]?[ \t]*(?=[,;\t|]|\r?\n)/iu;

// A cell under a secret's column in a table: a secrets inventory kept as a spreadsheet, a rotation
// log, a Markdown table in a runbook, a value under such a column in an SQL dump's `INSERT` (with
// T-SQL's `N'…'` literals). The value must look random (a token, not a word or a name);
// a masked value (`…87gP`, `****`) is no secret. A bare `value` column counts only when the header
// row also names the credential (`provider,service,credential,value,owner`).
/** A table whose token column holds the tokens' SHA-256 (Laravel Sanctum's `personal_access_tokens`). */
const HASHED_TOKEN_TABLE = native(/(?:^|[.`"[])personal_access_tokens[`"\]]?$/u);

export default defineRule({
  id: 'csv-secret-column',
  category: 'secret',
  description: 'Secret in the API key, token or secret column of a table (credentials inventories, rotation logs)',
  generic: true,
  keywords: [
    'api_key,', ',api_key', 'apikey,', ',apikey', 'token,', ',token', 'secret,', ',secret', 'client_secret', 'access_key,', ',access_key',
    ',credential,', ',credential\n', 'credential;', ';credential', '\tcredential\t',
    'new_value', 'old_value', 'previous_value', 'secret_value', 'token_value', 'key_value', 'credential_value', 'current_secret', 'current_value', 'rotated_value', ',value,', ',value\n', ',value\r', 'value) from', 'value) values',
    // a rotation log's value columns in Spanish, Portuguese, German and French
    'valor_nuevo', 'valor_anterior', 'valor_actual', 'valor_novo', 'valor_antigo', 'valor_atual', 'novo_valor', 'nuevo_valor', 'neuer_wert', 'alter_wert', 'nouvelle_valeur', 'ancienne_valeur',
    '| api key', '| token', '| secret', '| value', 'token;', ';token', 'secret;', ';secret', ';value;', '\tvalue',
    // SQL inserts' column lists: `(id, api_secret)`, SQL Server's `[ClientSecret]` (not `secret)`: code
    // is full of `sign(payload, secret)`).
    // (and a staging seed's plaintext column beside its hash: `secret_plain`, `plaintext_key`)
    'secret_plain', 'token_plain', 'key_plain', 'secret_cleartext', 'plain_secret', 'plaintext_secret', 'plaintext_key', 'plaintext_token', 'raw_secret', 'raw_token', 'cleartext_secret',
    // (or a dump's `CREATE TABLE` above `INSERT … VALUES` rows without a column list: `access_token text,`)
    '_token text', '_token varchar', '_token character varying', '_token` ', '_secret text', '_secret varchar', '_secret character varying', '_secret` ',
    '_key text', '_key varchar', '_key character varying', '_key` ', '`secret` ',
    // a password manager's export: Bitwarden's `login_totp` column holds each login's one-time-password seed
    'login_totp', ',totp',
    'api_secret)', 'client_secret)', 'secret]', 'hmac_key', 'signing_key', 'api_key)', 'apikey]', 'webhook_secret,', 'webhook_secret)', 'signing_secret,', 'signing_secret)',
    // a head-end system's key export (DLMS/COSEM: global unicast encryption and authentication keys)
    'guek', 'gbek', ';gak', ',gak', '\tgak',
    // an IoT hub's device export (`deviceId,authType,primaryKey,secondaryKey`): each device's symmetric keys
    // a payment terminal fleet's provisioning export: terminal and zone master keys (TMK, ZMK), their components
    'tmk', 'zmk', 'zpk', 'tpk_', ',tpk', 'tpk,', 'bdk,', ',bdk', 'bdk_', 'master_key', 'master key',
    // a tracker's or a router's TLS pre-shared key (`tls_psk_hex`, `wifi_psk`)
    'psk', 'pre_shared_key', 'preshared_key',
    'primarykey,', ',primarykey', ';primarykey', 'primarykey;', ',secondarykey', ';secondarykey', '\tprimarykey', '\tsecondarykey', 'lls_password', 'encryption_key,', 'encryption_key;', 'authentication_key',
  ],
  window: { before: 0, after: 4000 },
  // (The header speaks for every row: a 2,000-row inventory is read to its end.)
  columns: true,
  pattern:
    /(?:^|\n|[,;\t|])[ \t]*(?:"([^"\r\n]{16,256})"|`([^`\r\n]{16,256})`|([^\s,;\t|"`'()]{16,256})|N?'([^'\r\n]{16,256})')(?=[ \t]*(?:[,;\t|)]|\r?\n|$))/gu,
  secretGroup: [1, 2, 3, 4],
  validate: (s, ctx) => {
    if (isCryptHash(s) || isPublicClientKey(s) || !isLiteralSecretValue(s, ctx.match[3] === undefined, 16) || !isRandomToken(s, 16, 3.2)) return false;
    // Dates, versions, e-mail addresses and host names are other columns' values.
    if (/@|^\d{4}-\d{2}-\d{2}|^[\w-]+(?:\.[\w-]+){2,}$/u.test(s)) return false;
    const header = columnHeader(ctx);
    if (header === undefined) return false;
    // Laravel Sanctum's and Passport's token tables keep each token's SHA-256, not the token.
    if (/^[0-9a-f]{64}$/u.test(s) && HASHED_TOKEN_TABLE.test(sqlInsertTable(ctx.text, ctx.start) ?? '')) return false;
    if (native(SECRET_HEADER).test(header)) return true;
    // A `credential` column holds the credential itself when no column holds a value for it (a
    // pentest report's captured credentials: `host,service,username,credential,type`).
    if (CREDENTIAL_HEADER.test(header)) return !native(VALUE_COLUMN).test(ctx.text.slice(Math.max(0, ctx.start - 4000), ctx.start));
    if (!VALUE_HEADER.test(header)) return false;
    // A settings table's name cell says what the value is: `bind_pw`, `api_secret`, not `bind_dn` or `model`.
    const name = settingNameBefore(ctx);
    if (name !== undefined) return CREDENTIAL_SETTING_NAME.test(name);
    return native(CREDENTIAL_COLUMN).test(ctx.text.slice(Math.max(0, ctx.start - 4000), ctx.start)) || isNamedCredentialRow(ctx);
  },
  envName: 'SECRET',
  references: ['https://owasp.org/www-project-top-ten/2017/A3_2017-Sensitive_Data_Exposure'],
  examples: {
    positive: [
      // a learning platform's plugin settings in a dump: the name cell before each value says which is a secret
      `COPY public.mdl_config_plugins (id, plugin, name, value) FROM stdin;\n4108\tauth_ldap\tbind_pw\t${fake('{a18}', 101930)}\n4109\tauth_ldap\tbind_dn\t${fake('CN=svc-{l8}', 101931)}\n\\.\n`,
      // a key vault's secrets exported as CSV: each row's name says which credential its value is
      `Name,ContentType,Enabled,Updated,Version,Value\r\nLedgerDbPassword,text/plain,true,2024-02-22T15:34:00Z,${fake('{h32}', 101916)},${fake('{a12}^{a8}', 101917)}\r\nLedgerStorageKey1,,true,2024-01-18T02:23:00Z,${fake('{h32}', 101918)},${fake('{b86}', 101919)}==\r\n`,
      // a tracker batch's TLS pre-shared keys, one per device (its firmware's `Rev.00` is no revision of a hash)
      `serial;imei;firmware;psk_identity;tls_psk_hex;status\n1172300001;${fake('{d15}', 101920)};03.27.14.Rev.00;psk-0001;${fake('{h32}', 101921)};provisioned\n`,
      // an IoT hub's device export: each device's symmetric keys, a device with certificates has none
      `deviceId,authType,primaryKey,secondaryKey,status\ngw-01,sas,${fake('{b43}', 101554)}=,${fake('{b43}', 101555)}=,enabled\ngw-02,selfSigned,,,enabled\n`,
      // a factory's flashing log: each device's own secret
      `sn,device_secret,batch\nKX10-7Q,${fake('{h32}', 101748)},B-12`,
      // a payment terminal batch's master key component under dual control
      `terminal_id,model,tmk_component_1,kcv,status\nT-0001,A920,${fake('{H32}', 101684)},${fake('{H6}', 101685)},ACTIVE\n`,
      // a meter batch's keys, the column named by the port they open
      `serial;model;p1_guek;installed\nE00471;AM550;${fake('{H32}', 101556)};2024-07-06\n`,
      // a dump's column of the keys that sign outgoing requests, named by what they sign
      `COPY partner.hook (id, name, outbound_hmac_key) FROM stdin;\n1\tExample\t${fake('{h64}', 101473)}\n\\.\n`,
      // a pentest report's captured credentials
      `id,host,service,username,credential,type,verified\nC-01,10.40.2.15,postgresql/5432,reporting,${fake('{A3}-{a18}', 101004)},password,yes\n`,
      // a seed's integration credentials, the webhook's signing secret in hex
      `INSERT INTO partner_hooks (partner, endpoint_id, webhook_secret) VALUES\n  ('ledgerline', 'ep_41', '${fake('{h64}', 100965)}');\n`,
      `meter_serial;manufacturer;GUEK;GAK;firmware\nAM-${fake('{d8}', 575)};Example Meters;${fake('{H32}', 576)};${fake('{H32}', 577)};C02.1\n`,
      `provider,service,credential,value,owner,status\ncloudflare,edge,api_token,${fake('{a40}', 571)},ops@acme.io,active\n`,
      // an inventory whose value column sits beside the credential's rotation date
      `vendor,use,team,value,issued,rotate_by\nMailer,"transactional API key",platform,${fake('{a40}', 101460)},2026-01-10,2026-07-01\n`,
      `#\tCredential type\tSystem\tValue (RESTRICTED)\tValidity check\n1\tOkta API token\tOkta\t${fake('{a42}', 574)}\tvalid\n`,
      `system,credential_name,owner,old_value_last4,new_value,rotated_on\npayhub-db,payhub,A. Person,…87gP,${fake('{a12}_{a11}', 572)},2026-10-14\n`,
      `| service | client_id | client_secret |\n|---|---|---|\n| billing | billing-api | ${fake('{a32}', 573)} |\n`,
      `INSERT [dbo].[Endpoint] ([Id], [Partner], [ClientId], [ClientSecret], [IsEnabled]) VALUES (3, N'lab', N'lab-prod', N'${fake('{a18}_{a21}', 576)}', 1)\n`,
      `INSERT INTO seller_integrations (id, provider, api_secret) VALUES (300, 'bling', '${fake('{a64}', 577)}');\n`,
      // a sandbox seed that keeps each key's plaintext beside its hash
      `INSERT INTO partner_keys (partner_id, key_id, key_plaintext, key_sha256) VALUES\n  ('P-14', 'kid_${fake('{a12}', 101481)}', '${fake('{a32}', 101482)}', '${fake('{h64}', 101483)}');\n`,
      // a merchant export's webhook signing secret, named for both
      `merchant_id,environment,webhook_signing_secret,created_at\nMCH-7,live,${fake('whk_{a32}', 101023)},2024-01-19\n`,
      // a rotation log's old and new values (the old one works until it is revoked)
      `service,key_name,old_value,new_value,rotated_at\nledger,LEDGER_HMAC_KEY,${fake('{a43}', 101029)}=,${fake('{a43}', 101030)}=,2024-06-03\n`,
      // a dump's rows without a column list: the columns are its CREATE TABLE's
      `CREATE TABLE shop.partner_link (\n    id bigint PRIMARY KEY,\n    channel text NOT NULL,\n    access_token text,\n    webhook_secret text\n);\n\nINSERT INTO shop.partner_link VALUES\n(1, 'kestrelshop', '${fake('{h40}', 101601)}', 'whsec_${fake('{a32}', 101602)}');\n`,
      // a password manager's export: each login's TOTP seed beside its password
      `folder,favorite,type,name,notes,fields,reprompt,login_uri,login_username,login_password,login_totp\nInfra,0,login,"DNS",,,0,https://dns.kestrel.io,infra@kestrel.io,"${fake('{a8}#{a6}', 101603)}",${fake('{u32}', 101604)}\n`,
      // a Spanish-speaking team's rotation log: both the old and the new value
      `id,proveedor,entorno,servicio,valor_anterior,valor_nuevo,rotado_por,fecha\nROT-1,twilio,prod,recaudo,${fake('{h32}', 101419)},${fake('{h32}', 101420)},plataforma-bot,2024-05-21\n`,
      // a mysqldump's definition with a bare `secret` column, its INSERT without a column list
      `CREATE TABLE \`partner_apps\` (\n  \`id\` int NOT NULL AUTO_INCREMENT,\n  \`name\` varchar(64) NOT NULL,\n  \`secret\` varchar(100) DEFAULT NULL,\n  PRIMARY KEY (\`id\`)\n);\nINSERT INTO \`partner_apps\` VALUES (1,'Kestrel Sync','${fake('{a40}', 101784)}');\n`,
      // a staging seed's plaintext copy of a client's secret, named for whose it is
      `COPY public.partner_clients (id, name, client_secret_plain, client_secret_digest) FROM stdin;\n1\tKestrel\tks_${fake('{a40}', 101785)}\t${fake('{h64}', 101786)}\n\\.\n`,
    ],
    negative: [
      // the same settings' ids and names: no credential's name before them
      `COPY public.mdl_config_plugins (id, plugin, name, value) FROM stdin;\n4100\tmod_zoom\tapiidentifier\t${fake('{a22}', 101932)}\n4102\tmod_zoom\taccountid\t${fake('{a22}', 101933)}\n\\.\n`,
      // a list of settings whose names say no credential (a build's id, a storage container's name)
      `Name,ContentType,Enabled,Updated,Version,Value\r\nBuildCorrelation,,true,2024-02-22T15:34:00Z,${fake('{h32}', 101922)},${fake('{a24}', 101923)}\r\n`,
      // the pre-shared key's identity, not the key
      `serial;psk_identity;status\n1172300001;${fake('psk-{a20}', 101924)};provisioned\n`,
      // Laravel Sanctum's token table: each token's SHA-256
      `INSERT INTO \`personal_access_tokens\` (id, tokenable_type, tokenable_id, name, token, abilities) VALUES\n(1, 'App\\\\Models\\\\User', 7, 'mobile', '${fake('{h64}', 101878)}', '["*"]');\n`,
      // a schema catalog's primary key column: column names, not keys
      'table,primary_key,rows\norders,order_id,1200\nline_items,order_id|line_no,5400\n',
      `id,name,hashed_api_key\n1,Example,${fake('{h64}', 101474)}\n`,
      // a credential's name beside its value column (a random value in the name column is no secret's cell)
      `provider,service,credential,value,owner\nstripe,billing,${fake('{a20}', 101005)},****,payments-team\n`,
      // a masked value, a description, a value column of measurements, a hash
      `system,credential_name,old_value_last4,new_value\npayhub-db,payhub,…87gP,****************\n`,
      'name,token,description\nrefresh,string,The refresh token issued by the identity provider at sign-in\n',
      `sensor,value,unit\nt-17,${fake('{a20}', 574)},C\n`,
      `file,token\napp.js,sha512-${fake('{a40}', 575)}\n`,
      // code, not a table; a secret's name, not its value
      `const header = sign(payload, secret)\nverify(${fake('{a24}', 578)})\n`,
      "INSERT INTO app_setting (name, secret) VALUES ('payments', 'ref:vault/payments/secret')",
      // a ciphertext the application decrypts with a key it holds elsewhere
      `INSERT INTO tenant_integration (tenant, provider, access_token) VALUES ('kestrel', 'ledger', 'ENCRYPTED:${fake('{b64}', 101597)}');`,
    ],
  },
});
