import { defineRule, fake } from '../defineRule';
import { anyCase, isLiteralSecretValue, isRandomToken } from './_generic';
import { native } from '../../scan/nativeRegex';

/** A value of letters only, in any script: a word. */
const LETTERS_ONLY = native(/^\p{L}+$/u);

/**
 * "Password" and "secret" in the languages a team writes its notes and chats in. German compounds
 * take a prefix (`Initialpasswort`, `WLAN-Passwort`, `Datenbankkennwort`). Written in either case
 * without the `i` flag (the scanner's case expansion is ASCII only).
 */
const LABELS = [
  'passwort', 'kennwort', 'contraseña', 'contrasena', 'senha', 'wachtwoord', 'hasło', 'haslo', 'mot de passe', 'motdepasse', 'lösenord',
  'losenord', 'lösen', 'losen', 'adgangskode', 'passord', 'salasana', 'heslo', 'jelszó', 'şifre', 'Şifre', 'ŞİFRE', 'sifre', 'segredo', 'secreto', 'geheimnis', 'segreto', 'clave secreta',
  'chave secreta', 'cle secrete', 'api-schlüssel', 'api-schluessel', 'clave api', 'chave api', 'chiave api', 'clave',
  // Portuguese and Spanish "access key" (a Portuguese guest-registration service's `chave_acesso`)
  'chave de acesso', 'chave acesso', 'clave de acceso', 'clave acceso',
  // Estonian, Lithuanian and Latvian
  'parool', 'salasõna', 'salasona', 'slaptažodis', 'slaptazodis', 'parole', 'paroli',
  // Romanian (and Italian's: a word, so a bare value must look random, as for every label here)
  'parola', 'parolă', 'parolei', 'parola de acces',
  // Vietnamese, Indonesian and Malay
  'mật khẩu', 'mat khau', 'kata sandi', 'kata laluan',
  // Russian, Ukrainian, Uzbek and Bulgarian, Serbian, Kazakh (the prefilter reads them transliterated: parol, lozinka, kupia)
  'пароль', 'пароля', 'парол', 'парола', 'лозинка', 'құпия сөз', 'құпиясөз',
  // Russian "secret", "key" and their compounds in a 1C configuration's keys (СекретныйПароль, КлючПриложения, КлючAPI)
  'секрет', 'секретный пароль', 'секретныйпароль', 'секретный ключ', 'секретныйключ', 'ключ',
]
  .sort((a, b) => b.length - a.length)
  .map(anyCase)
  .join('|');

// A password or secret after a label in another language than English (English labels are
// generic-password's and generic-api-key's): `Passwort: …`, `contraseña = "…"`, `senha do banco: …`
// (up to four words between label and colon),
// `o segredo \`…\``, and in prose, separated by a space, when the value looks random
// (`Initialpasswort Hazel47$TmkWPQ`). The value is quoted (group 2), in backticks (group 3) or bare
// (group 4).
/** `clave` naming a code, not a secret: `clave_rastreo`, `clave de elector`, `claveInterbancaria`, `clave_prod_serv`. */
const CLAVE_OF_A_CODE = native(/^clave[ _-]?(?:de[ _-]?)?(?:rastreo|elector|interbancaria|[uú]nica|producto|prod|unidad|banco|pa[ií]s|estado|municipio|sat)/iu);

/** Words and a sentence's closing mark: `vergessen?`. */
const SENTENCE_END = /^[\p{L} '-]+[.!?]$/u;

export default defineRule({
  id: 'localized-password',
  category: 'secret',
  description: 'Password or secret after a label in German, French, Spanish, Portuguese, Dutch, Polish, Nordic, Baltic, Cyrillic-script, Vietnamese, Indonesian and other languages',
  generic: true,
  // (ASCII only: hasło is found as haslo, clé secrète as cle secrete.)
  keywords: [
    'passwort', 'kennwort', 'contrase', 'senha', 'wachtwoord', 'haslo', 'mot de passe', 'motdepasse', 'senord', 'losen', 'adgangskode', 'passord',
    'salasana', 'heslo', 'jelsz', 'ifre', 'segredo', 'secreto', 'geheimnis', 'segreto', 'clave', 'chave', 'chiave', 'cle secrete', 'api-schl',
    'parool', 'salasona', 'slaptazodis', 'mat khau', 'kata sandi', 'kata laluan', 'parol', 'lozinka', 'kupia', 'sekret', 'kluc',
  ],
  window: { before: 48, after: 240 },
  // NOTE: anchored at the label, which may follow letters only for the German compounds
  // (passwort and kennwort come first, without a boundary before them). A compound's second word
  // is ASCII (HasloOperatora) or Cyrillic (КлючПриложения, ПарольПользователя, КлючAPI).
  pattern: new RegExp(
    String.raw`(?:${anyCase('passwort')}|${anyCase('kennwort')}|(?<![\p{L}\p{N}])(?:${LABELS}))(?:(?![\p{L}])(?:_[A-Za-z0-9]{1,12})?|(?<=[a-zł])[A-Z][a-z]{2,16}|(?<=[а-яё])(?:[А-ЯЁ][а-яё]{2,16}|API))["']?(?:[ \t]{0,3}\([^()\n]{1,40}\))?(?:(?:[ \t]{1,3}[\p{L}\p{N}_.@-]{1,24}){0,4}[ \t]{0,12}(?:[:=]|=>)[ \t]{0,24}|[ \t]{1,3})(?:(["'])([^"'\r\n]{4,128}?)\1|\x60([^\x60\r\n]{4,128})\x60|([^\s"'\x60,;)}\]]{6,128}))`,
    'gu',
  ),
  secretGroup: [2, 3, 4],
  validate: (value, ctx) => {
    const m = ctx.match;
    const bare = m[4] !== undefined;
    const separated = /[:=]/u.test(m[0].slice(0, m[0].length - value.length));
    // After a colon or =, any literal; in prose (a space only), a value that looks random, quoted or
    // not ("la palabra clave 'import'" is Spanish for keyword).
    if (!isLiteralSecretValue(value, !bare, bare ? 6 : 4)) return false;
    // Spanish codes that are no secret: a SPEI transfer's tracking key (clave de rastreo), a voter's
    // key (clave de elector, personal data), an interbank account (CLABE), a product's SAT code.
    if (CLAVE_OF_A_CODE.test(m[0])) return false;
    // A code: a CFDI's `Clave="P001"` (Spanish clave: key, code) names a concept, not a secret.
    if (/^[A-Z]{1,3}\d{1,5}$/u.test(value)) return false;
    // A sandbox's sample in the docs: a long run of one character (`…_test_000000…`).
    if (/(.)\1{15}/u.test(value)) return false;
    // A sentence's end (`Passwort: vergessen?`), not a password that ends in one (`…#2022!`).
    if (bare && native(SENTENCE_END).test(value)) return false;
    if (!separated) return isRandomToken(value, 8, 3) && /\d/u.test(value) && /[A-Za-z]/u.test(value);
    if (bare && LETTERS_ONLY.test(value)) return false; // a word: "Passwort: vergessen"
    // A PowerShell cmdlet that builds the secret (`$sifre = ConvertTo-SecureString '…'`), not the secret.
    if (bare && /^[A-Z][A-Za-z]+-[A-Z][A-Za-z]{2,}$/u.test(value)) return false;
    return true;
  },
  envName: 'PASSWORD',
  references: ['https://cwe.mitre.org/data/definitions/798.html'],
  examples: {
    positive: [
      // an old ERP's INI, its key a compound (hasło operatora), and a Swedish note's short word for lösenord
      `[Subiekt]\r\nOperator=ADMIN\r\nHasloOperatora=${fake('{L1}{l5}', 2101)}$${fake('{d4}', 2102)}\r\n`,
      `  Grafana: https://grafana.intra.example  user: viewer  lösen: ${fake('{L1}{l6}', 2103)}#${fake('{L1}{l5}', 2104)}${fake('{d3}', 2105)}!`,
      `Tài khoản quản trị: admin_kho, mật khẩu: ${fake('{a7}', 2091)}#${fake('{d3}', 2092)}`,
      `Новый пароль для входа: ${fake('{a6}', 2095)}.${fake('{a8}', 2096)}`,
      `4. **Birojs** — jaunā Wi-Fi parole: ${fake('{L7}', 2099)}_${fake('{d6}', 2100)} (viesu tīklam parole nav vajadzīga).`,
      `Корисник: admin, лозинка: ${fake('{a9}', 2097)}!${fake('{d2}', 2098)}`,
      // a key in a config file's language: JSON's "Sifre", an environment file's MEDULA_SIFRE_IZM
      `"Medula": { "KullaniciAdi": "${fake('{d8}', 2104)}", "Sifre": "${fake('{a5}', 2105)}#${fake('{a6}', 2106)}@${fake('{d2}', 2107)}" }`,
      `MEDULA_SIFRE_IZM=${fake('{a4}', 2108)}.${fake('{a6}', 2109)}.${fake('{d2}', 2110)}`,
      // a provider's mail with its fields aligned
      `  Kullanıcı kodu : ${fake('{d10}', 2101)}\n  Şifre          : ${fake('{a4}', 2102)}!${fake('{d4}', 2103)}rev`,
      `Akun VPN sudah aktif, kata sandi ${fake('{a6}', 2093)}!${fake('{a5}', 2094)}7 (ganti setelah login)`,
      `WLAN: Gäste, Passwort: ${fake('{a9}', 411)}#${fake('{d3}', 412)}`,
      `- [ ] VPN-Zugang: Benutzername tlehmann, Initialpasswort ${fake('{a8}', 413)}92$Q (bitte beim ersten Login ändern)`,
      `contraseña = "${fake('{a12}', 414)}"`,
      `  * ajutine parool SSO jaoks: ${fake('{a5}{d1}{a8}', 419)} (muuda kohe pärast esimest sisselogimist!)`,
      `Usuário admin, senha: ${fake('{a10}', 415)}!${fake('{d2}', 416)}`,
      `e o webhook assina com o segredo \`${fake('{h32}', 417)}\``,
      `Wachtwoord (tijdelijk): ${fake('{a8}', 418)}-${fake('{d4}', 419)}`,
      `mot de passe : ${fake('{a7}', 420)}@${fake('{d4}', 421)}`,
      `Haslo do panelu: ${fake('{a11}', 422)}7`,
      `Clave: ${fake('{a6}', 423)}${fake('{d4}', 424)}`,
      `Cont nou pe portal: utilizator ana.dobre, parola: ${fake('{a7}', 427)}!${fake('{d4}', 428)} (schimbați la prima logare)`,
      // a form's fields aligned with spaces, a password that ends in a mark
      `  Erstpasswort:       ${fake('{a8}', 425)}#${fake('{d4}', 426)}!   (muss beim ersten Login geändert werden)`,
      // a 1C exchange's settings: an app's key, a carrier's secret password, a developer key
      // a Portuguese guest-registration service's access key
      `[siba]\nnipc = "509442013"\nchave_acesso = "${fake('{a32}', 102119)}"\n`,
      `[Портал]\nКлючПриложения=${fake('{A40}', 101734)}\n[Доставка]\nСекретныйПароль=${fake('{A32}', 101735)}\n[Банк]\nКлючРазработчика=${fake('{a24}', 101736)}`,
    ],
    negative: [
      "$sifre = ConvertTo-SecureString $env:PACS_SIFRE -AsPlainText -Force",
      'Nhập mật khẩu: ******** rồi bấm Đăng nhập.',
      'Lupa kata sandi? Klik di sini untuk mengatur ulang.',
      '<nomina12:Deduccion TipoDeduccion="001" Clave="D001" Concepto="IMSS" Importe="198.80"/>',
      'Passwort: vergessen? Dann hier klicken.',
      'Kennwort: abgelaufen.',
      'Bitte das Passwort im Tresor ablegen, nicht hier.',
      'contraseña: ${DB_PASSWORD}',
      'La contraseña debe tener al menos 12 caracteres.',
      'senha: ********',
      'mot de passe : <votre mot de passe>',
      'Passwortrichtlinie: mindestens 12 Zeichen',
      'clave api: TU_CLAVE_AQUI',
      'clave primaria: id, clave foránea: customer_id',
      // a SPEI transfer's tracking key in a payments log
      `{"tipo": "SPEI", "clave_rastreo": "MBAN${fake('{d14}', 2118)}", "monto": 150.5}`,
      "no es una meta-propiedad válida para la palabra clave 'import'",
      'La parola chiave: import',
      // a 1C register's record key and its flags
      'КлючЗаписи=12\nИспользовать=Истина',
      // a sandbox key in an API's docs
      'Ключ для песочницы: `kestrel_test_0000000000000000000000000000`.',
      'parola: admin',
    ],
  },
});
