import { defineRule, fake, hasCharClasses } from '../defineRule';
import { anyCase, isCredentialNamedIdentifier, isLiteralSecretValue, isRandomToken, looksLikeWords } from './_generic';
import { native } from '../../scan/nativeRegex';

/** A word or words of letters (`\p{L}`: native, as its bytecode would be 37 KB of V8's 1 MB budget). */
const LETTER_WORDS = native(/^[\p{L}]+(?:[ -][\p{L}]+)*$/u);

/** An acronym and a hyphen ending the text (`WPA-`), not inside a word. */
const ACRONYM_HYPHEN_END = native(/(?:^|[^\p{L}])[A-Z]{2,6}-$/u);

/** The password's name, in English and the languages teams chat in (no `i` flag: see anyCase). */
const PASSWORD_WORDS = ['password', 'passwort', 'passphrase', 'passwd', 'kennwort', 'mot de passe', 'contraseña', 'contrasena', 'senha', 'wachtwoord', 'hasło', 'haslo', 'lösenordet', 'lösenord', 'passordet', 'passord', 'adgangskoden', 'adgangskode', 'salasana', 'clave', 'lozinka', 'lozinku', 'geslo', 'šifra', 'sifra']
  .map(anyCase)
  .join('|');

/** A password given out for a while or to start with: "temp password `…`", "initial password: …". */
const TEMPORARY = ['temp', 'temporary', 'initial', 'one-time', 'onetime', 'guest'].map(anyCase).join('|');

/** "is" in those languages, and the verbs of a change: "was reset to", "lautet", "est", "é". */
const COPULA = [
  'is(?: now| still| just)?(?: set to)?', 'was(?: (?:changed|reset|set|rotated|updated) to)?', 'has been (?:changed|reset|set|rotated|updated) to',
  '(?:got |was |were )?(?:changed|reset|rotated|updated) to', 'ist', 'lautet', 'war', 'heißt', 'est', 'était', 'es', 'era', 'é', 'è', 'ist jetzt', 'is nu',
  'är(?: fortfarande| nu)?', 'er(?: fortsatt| nu)?', 'on', 'jest', 'to', 'should be', 'je',
  // "still": a password that was not rotated ("password nog steeds …", "Passwort immer noch …")
  // a rotation told after the fact ("db password rotated by the nightly job, new one is …"), the
  // one a user always types ("la contraseña que siempre uso es …")
  '(?:changed|reset|rotated|updated)(?: [\\p{L}\\p{N}_.-]{1,20}){0,5},? (?:the |and the )?new one is', 'que (?:siempre |normalmente )?(?:uso|usaba|pongo) es',
  'still', '(?:is )?nog(?: steeds| altijd)', 'ist (?:immer )?noch', 'immer noch', '(?:est )?toujours', 'sigue siendo', 'ainda é', 'è ancora',
].join('|');

/** What a password may be for: "for the staging db", "für die Test-VM", "de la base", "do banco". */
const FOR_WHAT = `(?:for|of|on|in|to|für|zum|zur|de|du|pour|para|van|voor|op|bij|per|del|dla|do|da|di|till|för|til|za)(?: [\\p{L}\\p{N}_.@:/-]{1,40}){1,6}`;

/**
 * Algorithms and encodings, which prose puts after "the password is": "… is bcrypt-12 hashed",
 * "… is base64-encoded".
 */
const TECHNICAL = native(/^(?:base-?(?:32|58|64)|sha-?\d|md5|bcrypt|scrypt|argon2|pbkdf2|aes-?\d|rsa-?\d|utf-?(?:8|16)|hex|plain-?text|hashed|encrypted|encoded|salted|[a-z]{2,12}-(?:encoded|hashed|encrypted|based|only|protected))/iu);

/** `pwned-123`, `n0t-required`: names that credential words hide in (`isCredentialNamedIdentifier`). */
const PASSWORD_WORD = /pass|pwd|wort/iu;

// A password given in a sentence, as chats and tickets write it: "the password for the staging
// db is Xq7!mB2#pLw9", "Passwort lautet …", "le mot de passe est …", "admin pw was reset to …",
// "log in with password …", "lozinka za wifi je …", "user X, pass …". (An assignment, `password: …`, is generic-password's; a label in
// another language followed by a colon is localized-password's.) The value is quoted (group 1),
// in backticks (group 2) or bare (group 3), and a bare value must look random, not like a word.
/**
 * Letters whose capitals fall at random (`ZBtWGCvjdTBdRA`): split where a word would start (a capital
 * before lower case, a run of capitals), most parts are one or two letters. Words and names in
 * camel case (`MySecretPassword`, `HTTPServerConfig`) split into a few longer parts.
 */
function hasScrambledCase(value: string): boolean {
  if (value.length < 10 || !/^[A-Za-z]+$/u.test(value)) return false;
  const parts = value.match(/[A-Z]+(?=[A-Z][a-z])|[A-Z]?[a-z]+|[A-Z]+/gu) ?? [];
  return parts.length >= 5 && parts.filter((p) => p.length <= 2).length >= 0.6 * parts.length;
}

export default defineRule({
  id: 'prose-password',
  category: 'secret',
  description: 'Password given in a sentence ("the password for the staging db is …", "Passwort lautet …")',
  generic: true,
  keywords: ['password', 'passwort', 'passphrase', 'passwd', 'kennwort', 'mot de passe', 'contrase', 'senha', 'wachtwoord', 'haslo', 'senord', 'passord', 'adgangskode', 'salasana', 'clave', 'lozink', 'geslo', 'sifra', ', pass ', '/ pass ', 'pw:', 'pw '],
  window: { before: 64, after: 200 },
  pattern: new RegExp(
    String.raw`(?:(?:${TEMPORARY})[ -](?:${PASSWORD_WORDS}|${anyCase('pw')})[ \t]{0,2}:?|(?:${PASSWORD_WORDS}|${anyCase('pw')})(?:(?:[ \t]\(${FOR_WHAT}\)|[ \t]${FOR_WHAT})?[ \t]{1,3}(?:${COPULA})[ \t]{0,2}:?|[ \t]${FOR_WHAT}:)|(?:${anyCase('with')}|${anyCase('use')}s?|${anyCase('using')}|${anyCase('enter')}|${anyCase('try')})(?: (?:${anyCase('the')}|its|his|her|their))?(?: ${anyCase('new')})? (?:${PASSWORD_WORDS})|(?<=(?:[Uu]ser(?:name)?|[Ll]ogin|[Bb]enutzer(?:name)?|[Uu]suario|[Uu]tilisateur|[Kk]orisnik|[Uu]porabnik)[ \t]{1,3}:?[ \t]{0,2}\x60?[\w.@-]{2,40}\x60?[ \t]{0,2}[,;/][ \t]{0,2}(?:and |und |et |y |i )?)(?:${PASSWORD_WORDS}|${anyCase('pw')}|${anyCase('pass')})[ \t]{0,2}:?)[ \t]{1,3}(?:["“']([^"“”'\r\n]{6,64})["”']|\x60([^\x60\r\n]{6,64})\x60|([^\s"'\x60“”]{5,63}[^\s"'\x60“”.,;:)?]))(?![^\s.,;:)?"])`,
    'gu',
  ),
  secretGroup: [1, 2, 3],
  validate: (value, ctx) => {
    // The word starts a word (checked here: a leading lookbehind made V8 try the pattern at every
    // position, 2.6 times the cost).
    const before = ctx.text[ctx.match.index - 1];
    // (Dutch, German and Nordic compounds keep the word at their end: adminwachtwoord, WLAN-Passwort.)
    const compound = /^(?:wachtwoord|passwort|kennwort|lösenord|passord|adgangskode)/iu.test(ctx.text.slice(ctx.match.index, ctx.match.index + 12));
    // (An acronym may lead with a hyphen: PGP-Passphrase, WLAN-Passwort, VPN-password.)
    const acronym = ACRONYM_HYPHEN_END.test(ctx.text.slice(Math.max(0, ctx.match.index - 8), ctx.match.index));
    if (before !== undefined && /[\p{L}\p{N}_-]/u.test(before) && !compound && !acronym) return false;
    const bare = ctx.match[3] !== undefined;
    if (!isLiteralSecretValue(value, !bare, 6) || isCredentialNamedIdentifier(value, PASSWORD_WORD) || TECHNICAL.test(value)) return false;
    // A word or a few words: "the password is required", 'use password "admin"'.
    const scrambled = hasScrambledCase(value);
    if (LETTER_WORDS.test(value) && !scrambled && (value.length < 16 || looksLikeWords(value.replace(/ /gu, '-')))) return false;
    if (!bare) return true;
    // In prose, a bare value needs letters with digits or symbols (`Summer2024!`, `Xq7mB2pLw9`),
    // the randomness of a token, or capitals at random.
    return (/\p{L}/u.test(value) && hasCharClasses(value, 2) && /[\d\W_]/u.test(value) && value.length >= 8) || isRandomToken(value) || scrambled;
  },
  envName: 'PASSWORD',
  references: ['https://cwe.mitre.org/data/definitions/798.html'],
  examples: {
    positive: [
      `[2024-05-02 10:00] Ana: db password rotated by the nightly job, new one is ${fake('{a28}', 7312)}`,
      // letters only, their capitals at random
      'Support chat: she says her password is QXmRTbwkLpZDnA and the portal keeps rejecting it.',
      `Mi usuario es aexample y la contraseña que siempre uso es ${fake('{A1}{L5}', 7313)}1987! y no me deja entrar.`,
      `Redis ook gecheckt, password nog steeds ${fake('{a30}', 7311)}= (rotatie staat op de backlog)`,
      `admin dashboard: user hanktm / pass ${fake('{a6}', 2095)}_${fake('{d4}', 2096)}x$ , thử lại giúp mình`,
      `[13.06.2024. 09:48] Ivana: nova lozinka za admin na guest wifi ruteru je ${fake('{a6}', 2071)}4BKae`,
      `Booking extranet: user JadranNest-SPL, pass ${fake('{a7}', 2072)}9gPR`,
      `uporabnik hk.tromostovje@hotel.si, geslo B4${fake('{a6}', 2073)}wXoC`,
      `* Het lokale adminwachtwoord op de kiosks is ${fake('{a8}', 531)}%nP5YS — niet delen.`,
      `    "text": "Und das Passwort für den DATEV-Export-Zip ist ${fake('{a7}', 621)}.${fake('{a6}', 622)}3095!",`,
      `  PGP-Passphrase für die Zahlungsdateien: ${fake('{a5}', 623)}_${fake('{a5}', 624)}2184$`,
      `The second one, bg-02, uses the passphrase "${fake('{a4}', 567)}!${fake('{a9}', 568)}%j". Both are excluded.`,
      `The password for the staging warehouse user TABLEAU_STG is ${fake('{a10}', 512)}${fake('{d2}', 513)} and it still fails`,
      `- Temporary shared login for the Metabase POC: user \`poc_admin\`, password ${fake('{a8}', 514)}9Q (rotate after the demo).`,
      `- Lösenordet till stagings RabbitMQ är fortfarande ${fake('{a8}', 515)}${fake('{d2}', 516)} — byt det!`,
      `hey, the password for the staging db is ${fake('{a3}', 431)}!${fake('{a4}', 432)}#${fake('{a4}', 433)} if you need it`,
      `The admin password is: ${fake('{a7}', 434)}2ZZ!9`,
      `my password is ${fake('{a6}', 435)}${fake('{d4}', 436)}`,
      `Das Passwort lautet ${fake('{a9}', 437)}${fake('{d3}', 438)}, bitte nicht weitergeben.`,
      `le mot de passe est ${fake('{a8}', 439)}@${fake('{d2}', 440)}.`,
      `la contraseña es "${fake('{a10}', 441)}"`,
      `admin pw was reset to \`${fake('{a6}', 442)}-${fake('{d4}', 443)}\``,
      `You can log in with password ${fake('{a8}', 444)}${fake('{d3}', 445)}! and change it later.`,
      `Root password (for the jump host) is ${fake('{a10}', 446)}_${fake('{d2}', 447)}`,
      `14/3/26, 07:21 - +54 9 341 588-2147: la clave del usuario admin local del kiosco es ${fake('{a6}', 625)}#${fake('{A3}', 626)}03 (después la cambio)`,
      `redis password in the redis chart should be ${fake('{a20}', 627)}_0q5 as far as I know`,
      `- Corporate account: t.person@example-corp.io — temp password \`${fake('{a6}', 628)}7?\` until Monday`,
      `Initial password ${fake('{a7}', 629)}!${fake('{d2}', 630)} — rotate on first login`,
    ],
    negative: [
      // words in camel case, not a scrambled case
      'Remember: the password is CaseSensitive everywhere.',
      'mypassword is Xq7mB2pLw9aa',
      'user admin, password required',
      'Lösenordet är för kort.',
      'the password is incorrect, please try again',
      'Password is required.',
      'The password is too short (min 12 characters).',
      'the password is stored in Vault under secret/db',
      'password is ${DB_PASSWORD} at deploy time',
      'The password is bcrypt-12 hashed before storage.',
      'the password is base64-encoded in the secret',
      'The password is the same as on staging.',
      'use password "changeme" for the local container',
      'Your password was changed to comply with the new policy.',
      'the password is: ********',
      'Passwort ist abgelaufen und muss geändert werden.',
      'enter the password passwordless-login-token-flow',
      'password was reset to default',
      'la clave es obligatoria para continuar',
      'the password should be at least twelve characters long',
      'Set a temporary password and send it by SMS.',
      'the initial password is sent by e-mail',
    ],
  },
});
