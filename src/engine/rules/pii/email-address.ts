import { defineRule, fake } from '../defineRule';
import type { MatchContext } from '../../types';
import { hasPlaceHours, isCompanyOnlyRow, lineStartNear } from './_context';
import { ALL_GIVEN_NAMES } from './_names';
import { isRoleMailbox, isRoleWord } from './_mailboxes';
import { TLDS } from './_tlds';
import { native } from '../../scan/nativeRegex';

/**
 * Domains reserved for documentation and testing (RFC 2606, RFC 6761) and the usual placeholders.
 * Addresses there belong to nobody.
 */
const RESERVED_TLDS = new Set(['test', 'example', 'invalid', 'localhost', 'local', 'internal', 'lan', 'localdomain', 'home', 'corp']);
/** Domains that fixtures and docs use as stand-ins (`your-company.com`, `domain.com`, `test.com`): registered or not, nobody's mailbox. */
const PLACEHOLDER_DOMAIN =
  /^(?:(?:[\w-]+\.)*example(?:\.(?:com|org|net|edu|co\.\w{2}|\w{2}))?|(?:your|my|some|the)-?(?:domain|company|org|organi[sz]ation|site|server|host|email|mail|business|app|website)\.[\w.]+|domain\.(?:com|tld|org|net)|email\.(?:com|tld)|company\.(?:com|tld)|foo(?:bar)?\.(?:com|org|net)|bar\.(?:com|org|net)|mail\.(?:tld)|sample\.(?:com|org)|test\.(?:com|org|net))$/u;

/**
 * Local parts that are not a person: no-reply and system mailboxes, the `git` SSH user, and the
 * canonical placeholders (user@, your.name@, john.doe@). Decision: no-reply senders are not
 * personal data (nobody reads them), but `12345+name@users.noreply.github.com` is: the local part
 * names a GitHub account, so the domain is not excluded.
 */
const NON_PERSONAL_LOCAL =
  /^(?:no[-_.]?reply|do[-_.]?not[-_.]?reply|ne[-_.]?pas[-_.]?repondre|no[-_.]?responder|nicht[-_.]?antworten|keine[-_.]?antwort|non[-_.]?rispondere|niet[-_.]?beantwoorden|nao[-_.]?responda|noreply[-_.+][\w.-]*|mailer[-_]daemon|postmaster|bounces?|git|x-oauth-basic|x-access-token|oauth2|user(?:name)?|your(?:[-_.]?\w+)?|someone|somebody|anybody|foo|bar|baz|foobar|email|e-mail|name|first[-_.]?(?:name)?[-_.]last[-_.]?(?:name)?|(?:john|jane)[-_.]?doe|nombre[-_.]apellidos?|vorname[-_.]nachname|pr[eé]nom[-_.]nom|nome[-_.]cognome|voornaam[-_.]achternaam|imi[eę][-_.]nazwisko|nombre|prenume[-_.]nume|nume[-_.]prenume|jmeno[-_.]prijmeni|meno[-_.]priezvisko|etunimi[-_.]sukunimi|fornavn[-_.]etternavn|fornavn[-_.]efternavn|f[oö]rnamn[-_.]efternamn|ad[-_.]soyad|imya[-_.]familiya|(?:max|erika)[-_.]?mustermann|xxx+|xyz|test(?:user)?)$/u;

/**
 * "Example" in the languages documentation is written in: `nombre@ejemplo.com`, `vorname@beispiel.de`
 * and `nom@exemple.fr` are a form's or a guide's placeholders, as `example.com` is in English.
 */
const METASYNTACTIC = new Set(['foo', 'bar', 'baz', 'qux', 'quux', 'spam', 'egg', 'eggs', 'ham', 'foobar']);

const EXAMPLE_LABELS = new Set(['example', 'ejemplo', 'exemplo', 'exemple', 'esempio', 'beispiel', 'voorbeeld', 'przyklad', 'priklad', 'esimerkki', 'eksempel', 'exempel', 'ornek', 'contoh', 'vidu']);

/**
 * The fictitious companies of Microsoft's documentation, samples and demo tenants (Contoso,
 * Fabrikam, Northwind Traders, Adventure Works, Wingtip Toys…), their subdomains and their Microsoft
 * 365 tenants (`contoso.onmicrosoft.com`): an SDK's docs and tests write `jamal@contoso.com`.
 */
const FICTIONAL_ORGANISATION_DOMAIN = native(
  /(?:^|\.)(?:contoso|fabrikam|northwindtraders|adventure-works|adventureworks|wingtiptoys|tailspintoys|litwareinc|woodgrovebank|proseware|fourthcoffee|adatum|alpineskihouse|lucernepublishing|margiestravel|treyresearch|wideworldimporters|cohowinery|blueyonderairlines|relecloud|humongousinsurance|consolidatedmessenger)\.(?:com|net|org|onmicrosoft\.com)$|(?:^|\.)(?:contoso|fabrikam|northwind|adventureworks|wingtiptoys|tailspintoys|litware|woodgrove|adatum)\.onmicrosoft\.com$/u,
);

/** A command that takes `user@host` as its target, earlier on the line. */
const SSH_TARGET_BEFORE = native(/(?:^|[\s;&|(`$])(?:ssh|sftp|scp|rsync|mosh|ssh-copy-id|autossh)[ \t][^\n]{0,160}$/u);

/** The mailboxes a person puts on their own site: hello@, contact@, mail@… */
const PERSONAL_SITE_LOCAL = /^(?:hello|hi|hey|contact|info|information|mail|me|inbox|post|office|team|press|media|news|newsletter)$/u;

/** Given names in lower case, for telling a person's own domain. */
let givenLower: ReadonlySet<string> | undefined;

/** A domain label that starts with a given name of five letters or more: matteocollina, blakeembrey. */
function isPersonalDomain(label: string): boolean {
  givenLower ??= new Set([...ALL_GIVEN_NAMES].map((n) => n.toLowerCase()));
  for (let n = Math.min(label.length - 2, 12); n >= 5; n--) if (givenLower.has(label.slice(0, n))) return true;
  return false;
}

/** Domains of machine identities: cloud service accounts are not people. */
// (and the Exchange Online servers named in Message-IDs, `<…@AM9PR07MB1234.eurprd07.prod.outlook.com>`:
// no mailbox lives at a server's own name; and a CRM's drop addresses, Pipedrive's `<company>-<n>@pipedrivemail.com`, which file a copied mail under a deal;
// and SSH's algorithm names, `chacha20-poly1305@openssh.com`, which RFC 4251 writes as addresses)
const MACHINE_DOMAIN = /(?:^|\.)(?:openssh\.com|libssh\.org|gserviceaccount\.com|iam\.gserviceaccount\.com|calendar\.google\.com|your-storagebox\.de|prod\.outlook\.com|prod\.exchangelabs\.com|pipedrivemail\.com)$/u;

/** A mail header whose value is a message identifier, not a mailbox (a JSON log's `"message_id":5521,"to":"…"` ends at its comma). */
const MESSAGE_ID_HEADER = native(/(?:message-id|in-reply-to|references|content-id)\s*:[^\n]*<[^\s<>@]*$|message[_-]?id["']?\s*[:=]\s*["']?<?[^\s<>@"',]*$/iu);

const MAILING_LIST_LOCAL = /-(?:users|devel|dev|announce|sig|owner|request|bounces|discuss|list|commits|bugs|general|help)$/u;

/** Retina asset names (`icon@2x.png`) and version pins (`pkg@1.2.3`) are not addresses. */
const ASSET_LABEL = /^\d+(?:\.\d+)?x$/u;

// local part (1-64: letters, digits, . _ % + -) @ domain labels (1-63, no leading/trailing dash)
// . TLD (2-24 letters). The TLD must be delegated by IANA; reserved and placeholder domains and
// non-personal mailboxes are dropped. Unicode letters are allowed (internationalised addresses).
/** A curl option whose `name@file` argument reads a file (`--data-urlencode`, `-F`, `--form`, `--data-binary`), right before the match. */
const CURL_FILE_ARG_BEFORE = native(/(?:--data(?:-urlencode|-binary|-raw|-ascii)?|--form(?:-string)?|(?<![\w-])-[dF])[ =]["']?(?:[\w.-]{1,40}=)?$/u);

/**
 * A `first.last` local part whose two words stand capitalised as a name on the address's line
 * (`Dev Wenlock <dev.wenlock@…>`, a row's name cell): a person's, though its first word is
 * a team's too. Not when the last word is a role's (`Support Team <support.team@…>`), nor when the two
 * words make one (`Accounts Payable,accounts.payable@…`).
 */
function isNamedOnLine(local: string, ctx: MatchContext): boolean {
  const m = /^([a-z]{2,20})[._]([a-z]{3,30})$/u.exec(local);
  if (m === null || isRoleWord(m[2] as string) || isRoleWord(`${m[1] as string}-${m[2] as string}`)) return false;
  const cap = (w: string): string => (w[0] as string).toUpperCase() + w.slice(1);
  const from = lineStartNear(ctx.text, ctx.start, 300);
  const stop = ctx.text.indexOf('\n', ctx.end);
  const line = ctx.text.slice(from, stop === -1 ? Math.min(ctx.text.length, ctx.end + 300) : Math.min(stop, ctx.end + 300));
  const folded = line.normalize('NFD').replace(/\p{M}/gu, '');
  const name = `${cap(m[1] as string)} ${cap(m[2] as string)}`;
  const at = folded.indexOf(name);
  return at !== -1 && !/\p{L}/u.test(folded.charAt(at + name.length)) && (at === 0 || !/\p{L}/u.test(folded.charAt(at - 1)));
}

export default defineRule({
  id: 'email-address',
  category: 'pii',
  description: 'E-mail address at a real domain',
  keywords: ['@', '%40'],
  // An address's `@` follows its local part: a JSDoc tag's, a decorator's or a mention's opens no
  // window (a 5,000-line bundle's 900 JSDoc tags made windows of nearly all of it).
  keywordsAfterWord: ['@', '%40'],
  // NOTE: the match itself is the "@" (V8 finds it fast); a lookbehind walks back over the local
  // part and a lookahead inside it captures the whole address as group 1, the reported value.
  // The letter þ may stand on either side: it is the field delimiter of Concordance load files
  // (e-discovery exports: `þjane.roe@firm.comþ`), and no address starts or ends with it.
  pattern:
    /@(?<=(?=((?!þ)[\p{L}\p{N}](?:[\p{L}\p{N}._%+-]{0,62}[\p{L}\p{N}_%+-])?@(?:[\p{L}\p{N}](?:[\p{L}\p{N}-]{0,61}[\p{L}\p{N}])?\.){1,8}[^\P{L}þ]{2,24}(?![^\P{L}þ]|[\p{N}-]|_[\p{L}\p{N}_])(?!\.[\p{L}\p{N}])))(?<![^\P{L}þ]|[\p{M}\p{N}._%+-])[\p{L}\p{N}._%+-]{1,64}@)|%40(?<=(?=([\p{L}\p{N}](?:[\p{L}\p{N}._+-]{0,62}[\p{L}\p{N}_+-])?%40(?:[\p{L}\p{N}](?:[\p{L}\p{N}-]{0,61}[\p{L}\p{N}])?\.){1,8}\p{L}{2,24}(?![\p{L}\p{N}-]|_[\p{L}\p{N}_])(?!\.[\p{L}\p{N}])))(?<=[=:])[\p{L}\p{N}._+-]{1,64}%40)/gu,
  // Group 2: the same, URL-encoded, as a query or form value (`?email=anna.berg%40firma.se` in an
  // access log; not `//trusted.com%40evil.com/`, a URL's host).
  secretGroup: [1, 2],
  validate: (value, ctx) => {
    // curl's `name@file` (`--data-urlencode 'description@release.md'`, `-F 'file@report.csv'`): a file's contents, not an address.
    if (CURL_FILE_ARG_BEFORE.test(ctx.text.slice(Math.max(0, ctx.start - 40), ctx.start))) return false;
    const s = value.replace('%40', '@');
    const at = s.lastIndexOf('@');
    const local = s.slice(0, at).toLowerCase();
    const domain = s.slice(at + 1).toLowerCase();
    const labels = domain.split('.');
    const tld = labels[labels.length - 1] as string;
    if (!TLDS.has(tld) || RESERVED_TLDS.has(tld)) return false;
    // (An example word as a part of a label counts too: `strange-example.com`, `beispiel-firma.de`.)
    if (native(PLACEHOLDER_DOMAIN).test(domain) || labels.some((l) => EXAMPLE_LABELS.has(l) || l.split('-').some((part) => EXAMPLE_LABELS.has(part)))) return false;
    if (FICTIONAL_ORGANISATION_DOMAIN.test(domain)) return false;
    // Made of metasyntactic words, local part and domain (`foo-bar@baz.py`, a doctest's file name; `egg@foo.py`).
    if (`${local}-${labels[0] as string}`.split(/[-_.+]/u).every((w) => METASYNTACTIC.has(w.normalize('NFD').replace(/\p{M}/gu, '')))) return false;
    if (native(NON_PERSONAL_LOCAL).test(local) || local.includes('..')) return false;
    // hello@ at someone's own domain (hello@matteocollina.com) is theirs; payroll@ or careers@ never
    // is (payroll@tessaline.io: the company's name starts with a given name).
    // (A plus address is its base's: `qa+kk@` is `qa@`'s.)
    // (A role word that is also a given name, with the person's surname: `dev.wenlock@` beside
    // "Dev Wenlock" on its line, is that person's.)
    if (isRoleMailbox(local) && !(PERSONAL_SITE_LOCAL.test(local) && isPersonalDomain(labels[0] as string)) && !isNamedOnLine(local, ctx)) return false;
    if (native(MACHINE_DOMAIN).test(domain)) return false;
    // A company's own row of a table (its legal form in a cell, no person's name): its mailbox. So is
    // a place's JSON record (a branch's or a clinic's, with its opening hours).
    if (isCompanyOnlyRow(ctx) || hasPlaceHours(ctx)) return false;
    // An SSH, SFTP or SCP target (`sftp -P 22 <user>@sftp-test.partner.net`): a login on a host, not
    // a mailbox (user-name reads the login when it is a person's).
    if (SSH_TARGET_BEFORE.test(ctx.text.slice(lineStartNear(ctx.text, ctx.start, 200), ctx.start))) return false;
    // A SIP address is a phone line (31172750000@sip.operator.nl); a Message-ID's local part is an
    // id (f6f1cf40-db5c@mail.gmail.com); a placeholder person's address is sample data.
    if ((/^\+?\d{3,15}$/u.test(local) && /^(?:sip|voip|pbx)\b/u.test(domain)) || /^[0-9a-f]{8}-[0-9a-f]{4}(?:-|$)/u.test(local)) return false;
    // A form field's placeholder (`<input type="email" placeholder="twoj@email.pl">`): the page's hint, no one's address.
    if (ctx.text.slice(Math.max(0, ctx.start - 13), ctx.start - 1) === 'placeholder=' && /["']/u.test(ctx.text.charAt(ctx.start - 1))) return false;
    // A device's or a service's own mailbox: scan-bieb@, printer-2@, svc-ansible@.
    if (/^(?:scan|scanner|printer|copier|kiosk|mfp|fax|svc)[-_.]/u.test(local)) return false;
    // A mailing list's address or its robot's (`email-sig@python.org`, `optik-users@lists.sourceforge.net`,
    // `scr-owner@…`), or a Message-ID's numbers (`15975.17901.207240.414604@host`): no one's mailbox.
    // (Not list.ru, a free mail service of Mail.ru's.)
    if (MAILING_LIST_LOCAL.test(local) || (/^lists?\./u.test(domain) && domain !== 'list.ru') || domain === 'googlegroups.com' || /^\d+(?:\.\d+){2,}$/u.test(local)) return false;
    if (/^(?:jan\.jansen|john\.doe|jane\.doe|max\.mustermann|erika\.mustermann|mario\.rossi|jean\.dupont|ola\.nordmann)$/u.test(local)) return false;
    if (MESSAGE_ID_HEADER.test(ctx.text.slice(Math.max(0, ctx.start - 200), ctx.start))) return false;
    // Validator test fixtures: a@b.co, aaaa@gmail.com.
    if ((local.length === 1 && (labels[0] as string).length === 1) || /^(.)\1{2,}$/u.test(local)) return false;
    if (ASSET_LABEL.test(labels[0] as string)) return false;
    // user:password@host in a URL is a credential, not an address; user@host:path is an SSH target.
    const before = ctx.text.slice(lineStartNear(ctx.text, ctx.start, 200), ctx.start);
    // (Not past a table's separator: `https://vpn.host,anna@mail.com` is a URL cell, then an address cell.)
    if (/[A-Za-z][\w+.-]*:\/\/[^\s/@"'<>,;|]*$/u.test(before)) return false;
    // …except as curl's user name (`curl -u anna@firma.se:token`).
    if (/^:[\w~/]/u.test(ctx.text.slice(ctx.end, ctx.end + 2)) && !/(?:^|\s)(?:-u|--user)[ \t]+["']?$/u.test(before)) return false;
    return true;
  },
  redactAs: 'email',
  references: ['https://www.rfc-editor.org/rfc/rfc5322#section-3.4.1', 'https://www.rfc-editor.org/rfc/rfc2606'],
  examples: {
    positive: [
      `Contact: ${fake('{L6}', 191)}.${fake('{L7}', 192)}@gmail.com`,
      // an HR system's worker export: the name in two columns, the employer's legal form further on the row
      'employee_id\tfirst_name\tlast_name\tpersonal_email\tlegal_entity\nW-1\tRupert\tExample\trupert.example@yahoo.co.uk\tKestrel Retail UK Ltd',
      // a password manager's export: the login's URL cell, then its user name, an address
      'name,login_uri,login_username\n"Wiki",https://wiki.kestrel.io,vera.kestrel7@gmail.com\n',
      `_Exported 2024-05-09 18:22 by ${fake('{L4}', 190)}.${fake('{L9}', 189)}@ledgerwren.io_`,
      `"email": "${fake('{L5}', 193)}@firma-${fake('{L4}', 194)}.de"`,
      `Signed-off-by: A. Person <${fake('{L7}', 195)}@posteo.net>`,
      // an HR export's personal address at list.ru, a Russian free mail service (no mailing list's host)
      `ФИО;Почта\nПример Иван Иванович;${fake('{L6}', 101738)}.${fake('{L7}', 101739)}@list.ru`,
      `${fake('{d7}', 196)}+${fake('{L8}', 197)}@users.noreply.github.com`,
      '"author": "hello@matteorossini.dev"',
      // (a queue's log line: the message's id before the recipient, no header of its own)
      `{"job":"SendReceipt","message_id":${fake('{d6}', 101509)},"to":"${fake('{L6}', 101510)}@web.de","layout":"receipt_de"}`,
      `90.146.51.17 - - [18/Jun/2024:09:13:47 +0200] "GET /v2/account/lookup?email=${fake('{L5}', 187)}_${fake('{L8}', 188)}%40btinternet.com HTTP/1.1" 304 37`,
      `curl -u ${fake('{L5}', 198)}.${fake('{L8}', 199)}@nordfjord.se:your-api-token https://jira.example.org/rest/api/3/myself`,
      // a person whose given name is a team's word too (dev@ is a team's), named on the address's line
      'From: Dev Wenlock <dev.wenlock@fastmail.com>',
      // a Concordance load file's fields, delimited by þ
      `þDOC-000412þ\x14þ${fake('{L5}', 186)}.${fake('{L6}', 185)}@harrowlaw.comþ\x14þ2019-03-04þ`,
      // a person whose surname is a build server's name (jenkins@ is a system's), first.last and last.first
      '"user_email": "ysaline.jenkins@aol.com", "cc": "jenkins.ysaline@icloud.com"',
      // a merchant's onboarding row: the shop's legal form, then its owner's mobile and mailbox under their own columns
      'application_id,business_name,owner_name,owner_mobile,owner_email\nAPP-7,Kestrel Noodle Pte. Ltd.,Nur Aina binti Example,+65 9123 4567,nuraina.kestrel@gmail.com\n',
    ],
    negative: [
      // an aged-debt report's contact: the client's payables desk, its name in the cell before
      'C10390,INV-248,2023-12-12,GBP,22352.79,Accounts Payable,accounts.payable@kestrelfoods.com,,A. Partner',
      // a law firm's intake desk for new matters
      '"NotifyMailbox": "newbusiness@kestrel-law.com"',
      // a telehealth provider's pharmacy desk and its shared rostering login
      'Cc: pharmacy@kestrelhealth.co.nz\nshared login: rostering@kestrelhealth.co.nz\nWerkstatt: werkstatt-muc@kestrelfleet.de',
      // a Turkish marketplace's finance, corporate-sales and e-invoice mailboxes
      'Finans (finans@kestrelpazar.com.tr), kurumsal@kestrelpazar.com.tr, <cbc:ElectronicMail>efatura@kestrelpazar.com.tr</cbc:ElectronicMail>',
      // a broker's claims and payout desks in Romania, Hungary and Croatia
      'To: daune@kestrelasig.ro\nCc: kifizetes@kestrelbiztosito.hu, steta@kestrelosiguranje.hr',
      // a web shop's own mailbox in its mailer settings (Polish sklep, Czech obchod)
      "'mailer_user' => 'sklep@kestrelparcel.pl',\n'reply_to' => 'obchod@kestrelparcel.cz',",
      // an insurer's appeals desk, a council's payment office, DocuSign's envelope sender, a phishing-report box
      'To: appeals@larkfield-health.com\nCc: regie-cantine@ville-exemple.fr\nFrom: dse_NA3@docusign.net\nFwd to phishing@larkfield-labs.io',
      // a Mexican broker's traffic desk and a Quebec carrier's dispatch desk
      'Cc: trafico@transportes-norteno.com.mx\nTo: Répartition <repartition@transport-laurentien.ca>',
      // a German insurer's claims desk and an Austrian one's health benefits desk
      'Cc: Schadenservice KFZ <schadenservice@example-versicherung.de>\nAn: leistung-kv@example-versicherung.at',
      // a lender's closing desk
      'SENDGRID_FROM=closings@brightwater-lending.com',
      // a Portuguese shop's support, accounting and PIX desks, and its stand-in for a missing address
      'To: apoio@lojaexemplo.pt\nCc: contabilidade@lojaexemplo.pt\nchave_alternativa: pix@lojaexemplo.com.br\nemail: c.email ?? \'sem-email@lojaexemplo.com.br\'',
      // a mail API's JSON answer: the message's id
      '{"messageId":"<202401010930.112233445566@smtp-relay.sendfast.fr>"}',
      // a Nordic insurer's claims and data-protection mailboxes
      'MAIL_FROM=skador@fjordliv-forsakring.se\n* DPO – dataskydd@fjordliv-forsakring.se',
      // a CRM's drop address, which files a copied mail under a deal (Pipedrive's Smart BCC)
      '"cc_email": "acme-417@pipedrivemail.com"',
      // a team's address under its team's name
      'From: Dev Team <dev.team@tandem-bikes.de>',
      // a payroll desk's glued support mailbox, a practice's mailbox by its town, a sign-in page's stand-in, a system's sender
      'reply_to: kundsupport@kestrelpay.se\ncabinet.annecy@kestrel-sante.fr\nAnvändarnamn: förnamn.efternamn@kestrelpay.se\nsmtp_from: keycloak@kestrelpay.fr',
      // a council's revenues desk, a national service desk, Portuguese general and customer-service desks
      'Council tax queries: revenues@kestrelford.gov.uk\n| Service desk | ops.regionalservicedesk@kestrel-nhs.net |\ngeral@kestrelvinhos.pt · sac@kestrelloja.com.br',
      // a placeholder's local part, an app's beta programme's mailbox
      'the email is a relay address like `xyz@privaterelay.appleid.com`',
      'android-beta@tandem-bikes.de',
      // a payments desk and a disputes desk
      'Für Erstattungen: zahlungen@moebelhaus-kranich.de; Widersprüche: disputes@kranich-finanz.de',
      // an SFTP server's allowed ciphers and key exchanges
      'sftp_allowed_ciphers: "aes256-gcm@openssh.com,chacha20-poly1305@openssh.com"\nKexAlgorithms curve25519-sha256@libssh.org',
      // a university's financial-aid, bursar and parking offices, and its numbered test students
      'Questions: finaid@brookfield-state.edu; bursar@brookfield-state.edu; permits: parking@brookfield-state.edu',
      "INSERT INTO student VALUES ('N0000001', 'Test Student', 'hsu_teststudent01@mail.brookfield-state.edu');",
      // a seed file's stand-in customer at test.com
      '{ "name": "Test Customer", "email": "customer@test.com" }',
      // metasyntactic words as a doctest's file name
      '    >>> test = parser.get_doctest(doc, {}, "foo-bär@baz", "foo-bär@baz.py", 0)',
      // mailing lists and their robots, a Message-ID's numbers, and a Message-ID's Devanagari local part (its vowel sign, a mark, is no boundary)
      '# Contact: email-sig@python.org',
      'For support, use the optik-users@lists.sourceforge.net mailing list',
      'Errors-To: scr-owner@socal-raves.org',
      ' <15975.17901.207240.414604@sgigritzmann1.mathematik.tu-muenchen.de> (David',
      "        h = self.make_header('Message-ID', '<ईमेल@wők.com>')",
      // Microsoft's documentation companies, and an example word inside a domain's label
      ' * Example: Jamal.Hartnett@contoso.com Team Services will communicate with the user',
      'Reply-To: kim.akers@fabrikam.onmicrosoft.com',
      '  `example-indeed@strange-example.com`,',
      // a meeting room's mailbox, a break-glass account, a contractor's works-orders desk, a bounce address
      'room.boardroom2@example-housing.org.uk, breakglass01@contoso.onmicrosoft.com, workorders@aire-electrics.co.uk, bounce-7731@mailer.plastering.co',
      // curl reads a release's description from a file
      "curl -X PUT --header 'PRIVATE-TOKEN: $TOKEN' --data-urlencode 'description@release.md' https://gitlab.example.com/api/v4/projects/7/releases/v2.1.0",
      // a platform's law-enforcement desk, a device-enrollment account, a refunds desk
      'To: lawenforcement@meet-app.eu',
      'Devices enroll with `chromebook-enroll@valley-schools.org`',
      'Forwarded to refunds@sun-travel.co.uk for review',
      // a hospital's IT desk, a supplier's complaints desk, a missing customer's stand-in
      'Yedekleme raporu bilgiislem@anadolu-hastanesi.com.tr adresine gider; itirazlar reclamatii@furnizor-energie.ro',
      '{"customer_email": "anonymous@food-app.io", "channel": "guest"}',
      // a Japanese company's accounting desk in romaji, a relay's generated account id, a service's sender
      '請求書は keiri@hikari-shoji.co.jp までお送りください。',
      'smtp_relay_user: 5c3e40012@smtp-relay.mailer-example.net',
      'spring.mail.username=claims-api@mutual-example.fr',
      'Cc: frontoffice.north@ridgeview-academies.org, transportation@ridgeview-academies.org',
      'To: wvht.pals@nhs.net, wvht.infogovernance@nhs.net',
      'Cc: rh.recife@orbitacx.com, qa+kk@orbitacx.com, voice-platform@orbitacx.com, calidad-telvia@orbitacx.com',
      'Privacy questions: privacy-fsci@univ-lindholm.se; incidents: cert@univ-lindholm.se; servers: research-it@univ-lindholm.se',
      // a company's role mailbox, though its name starts with a given name (Tessa); a template's placeholder
      'Cc: payroll@tessaline.io, careers@tessaline.io',
      // a freight forwarder's desks and a server's system mailboxes
      'Send the CMR to dispatch@nordhaven-cargo.eu; alerts go to backups@nordhaven-cargo.eu and root@edi-gw-01.nordhaven-cargo.eu',
      'smtp_mail_from = airflow@quellmark.io\nFROM = "reports@quellmark.io"',
      'Questions? returns@marlowegoods.com',
      'Google Workspace: nombre.apellido@tessaline.io (format)',
      'SMTP User             : scan-bieb@lindeweerd.nl',
      'Stuur het naar servicedesk@lindeweerd.nl of bel 14 0172.',
      '"from": "31172750000@sip.telvia.nl"',
      '"MessageId": "<f6f1cf40-db5c@mail.gmail.com>"',
      'Contact: jan.jansen@lindeweerd.nl',
      'mail me at alice@example.com or bob@corp.example',
      'git clone git@github.com:org/repo.git',
      "fastURI.resolve('http://base.com/', '//trusted.com%40evil.com/path')",
      '<img src="logo@2x.png"> and npm i lodash@4.17.21 and @types/node',
      'noreply@github.com sent user@localhost a note at carol@project.test',
      'postgres://admin:s3cret@db.internal.io/app',
      'contact your.name@yourcompany.com',
      'report it to security@microsoft.com or opencode@microsoft.com; questions to support@northwind-logistics.com',
      'SMOKE_USER: smoke-bot@kestrel-apps.io, alerts to oncall@kestrel-apps.io, questions go to mobile-team@fietsfabriek.nl, payroll@kestrel-apps.io',
      // an HR system's sync account, which records every change it makes
      'BC-7;iban;self-service;hris-sync@kestrel-apps.io;ok',
      '"client_email": "firebase-adminsdk-x2k9q@tidewater-prod.iam.gserviceaccount.com"',
      'Message-ID: <CAHx9Lq0ZpT3vWm@mail.gmail.com>\nIn-Reply-To: <CAF3k2=ijhEiQaVbSm6wjZtm9Qi@mail.gmail.com>',
      "expect(isEmail('a@b.co')).toBe(true); isEmail('aaaa@gmail.com')",
      "mail d'astreinte : astreinte@opaline-logiciels.fr",
      'Contact : equipe-produit-habitat@opaline-logiciels.fr',
      'sftp -i ~/.ssh/keystone_test_ed25519 -P 22 cedarline_test@sftp-test.keystoneedx.net',
      "    email: 'memberservices@bayridgehp.com',",
      'To: Fraud Escalations <fraud-escalations@mlimopay.co.za>',
      // an exchange's money-laundering reporting officer's mailbox
      'compliance.mail.mlro=mlro@coinwharf.io',
      'supportMailKr: cs@tsukimigames.kr',
      // a Spanish shop's general mailbox, a branch's reception desk
      'Pedidos por correo a hola@panaderia-solana.es',
      'reception.tralee@lakeside-vets.ie | 066 712 0000',
      // recruiting and incident desks
      '| Manager | Head of Design (design-hiring@brellwick.io) |',
      'Agencies send CVs to agencies@brellwick.io only; escalate via incident@brellwick.io or tier2@brellwick.io.',
      // an insurer's partner garages: their workshop desks
      'partners:\n  - contact: atelier@kestrel-carrosserie.fr\n  - contact: officina@kestrelauto.it\n  - contact: taller@kestrelmotor.es',
      // a charity's desks and a shop's volunteers' list, and a corporate supporter's giving desk in its CRM export
      'To: harbour-shop-volunteers@kestreltrust.org.uk\nCc: volunteering@kestreltrust.org.uk, legacies@kestreltrust.org.uk',
      'id,name,email\n1001,Kestrel Housing Co-operative,community@kestrelhousing.co.uk\n1002,Kestrel Lions Club,giving@lions-kestrel.org.uk',
      // a supplier register's company row: its legal form in a cell, no person named: the company's certified mailbox
      'codice\ttipo\tragione_sociale\temail\tcitta\nF-07\tBUS\tKestrel Tessuti S.r.l.\ttessuti.kestrel@pec.it\tRoma\n',
      // a site's shared desk, its two codes joined by hyphens before the role word
      'E0010,Site reception,Shared mailbox,nyc-wst-reception@kestrel-motors.com,',
      // Spanish invoicing and corporate-travel desks
      'billing.mail.from=facturas@kestrel-rutas.mx\nadministrador: {nombre: "Mesa de viajes", email: viajes@kestrel-cementos.com.mx}',
      // an anonymisation job's stand-ins for deleted riders' addresses
      'R-1\t<anonimizado>\t\tanon-3f9a1c07e2b4@baja.kestrel-rutas.mx\nR-2\t<anonimizado>\t\tanon-77d0e1ab90c4@baja.kestrel-rutas.mx',
      // a sign-up form's hint in its e-mail field
      '<input type="email" name="email" placeholder="jan.kowalski@poczta.pl" required>',
      // a clinic group's list of sites: each site's mailbox beside its opening times
      '{\n  "code": "KST-01",\n  "name": "Kestrel Dental Harbourside",\n  "email": "harbourside@kestreldental.co.uk",\n  "opening": {\n    "mon_fri": "08:00-18:00"\n  }\n}',
      // a utility's remittance and documents desks, an API spec's contact
      'smtp_user = "remesas@kestrel-energia.es"\nenvíe la escritura a documentacion@kestrel-energia.es\n  contact:\n    email: api@kestrel-energia.es',
      // a retailer's partner-operations and loyalty desks, an AWS account's root mailbox, a grievance officer's
      'partnerops@kestrelmart.in, rewards@kestrelmart.co.uk\naws_root_email = "aws-root-prod@kestrelmart.co.uk"\nNodal officer: nodal.officer@kestrelpay.in',
    ],
  },
});
