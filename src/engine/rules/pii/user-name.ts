import { defineRule, fake } from '../defineRule';
import type { MatchContext } from '../../types';
import { native } from '../../scan/nativeRegex';
import { lineEndNear, lineStartNear } from './_context';
import { isLoneGivenNameLogin, isPlaceholderOrBrand } from './_names';
import { isHandleOfNamedPerson, isLoginInPeopleColumn, isLoginOfName, isPersonalHandle, isServiceAccount } from './_handles';

/**
 * The shapes whose value must read as a person's handle (see isPersonalHandle): a user label, a user key, `<username>`, a CI pusher,
 * an audit log's actor, an IAM user, an assumed role's session, a `_by` key, a JupyterHub user, a login created in SQL, an owner.
 */
const HANDLE_GROUPS = [3, 5, 11, 12, 17, 19, 22, 23, 24, 25, 26, 27, 28];

/** Header cells of people columns, as keywords: in a delimited header row, not JSON's `"assignee":` (Czech `Zpracoval`: processed by; a user column in German, Dutch, French and Spanish). */
const PEOPLE_HEADER_CELLS = [';agente;', ';agente\r', ';agente\n', ',agente,', '\tagente\t', ';agent;', ',agent,', '\tagent\t', ';benutzer;', ',benutzer,', '\tbenutzer\t', ';gebruiker;', ',gebruiker,', ';utilisateur;', ',utilisateur,', ';usuario;', ',usuario,', ';zpracoval;', ';zpracoval\r', ';zpracoval\n', ',zpracoval,', '\tzpracoval\t', ',moderator,', ',moderator;', 'moderator\t', ',approver,', ',reviewer,', ',actor,', 'reporter,', 'reporter;', 'reporter\t', 'assignee,', 'assignee;', 'assignee\t', 'assignee\n', 'assignee\r', 'assigned_to,', 'assigned_to;', 'assigned_to\t', 'assigned_to\n', 'assigned_to\r', ',analyst,', ',investigator,', ', reviewer,', ', reviewer)', ', assignee,', ', approver,', ', analyst,', ', operator,', '_by,', '_by;', '_by\t', '_by\n', '_by\r', '_login,', '_login;', '_login\t', ',login,', ';login;', '\tlogin\t', ',login\n', ',login\r', ',username,', ';username;', '\tusername\t', ',username\n', ',username\r', ',user,', ';user;', '\tuser\t', ',operator,', ';operator;', '\toperator\t', '| operator |', '| user |', '| login |', '|user|', '|login|', 'login id,', 'uniqname,', 'netid,', ',netid', ',uniqname', '| actor |', '| assignee |', '| reporter |', '| moderator |', '| approver |', '| reviewer |', '_by |', 'primary_user', 'assigned_user', 'logged_on_user', 'last_user'];


/**
 * An initial, a dot and a surname (`f.benetton`, `g.romano`): the login scheme of many companies'
 * directories, a person's by its shape (service accounts name their job: see isServiceAccount).
 * Not code's member access (`p.username`, `z.string()`).
 */
const INITIAL_DOT_SURNAME = /^[a-z]\.(?!(?:user(?:name)?|password|passwd|login|email|secret|token|value|name|host|port|path|config|data|admin|test)$)[a-z]{4,20}$/u;

/** An initial-dot-surname login written as a value: quoted, or ending its token; not a call or a member chain (`z.string()`). */
function isInitialDotSurname(s: string, ctx: MatchContext): boolean {
  return INITIAL_DOT_SURNAME.test(s) && /^(?:["'`\s,;]|$)/u.test(ctx.text.slice(ctx.end, ctx.end + 1));
}

/**
 * A log line that says its account signed in: a VPN gateway's or a firewall's `user_name="…"` on
 * a line that reports a successful authentication, or near one that does for the same account. A
 * brute force's guesses (`admin`, `scan`, `vpn`) fail; an account that signs in is someone's,
 * unless it is a service's.
 */
function isAuthenticatedAccount(s: string, ctx: MatchContext): boolean {
  if (!/^[a-z][a-z.]{3,24}$/u.test(s) || !AUTH_HINTS.some(ctx.hasHint)) return false;
  // Its own line, or another line near it that names the same account (a session's later events:
  // `SSL VPN User 'lebner' connected`).
  const { text } = ctx;
  const from = Math.max(0, ctx.start - AUTH_REACH);
  const near = text.slice(from, Math.min(text.length, ctx.end + AUTH_REACH));
  // (At most a few lines read: a day's log names its users on every line.)
  let reads = 0;
  for (let i = near.indexOf(s); i !== -1 && reads < MAX_AUTH_READS; i = near.indexOf(s, i + s.length), reads++) {
    const at = from + i;
    // (The account itself, in a log's account slot: not the same letters inside a word or prose,
    // `no_session: will not read … successfully authenticated` in an SDK's doc comment.)
    if (/[\w.-]/u.test(text[at + s.length] ?? '') || !ACCOUNT_SLOT_BEFORE.test(text.slice(Math.max(0, at - 12), at))) continue;
    if (native(AUTH_SUCCEEDED).test(text.slice(lineStartNear(text, at, 600), lineEndNear(text, at, 600)))) return true;
  }
  return false;
}
/** Where a log writes an account: quoted, after `=`, or after a user/account word (`for 'lebner'`, `User lebner`). */
const ACCOUNT_SLOT_BEFORE = native(/(?:["'=]|(?<![\w-])(?:[Uu]ser|USER|[Uu]sername|for|[Aa]ccount|[Ll]ogin)[ \t]{1,2})$/u);
/** How far around a login its sign-in may be reported, and on how many of its lines at most. */
const AUTH_REACH = 6000;
const MAX_AUTH_READS = 24;
const AUTH_SUCCEEDED = /\b(?:[Aa]uthenticated successfully|[Ss]uccessfully (?:authenticated|logged in|signed in)|[Ll]og(?:in|on) (?:succeeded|successful)|[Ll]ogged in successfully)\b/u;
/** AUTH_SUCCEEDED's phrases as hints: whether a text reports a sign-in anywhere (most don't: no line is read then). */
const AUTH_HINTS = ['authenticated successfully', 'successfully authenticated', 'successfully logged in', 'successfully signed in', 'login succeeded', 'login successful', 'logon succeeded', 'logon successful', 'logged in successfully'];

/** A JSON key naming whom a ticket or an alert is assigned to, right before its value. */
const ASSIGNEE_KEY_BEFORE = native(/["'](?:assignee|assigned_?to|analyst)["'][ \t]*:[ \t]*["']$/u);
/** first.last in lower case. */
const FIRST_DOT_LAST = native(/^[a-z]{2,20}\.[a-z]{2,24}$/u);

/** A GitHub audit log's actor key, and the fields that follow it in a person's event. */
const AUDIT_ACTOR_BEFORE = native(/"actor"[ \t]*:[ \t]*"$/u);
const AUDIT_ACTOR_SIBLING = native(/^"[ \t]*,[ \t]*"actor_id"[ \t]*:[ \t]*\d+[ \t]*,[ \t]*"actor_(?:ip|location)"/u);

/** How far a `name` field's sibling that holds the person's name may be (same record). */
const SIBLING_REACH = 300;
/** Fields beside a login that hold its owner's name: a chat export's real_name, a users list's comment (GECOS). */
const NAME_SIBLING = /real_?name|display_?name|full_?name|nickname|comment|gecos/u;
/** The full name a chat export's user record holds (`"real_name": "…"`; DiscordChatExporter's author: `"nickname": "…"`). */
const REAL_NAME_FIELD = /"(?:real_?name|full_?name|nickname)"[ \t]*:[ \t]*"([^"\n]{3,80})"/u;

// Ten shapes, each reporting the user name alone:
//  1. a home directory: /Users/<name>/, /home/<name>/, C:\Users\<name>\ (also JSON-escaped), as in
//     stack traces, crash reports and shell prompts pasted into a chat;
//  2. the authenticated user of a Common/Combined Log Format line (`1.2.3.4 - mrossi [02/Jun/2024:…`);
//  3. the value of a user label (`"username": "…"`, `User: …`, `logged in as: …`), when it is a person's handle;
//  4. a .netrc login;
//  5. the value of a key ending in user, username, login or uid (`ansible_user=`, `gpr.user=`, an access log's `uid=`, an LDAP DN's,
//     `MLFLOW_TRACKING_USERNAME=`), when it is a person's handle;
//  6. a lower-case `name` (or `display_name`) field whose value a full name near it spells (a chat export's users, an
//     Ansible users list: `- name: mdabrowska` under `comment: "Marta Dąbrowska"`), or that is first.last with a known given name;
//  7. the user of an SSH target (`ssh dmerriweather@10.42.0.10`, `scp … kvogel@bastion:`,
//     `ssh-keygen -C "user@laptop"`), and 8. of an SSH error line (`dmerriweather@host: Permission denied`);
//  9. a quoted login right before its owner's full name in a tuple or an array (seed data);
// 10. a cell under a Reporter, Assignee, Creator… column of an issue tracker's export (or an Operator column of a pipe-delimited log, `ts | operator | …`);
// 11. a Maven or XML `<username>`, and 12. a CI build's pusher (`Started by GitHub push by …`), each
//     when it is a person's handle. (Not the user of credentials in a URL: a keyword for `://` cost
//     this rule 2.5x its time.)
// 13. a handle in brackets right after its owner's name (`Hannah Whitlock (@mtolliver)`, `中村 美咲 (@mnakamura)`);
// 14. the user of an SSH public key's comment (`ssh-ed25519 AAAA… zdabrowska@mbp-2023`), as authorized_keys lists them;
// 15. the person who started a CI run (`GITHUB_ACTOR=`, `GITHUB_TRIGGERING_ACTOR=`, `GITLAB_USER_LOGIN=`); bots are not people.
// 16. the account an sshd or systemd-logind log line names (`Accepted publickey for nchebet from …`,
//     `session opened for user mdekker(uid=…)`, `New session 318 of user rbauer.`), not an attacker's guess (`Failed password for invalid user admin`);
// 17. an audit log's `"actor": "…"`, when it is a person's handle;
// 18. the `User` of a `Host` entry in an SSH client configuration (not git, ubuntu, ec2-user…);
// 19. an IAM user or its MFA device in an AWS ARN (`arn:aws:iam::…:user/lbergmann`, `…:mfa/lbergmann`), when it is a person's handle;
// 20. a developer's `<id>` in a Maven POM's `<developers>`, and 21. the GitHub profile URL of a
//     package.json's author, contributor or maintainer (`"url": "https://github.com/…"`; not in
//     the one-line form `Name <mail> (https://github.com/…)`, as vendored packages write their
//     public maintainers).
// 22. the session name of an assumed AWS role (`"AssumedRoleId": "AROA…:kbrennan"`,
//     `…:assumed-role/Admin/kbrennan`), which tools set to the caller's login, and 23. the value of
//     a JSON key ending in `_by`/`By` (`"exported_by"`, `"approvedBy"`): both when it reads as a
//     person's handle (see isPersonalHandle);
// 24-26. a JupyterHub user: in its URLs (`/hub/api/users/<login>/`, `/hub/spawn/<login>`,
//     `/user/<login>/api/…`) and log lines (`Server <login> is ready`, `Culling server <login>`);
// 27. a database login created in SQL (`CREATE USER IF NOT EXISTS MKOWALSKA`, Snowflake's upper case);
// 28. the value of an `owner` key (`"owner": "…"`, `owner: …`): each when it reads as a person's handle;
// 29. the user pam_duo let in, and 30. the user of a FreeRADIUS authentication line (`Login OK: [user/<via Auth-Type = eap>]`,
//     `Login incorrect (…): [user]`; not a MAC address's bypass login, nor a logged password after the slash).
// (The owner of a code annotation and Terraform's `owner = "…"` are code-annotation-owner's: in this
// pattern they kept V8 from compiling it to machine code in the editor's rescans.)
// Upper-case logins (`SNOWFLAKE_USER=MKOWALSKA`) count where the shape allows them.
// Mentions (`cc @mtolliver`, CODEOWNERS) are the user-mention rule's.
/** A prefixed random id: usr_…, user-…, acct_… and ten or more letters and digits. */
const OPAQUE_PREFIXED = /^(?:usr|user|u|uid|acct|account|cus|cust|customer|member|mbr|prof|profile)[_-][A-Za-z0-9]{10,}$/u;

/** A generated id: a prefixed one, or sixteen or more letters and digits with three capitals and two digits or more among lower case. */
function isOpaqueId(s: string): boolean {
  if (OPAQUE_PREFIXED.test(s)) return true;
  // A member's or a customer's number as the account (`NLR-DE-0613437`, `CUST-00412873`): capitals
  // and six or more digits, nothing that spells a name.
  if (/^[A-Z]{1,6}(?:[-_][A-Z]{1,4})?[-_]?\d{6,12}$/u.test(s)) return true;
  if (!/^[A-Za-z0-9]{16,40}$/u.test(s)) return false;
  return (s.match(/[A-Z]/gu) ?? []).length >= 3 && (s.match(/\d/gu) ?? []).length >= 2 && /[a-z]/u.test(s);
}

/** A chat transcript's user turn label at a line's start (`User:`, `**User:**`), right before the match. */
const USER_TURN_BEFORE = native(/(?:^|\n)[ \t]*(?:\*\*)?(?:User|USER)(?:\*\*)?:(?:\*\*)?[ \t]+$/u);
/** An assistant's turn in a chat transcript: a line that starts with its speaker label. */
const ASSISTANT_TURN = native(/(?:^|\n)[ \t]*(?:\*\*)?(?:Assistant|ASSISTANT|AI|ChatGPT|Claude|Copilot|Gemini|Bot)(?:\*\*)?:/u);

/** True when the match starts a transcript's user turn: `User:` opens its line and an assistant's turn is within 20,000 characters. */
function isTranscriptUserTurn(ctx: MatchContext): boolean {
  const { text, start } = ctx;
  if (!USER_TURN_BEFORE.test(text.slice(Math.max(0, start - 16), start))) return false;
  return ASSISTANT_TURN.test(text.slice(Math.max(0, start - 20_000), Math.min(text.length, start + 20_000)));
}

const FILE_NAME = native(/\.(?:jar|war|py|js|mjs|cjs|ts|rb|go|java|php|pl|c|h|cc|cpp|rs|sh|txt|log|zip|tar|gz|tgz|json|xml|ya?ml|csv|conf|cfg|ini|pem|key|exe|msi|dmg|iso|img|md|pdf|sql|bak)$/u);
/** Folders that documentation puts right under /home: a tree's, not a user's (`/home/node_modules/bar.js`). */
const NOT_A_HOME = new Set(['node_modules', 'vendor', 'src', 'lib', 'bin', 'share', 'tmp', 'www', 'public', 'html', 'projects', 'workspace', 'repos']);

export default defineRule({
  id: 'user-name',
  category: 'pii',
  // Decision (fifty-second session): opt-in, as all login rules are. Over the nine held-out corpora
  // of the fifty-first and fifty-second sessions, the login rules' findings were 0 true: writers
  // label names, not logins (docs/performance-and-accuracy-history.md, "Logins are opt-in").
  optIn: true,
  description: "A person's user name (home directory, web server log, user label)",
  // Decision: info, not warning. A home directory in a pasted stack trace names its owner more
  // often than not (/Users/annika.bergstroem), but it is the least sensitive of the personal data
  // found, and documentation is full of /Users/<author> paths.
  severity: 'info',
  keywords: ['"assignee"', '"assigned_to"', '"accountname"', '"account_name"', 'sign-in for', 'sign in for', 'login for', 'logon for', '"assignedto"', '"analyst"', 'agent=', '/users/', '/home/', ':\\users\\', ':\\\\users', 'documents and settings', 'username', 'user_name', '"user"', "'user'", 'user:', '"login"', 'benutzer', 'utilisateur', 'usuario', 'utente', '] "get ', '] "post ', '] "put ', '] "delete ', '] "head ', '] "patch ', 'login ', 'user=', 'uid=', 'op=', 'operator=', 'actor=', 'user =', 'username=', 'login=', '"name"', '"display_name"', '"displayname"', '- name:', 'logged in', '<username>', '<user>', '<login>', 'push by', 'ssh', 'scp ', 'sftp ', 'rsync ', 'mosh ', 'permission denied', '(@', 'ssh-', 'ecdsa-sha2-', 'github_actor', 'github_triggering_actor', 'gitlab_user_login', 'circle_username', 'drone_commit_author', 'gitea_actor', 'accepted publickey', 'accepted password', 'accepted keyboard', 'accepted gssapi', 'failed password for', 'failed publickey for', 'session opened for user', 'session closed for user', ' of user ', '"actor"', '\n  user ', '\n    user ', '\n\tuser ', '\nuser ', ':user/', ':mfa/', '<developer', '"author"', '"contributors"', '"maintainers"', 'aroa', ':assumed-role/', '_by"', 'by":', 'by" :', '_von"', '_door"', '_login"', '/hub/', '/user/', 'culling server', ' is ready', 'create user', '"owner"', "'owner'", 'owner:', 'duo login for', 'duo authentication for', 'login ok: [', 'login incorrect', 'kullan', 'gebruiker', 'ytkownik', 'ivatel', 'anvandarnamn', 'anvandare', 'brukernavn', 'bruker', 'brugernavn', 'bruger', 'kayttajatunnus', 'kayttaja', 'handlaggare', 'saksbehandler', 'sagsbehandler', 'kasittelija', 'tildelt', 'sachbearbeiter', ...PEOPLE_HEADER_CELLS],
  // (isAuthenticatedAccount asks whether the text reports a sign-in.)
  hints: AUTH_HINTS,
  // A people column's header cell (`Reporter,Assignee`) is followed by rows.
  // An SSH public key's comment (user@host) follows up to ~1,400 characters of key.
  keywordWindows: { ...Object.fromEntries(PEOPLE_HEADER_CELLS.map((k) => [k, { before: 120, after: 4000 }])), 'ssh-': { before: 120, after: 1600 }, 'ecdsa-sha2-': { before: 120, after: 1600 }, '"author"': { before: 120, after: 300 }, '"contributors"': { before: 120, after: 2000 }, '"maintainers"': { before: 120, after: 2000 } },
  window: { before: 120, after: 160 },
  columns: true,
  // NOTE: the SSH shapes start at the `@` and look back for the user and the command.
  pattern:
    /(?:(?<![\w.:/~-])\/(?:Users|home)\/|(?<![\w])[A-Za-z]:(?:\\{1,2}|\/)(?:Users|Documents and Settings)(?:\\{1,2}|\/))([A-Za-z][\w.-]{1,31})(?=\\|\/|["'\s:)>]|$)| - ([A-Za-z][\w.-]{1,63}) \[\d{2}\/[A-Z][a-z]{2}\/\d{4}:\d{2}|(?:["'](?:user_?[Nn]ame|[Aa]ccount_?[Nn]ame|login|user|assignee|assigned_?to|analyst|[Kk]ullan[iı]c[iı](?:_?[Aa]d[iı])?)["'][ \t]*:[ \t]*["']|(?<![\w.-])(?:[Uu]ser(?:name)?|[Ll]ogin|Benutzer(?:name)?|Utilisateur|Usuario|Utente|Kullan[iı]c[iı](?: [Aa]d[iı])?|Gebruiker(?:snaam)?|U[żz]ytkownik|U[žz]ivatel|Användarnamn|Användare|Brukernavn|Bruker|Brugernavn|Bruger|Käyttäjätunnus|Käyttäjä|Handläggare|Saksbehandler|Sagsbehandler|Käsittelijä|Tildelt|Sachbearbeiter)[ \t]*(?::(?:\*\*)?|\|)[ \t]+|(?<![\w-])[Ll]ogged in(?: as| to [\w.-]{3,40} (?:account|as))?:?[ \t]+|(?<![\w-])(?:[Ss]uccessful|[Ff]ailed) (?:sign-in|sign in|login|logon) for[ \t]+)([A-Za-z][\w.-]{2,31})(?![\w.-])(?!@[\w-]+\.)|(?<![\w-])login[ \t]+(?=\S+\s+password\b)([A-Za-z][\w.-]{1,38})(?![\w.@/-])|(?<![A-Za-z0-9])(?:[Uu]ser(?:_?name)?|USER(?:_?NAME)?|[Ll]ogin|LOGIN|[Aa]gent|uid|UID|[Uu]suario|[Kk]ullanici|[Bb]enutzer|[Uu]tilisateur|op|operator|actor)[ \t]*=[ \t]*["']?([a-z][a-z0-9._-]{2,31}|[A-Z][A-Z0-9._-]{2,31})(?![\w.@-])|(?:["'](?:display_?)?name["'][ \t]*:[ \t]*["']|(?<![\w.-])- name:[ \t]+)([a-z]{5,20}|[a-z]{1,20}[._-][a-z]{1,20})(?![\w.@-])|@(?=(?:\d{1,3}(?:\.\d{1,3}){3}|[\w-]{1,63}(?:\.[\w-]{1,63}){0,4})(?::|[ \t"']|$))(?<=(?:\b(?:ssh|scp|sftp|rsync|mosh|ssh-copy-id)\b[^\n]{0,120}[ \t]|\bssh-keygen\b[^\n]{0,80}-C[ \t]{1,3}["']?)(?<![\w.-])([a-z][a-z0-9._-]{2,31})@)|@(?=[\w.-]{1,253}: Permission denied)(?<=^([a-z][a-z0-9._-]{2,31})@)|["']([a-z][a-z0-9._-]{3,31})(?=["'],[ \t]{0,3}["'][\p{Lu}][\p{Ll}]{1,20} [\p{Lu}])|(?:^|[,;\t]|\| ?)(?<=^|[,;\t|] ?)"?([a-z][a-z0-9._-]{3,31})(?="?(?: ?\||[,;\t]|\r?\n|$))|<(?:username|user|login)>([A-Za-z][\w.-]{2,31})<\/|\bpush by ([a-z][a-z0-9._-]{2,38})(?![\w.-])|\(@(?<=(?:\p{Lu}\p{Ll}{1,24}|[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7a3]{1,4}) \(@)([a-z][a-z0-9._-]{1,38})\)|(?:ssh-(?:rsa|ed25519|dss)|ecdsa-sha2-nistp\d{3}) AAAA[0-9A-Za-z+/]{40,1400}={0,2} ([a-z][a-z0-9._-]{1,31})@[\w.-]{1,64}(?![\w.@-])|(?:GITHUB_(?:TRIGGERING_)?ACTOR|GITLAB_USER_LOGIN|CIRCLE_USERNAME|DRONE_COMMIT_AUTHOR|GITEA_ACTOR)["']?[ \t]{0,3}[=:][ \t]{0,3}["']?([A-Za-z0-9][\w.-]{1,38})(?![\w.\[-])|(?:Accepted (?:publickey|password|keyboard-interactive(?:\/pam)?|gssapi-with-mic) for|Failed (?:publickey|password) for(?! invalid user)|session (?:opened|closed) for user|New session \d{1,10} of user) ([a-z_][a-z0-9._-]{1,31}?)(?=[ (]|\.?(?:\r?\n|$))|"actor"[ \t]*:[ \t]*"([a-z][a-z0-9._-]{2,31})"|User(?<=(?:^|\n)[ \t]*User)[ \t]+([a-z_][a-z0-9._-]{1,31})[ \t]*(?=\r?\n|$)|arn:aws:iam::\d{12}:(?:user|mfa)\/(?:[\w+=,.@-]{1,64}\/)*([A-Za-z][\w+=,.-]{1,63})(?![\w+=,.@\/-])|<id>([A-Za-z][\w.-]{1,38})<\/id>|"url"[ \t]*:[ \t]*"https?:\/\/github\.com\/([A-Za-z0-9](?:[A-Za-z0-9-]{0,37}[A-Za-z0-9])?)\/?"|(?:AROA(?<=(?<![\w])AROA)[0-9A-Z]{12,28}:|:assumed-role\/[\w+=,.@-]{1,64}\/)([A-Za-z][\w+=,.-]{1,63})(?![\w+=,.@\/-])|(?:[bB]y|von|door|[lL]ogin)"(?<=(?<![\w-])"_?(?:[a-z]{1,20}_)?[a-z]{2,12}(?:_by|By|_von|_door|_login|Login)")[ \t]*:[ \t]*"([a-z][a-z0-9._-]{2,31})"|\/(?:hub\/(?:api\/users|spawn(?:-pending)?)\/([A-Za-z][\w.-]{1,38})(?=[\/ ?"'\s]|$)|user\/([A-Za-z][\w.-]{1,38})(?=\/(?:api|lab|tree|notebooks|edit|files|terminals)\b))|(?:Culling server|Server) ([a-z][\w.-]{1,38})(?= \(inactive| is ready)|(?:CREATE|create) (?:USER|user) (?:IF NOT EXISTS |if not exists )?["'`]?([A-Za-z][\w.-]{1,38})(?![\w.-])|(?:["']owner["'][ \t]*:[ \t]*["']|(?:^|\n)[ \t]*(?:- )?owner:[ \t]+)([a-z][a-z0-9._-]{2,31})(?=["'\r\n]|$)|Successful Duo (?:login|authentication) for '([a-z][a-z0-9._-]{1,31})'|Login (?:OK|incorrect(?: \([^)\n]{0,80}\))?): \[([a-z][a-z0-9._-]{1,31})(?:@[\w.-]{1,64})?(?=\]|\/<via )/gmu,
  secretGroup: [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27, 28, 29, 30],
  validate: (s, ctx) => {
    // (A Slack export's user id, U01F7A6RYI4, is no login.)
    if (isServiceAccount(s) || /^[UW][0-9A-Z]{8,10}$/u.test(s)) return false;
    // A documentation's stand-in person as a login (AWS's examples: `arn:aws:iam::123456789012:user/Mary_Major`).
    if (/^[A-Z][a-z]+[_.-][A-Z][a-z]+$/u.test(s) && isPlaceholderOrBrand(s.replace(/[_.-]/u, ' '))) return false;
    // A file right under /home (`--src /home/hadoop-examples.jar`), or a tree's folder, not a home directory.
    if (ctx.match[1] !== undefined && ((FILE_NAME.test(s) && ctx.text.charAt(ctx.end) !== '/') || NOT_A_HOME.has(s))) return false;
    // A login that is a given name alone (`/Users/maya`, Slack's `"display_name": "ioana"`) names no
    // one outside the team; first.last, an initial and a surname, or a full name do. Decision
    // (session 30, after session 29's on lone names): over thirty-six corpora such values were 0
    // true of 57 findings, in every form this rule reads.
    if (isLoneGivenNameLogin(s)) return false;
    // A service's opaque user id (`usr_xYUNMo619wVNvtvGZEU9` in an API's access log) is a key into
    // its database, not a login anyone chose: it spells no one.
    if (isOpaqueId(s)) return false;
    // (A MAC authentication bypass logs the device's address as its user.)
    if (ctx.match[30] !== undefined) return !/^(?:[0-9a-f]{2}[.:-]?){5}[0-9a-f]{2}$/iu.test(s);
    // A GitHub audit log's actor, whose record gives the actor's IP or location: a person (an app
    // acts as `name[bot]`, which this shape doesn't read).
    if (AUDIT_ACTOR_BEFORE.test(ctx.text.slice(Math.max(0, ctx.start - 16), ctx.start)) && AUDIT_ACTOR_SIBLING.test(ctx.text.slice(ctx.end, ctx.end + 200))) return true;
    // A ticket's or an alert's assignee written first.last: a person's login, whatever the name's language.
    if (ctx.match[3] !== undefined && FIRST_DOT_LAST.test(s) && ASSIGNEE_KEY_BEFORE.test(ctx.text.slice(Math.max(0, ctx.start - 20), ctx.start))) return true;
    // A chat transcript's speaker (`User: publishing our package fails…` above `Assistant: …`): the
    // word after it starts what the user said, not a login.
    if (ctx.match[3] !== undefined && isTranscriptUserTurn(ctx)) return false;
    if (HANDLE_GROUPS.some((g) => ctx.match[g] !== undefined)) return isPersonalHandle(s, ctx) || isInitialDotSurname(s, ctx) || isAuthenticatedAccount(s, ctx);
    // A `name` field holds a login only in some files (a chat export's users, an Ansible users
    // list): a field beside it must hold a name, and that name must spell the login.
    // A login in a tuple before its owner's full name (`("chargreave", "Callum Hargreaves", …)`).
    if (ctx.match[9] !== undefined) return isHandleOfNamedPerson(s, ctx, SIBLING_REACH);
    // A cell under an issue tracker's or a log's people column (Reporter, Assignee, created_by).
    // An SSH client configuration's User: a Host line above it.
    if (ctx.match[18] !== undefined) return /(?:^|\n)[ \t]*Host(?:Name)?[ \t]/u.test(ctx.text.slice(Math.max(0, ctx.start - 400), ctx.start));
    if (ctx.match[20] !== undefined) return /<developer>\s*$/u.test(ctx.text.slice(Math.max(0, ctx.start - 80), ctx.start - 4));
    if (ctx.match[21] !== undefined) return /"(?:author|contributors|maintainers)"/u.test(ctx.text.slice(Math.max(0, ctx.start - 240), ctx.start));
    if (ctx.match[10] !== undefined) {
      return isLoginInPeopleColumn(s, ctx);
    }
    if (ctx.match[6] !== undefined) {
      // first.last with a known given name reads as a person's handle on its own (a chat export's display_name).
      if (/[._]/u.test(s) && isPersonalHandle(s, ctx)) return true;
      const record = ctx.text.slice(Math.max(0, ctx.start - SIBLING_REACH), ctx.end + SIBLING_REACH);
      if (!NAME_SIBLING.test(record)) return false;
      // The record's own full name spells it (Slack's `"real_name": "Chidi Okonkwo"` beside `"display_name": "cokonkwo"`).
      // (Its own record's: the window may reach the records before and after. The object's braces
      // around the login bound it.)
      const from = ctx.text.lastIndexOf('{', ctx.start);
      const to = ctx.text.indexOf('}', ctx.end);
      const own = from === -1 || to === -1 || ctx.start - from > SIBLING_REACH || to - ctx.end > SIBLING_REACH ? undefined : REAL_NAME_FIELD.exec(ctx.text.slice(from, to))?.[1];
      return (own !== undefined && isLoginOfName(s, own)) || isHandleOfNamedPerson(s, ctx, SIBLING_REACH);
    }
    return true;
  },
  redactAs: 'user',
  references: ['https://gdpr-info.eu/art-4-gdpr/', 'https://httpd.apache.org/docs/2.4/logs.html#common'],
  examples: {
    positive: [
      // an identity provider's sign-in in an incident timeline, and a SIEM's account entity
      '| 2024-03-12 07:03 | Okta | Successful sign-in for maren.holtby from 203.0.113.77 |',
      '{ "kind": "Account", "properties": { "accountName": "maren.holtby", "upnSuffix": "corp.example.net" } }',
      // a Czech collections export's "processed by" column
      'Číslo případu;Stav;Zpracoval;Poznámka\nVYM-2025-0113;PLÁNOVÁNO;okrejci;dohoda o splátkách\n',
      // a security alert's assignee, an analyst's first.last login
      '{"detection": "impossible travel", "priority": "P2", "assignee": "tamar.golan"}',
      // a GitHub audit log's actor, with the actor's IP
      '{"@timestamp":1710201600000,"action":"git.clone","actor":"xq-builds","actor_id":100000001,"actor_ip":"203.0.113.7","repo":"acme/api"}',
      // an HR export's last column, its header in capitals
      'PERNR,ENAME,ORGEH,LOGIN\n00917342,"Mei-Ling Example",IT,mlhuang\n',
      // a VPN gateway's user, initials and a Taiwanese family name
      'type="event" subtype="vpn" logdesc="SSL VPN tunnel-up" remip=198.51.100.23 user="kmchiu" group="vpn-users"',
      // a school's sign-in log: the record gives the account a student's role
      '{"event":"SIGN_IN","username":"ezarate09","role":"student","app":"Drive"}',
      '2025-01-09 10:12:40,118 INFO [shop.orders] export start user=tgrabarczyk region=pl',
      // a Nordic support ticket's handler, in its Markdown table and as a label
      '| Handläggare | johanna.lindqvist |',
      '- **Tildelt:** ingrid.solberg (2. linje)',
      // a Slack export's display name, an initial and the surname its real name spells
      '{"id": "U05ABCDE12", "real_name": "Marta Wierzbowska", "display_name": "m.wierzbowska"}',
      '2024-11-12 08:15:37,572 INFO clientes.views busqueda resultado=1 usuario=tgrabarczyk',
      // pam_duo's second factor passed: a person's account
      "Apr 02 11:42:10 login2 sshd[1254]: pam_duo(sshd:auth): Successful Duo login for 'tkowalczyk' from 198.51.100.12",
      // FreeRADIUS's authentication log, an EAP login and a rejected one
      'Tue Mar 11 07:14:02 2025 : Auth: (1042) Login OK: [mwisniewska/<via Auth-Type = eap>] (from client ap-floor2 port 0 cli 3C-22-FB-11-22-33)',
      'Tue Mar 11 07:15:40 2025 : Auth: (1043) Login incorrect (mschap: MS-CHAP2-Response is incorrect): [tkowalczyk/<via Auth-Type = eap>] (from client ap-floor2 port 0)',
      // a Turkish application log's user field
      '{"@t":"2025-03-11T07:00:23Z","@mt":"HTTP {RequestMethod} {RequestPath} responded {StatusCode}","Kullanici":"tkowalczyk","StatusCode":200}',
      // Slurm's sacct --parsable2: cells between pipes, the header's User cell
      'JobID|User|Account|JobName|State\n1200417|tkowalczyk|lanternf_lab|sweep-lr|COMPLETED\n1200418|ahendrix|lanternf_lab|eval|FAILED',
      'pc07  ansible_host=10.20.6.40 ansible_connection=winrm ansible_user=hdvorakova',
      '203.0.113.7 - - [14/May/2024:08:00:04 -0300] "GET /admin/api/lots HTTP/2.0" 200 7411 "-" "curl/8.4" rt=0.718 uid=hdvorakova',
      "Refreshed contact 'sip:2101@10.12.7.9:5060;ob' to AOR '2101' (UA: Yealink SIP-T31P) site=JHB agent=tmokoena",
      'asset_tag,model,serial,wifi_mac,assigned_login,location\nPW-LT-0201,MacBook Pro 14,W8VDYJ44KR,3C:22:FB:5A:67:91,dkowalski,Austin',
      'hostname,serial,mac_eth,primary_user,department\nSAAR-WS-019,PF3KX9Q2,14:7D:DA:6C:BE:D8,andres.rebane,IT\n',
      '**Opened by:** Marisol Quintero (@mquintero)  **Assignee:** platform',
      '{"id": "U05B", "name": "karim-elhaddad", "real_name": "Karim El Haddad"}',
      '2024-05-02T09:14:03.1183021Z GITHUB_TRIGGERING_ACTOR=mquintero-dev',
      `command="/usr/bin/rrsync /srv" ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI${fake('{b43}', 701)} tvanderlinden@laptop-2024`,
      'Traceback (most recent call last):\n  File "/Users/annika.bergstroem/dev/fahrwerk/app.py", line 12, in <module>',
      'PS C:\\Users\\mkowalczyk\\source\\repos\\Api> dotnet run',
      // a PowerShell prompt in the home folder itself
      'PS C:\\Users\\tvanderberg> dotnet build -c Release',
      '"path": "C:\\\\Users\\\\sandrine.morel\\\\AppData\\\\Local\\\\Temp"',
      'osteria.it:443 1.22.173.61 - mrossi [02/Jun/2024:21:15:47 +0200] "GET /prenota HTTP/1.1" 200 5950',
      '"user": {"id": "48213", "email": "r.monteiro@uol.com.br", "username": "rmonteiro"}',
      'User: annika.bergstroem',
      'github.com:\n    git_protocol: https\n    user: cgallagher-kestrel',
      '{"current": "https://api.pulumi.com", "accounts": {"https://api.pulumi.com": {"username": "mmeijer"}}}',
      'machine github.com\n  login cgallagher-kestrel\n  password ghp_placeholder',
      // a login its owner's name spells, or whose home directory is near
      'users:\n  - name: mkowalczyk\n    comment: "Magdalena Kowalczyk"\n    groups: [sudo]',
      '{"id": "U04QX7", "name": "hvestergaard", "real_name": "Henrik Vestergaard", "is_bot": false}',
      // DiscordChatExporter's message author: the login as name, the person as nickname
      '"author": {\n  "id": "1187652558733312177",\n  "name": "rcastellano",\n  "discriminator": "0000",\n  "nickname": "Rosa Castellano"\n}',
      // every given name's initial before the surname
      '{"user_profile": {"first_name": "Ramon Jay", "real_name": "Ramon Jay Bautista", "display_name": "rjbautista", "name": "rjbautista"}}',
      // a Vietnamese login: the given name (the last word) and the other words' initials
      '{"user_profile": {"real_name": "Nguyễn Thị Thu Hà", "display_name": "hantt"}}',
      '"user_profile": {\n  "real_name": "Lars Heinemann",\n  "display_name": "lheinemann"\n}',
      'bastion ansible_host=192.0.2.44 ansible_user=tkraemer\n# keys in /home/tkraemer/.ssh',
      // a university's or a cluster's account: initials and a number
      'SLURM_JOB_ID=4471823\nUSER=tlq27\nSLURM_JOB_PARTITION=GPU-shared\n',
      '$ ssh dmerriweather@10.42.0.10\ndmerriweather@10.42.0.10: Permission denied (publickey).',
      'ssh-keygen -t ed25519 -C "kvogelsang@quillmark-laptop"',
      'STAFF = [  # (username, full name, e-mail)\n    ("chargreave", "Callum Hargreaves", "callum.h@quillmark.io"),',
      'Issue key,Summary,Reporter,Assignee,Status\nPLAT-1188,SCIM sync fails,kabernathy,kostermann,Done',
      '[I 2024-06-11 09:58:47.551 JupyterHub base:920] User logged in: priya.nair',
      'wandb: Currently logged in as: karthik_sub (acme-ds). Use `wandb login --relogin` to force relogin',
      '"profile": {"real_name": "Jonas Becker", "display_name": "jonas.becker"}',
      '<server>\n  <id>internal</id>\n  <username>annika.bergstroem</username>\n</server>',
      'Started by GitHub push by callum-hargreaves',
      'Mar 12 06:27:17 bastion-eu sshd[10344]: Accepted publickey for nchebet from 198.51.100.24 port 52009 ssh2',
      'Host bastion-fra\n    HostName 198.51.100.30\n    User lbergmann\n    IdentityFile ~/.ssh/id_ed25519',
      '"userIdentity": {"type": "IAMUser", "arn": "arn:aws:iam::440314455362:user/lbergmann", "userName": "lbergmann"}, "sourceIPAddress": "198.51.100.2", "email": "lena.bergmann@fahrwerk-mobil.de"',
      '<developers>\n  <developer>\n    <id>kinga-wroblewska</id>\n    <name>Kinga Wróblewska</name>',
      '"author": {\n  "name": "Ishita Banerji",\n  "url": "https://github.com/banerjii"\n}',
      'serial,imei,qa_status,qa_by\nSC-DE-000417,356938035643809,ok,fwalczak\n',
      'Mar 12 08:01:44 hpc-login2 sshd[22860]: pam_unix(sshd:session): session opened for user mdekker(uid=31522) by (uid=0)',
      'Mar 03 07:41:12 jump-02 systemd-logind[702]: New session 318 of user rbauer.\nMar 03 07:42:00 jump-02 CRON[7001]: ok',
      '{"ts": "2025-03-02T09:40:30Z", "actor": "tbalogun", "actor_email": "tunde.balogun@kestrel-learn.example", "action": "export"}',
      // a login that spells a name (initial and surname, given name and surname), with no address near
      '"userIdentity": {"type": "IAMUser", "arn": "arn:aws:iam::440314455362:user/kbrennan", "accountId": "440314455362"}',
      '"userIdentity": {"type": "AssumedRole", "principalId": "AROAJ2Q7ZK4HXN3WLMPQR:sofiacosta"}',
      '{"exported_at": "2025-03-02T09:40:30Z", "_exported_by": "mtremblay", "rows": 1200}',
      '[I 2024-03-20 09:31:02.181 JupyterHub log:132] Culling server kbrennan (inactive for 01:00:12)',
      "CREATE USER IF NOT EXISTS SOFIACOSTA LOGIN_NAME = 'sofia.costa@quellmark.io' DEFAULT_ROLE = ANALYST;",
      'default_args = {\n    "owner": "kbrennan",\n    "retries": 2,\n}',
      '{"id": "U05C7", "name": "myilmaz", "real_name": "Mehmet Yılmaz"}',
      'serial;mac;model;site;login;last_seen\n22154520501234;00:A0:C6:3F:91:7E;Zebra TC52;VNL1;fjansen;2024-06-13T21:48:10Z',
      '{"export": "mitarbeiter_CH", "erstellt_von": "nbrunner", "anzahl": 42}',
      "  ✓ Logged in to github.com account dsokolov (keyring)",
      'timestamp_utc,moderator,action,target_user\n2026-03-01T10:12:44Z,mkowalczyk,timeout,spamlord_9000',
      'aws sts get-session-token --serial-number arn:aws:iam::482916730155:mfa/mkowalski --token-code 123456',
      '# fields: ts | operator | region | action\n2024-06-11 09:02:55+09:00 | hwang.dayeon | kr | grant',
      // a German access log's user column (Benutzer)
      'zeit;benutzer;rolle;aktion\n2024-03-14 08:00:00;m.bakker;DBA;LOGIN\n',
      'ts,operator,region\n2024-06-11 09:02:55,hwang.dayeon,kr',
    ],
    negative: [
      '"account_name": "acme-retail-prod",',
      'Failed login for admin from 203.0.113.9',
      // an app's database account beside its mail desk's login, which spells the same desk
      'DB_NAME=ticketing\nDB_USER=tickets\nSMTP_USER=tickets@radhaus-nord.de',
      // a chat transcript's user turn: what the user said, not a login
      'User: publishing our internal package fails with E401. configs:\n\n~/.npmrc\n```\n//registry.npmjs.org/:_authToken=${NPM_TOKEN}\n```\n\nAssistant: the token needs a scope.\n',
      // AWS's documentation person as an IAM user, and a file right under /home
      '            "authorArn": "arn:aws:iam::123456789012:user/Nikhil_Jayashankar",',
      'aws emr get --cluster-id j-3SD91U2E1L2QX --key-pair-file ~/.ssh/mykey.pem --src /home/hadoop-examples.jar --dest ~',
      '    at Object.<anonymous> (/home/index.js:1:15)\n<li><code>/home/node_modules/bar.js</code></li>',
      '{"detection": "impossible travel", "priority": "P3", "assignee": "soc-tier2"}',
      '{"event":"SIGN_IN","username":"kiosk_lib2","role":"device","app":"Drive"}',
      // a MAC authentication bypass: the device's address is the user
      'Tue Mar 11 07:16:05 2025 : Auth: (1044) Login OK: [a4c3f0851b2e/<via Auth-Type = Accept>] (from client sw-core port 12 cli A4-C3-F0-85-1B-2E)',
      // (initials are consonants: no e. c. Ho, no u. s. i. Ng)
      'logdesc="SSL VPN tunnel-up" user="echo" group="VPN-Test"',
      'logdesc="SSL VPN tunnel-up" user="using" group="VPN-Test"',
      // an SDK's doc comment: the option's word is no account, and the sign-in it speaks of no one's
      '     *          login: will force the user to enter their credentials\n     *          no_session: will not read a session when the user is successfully authenticated',
      // a loyalty programme's member number as an API's authenticated user in an access log
      '91.222.110.9 - NLR-DE-0000417 [03/Jun/2024:06:58:48 +0000] "GET /api/v1/members/NLR-DE-0000417/coupons HTTP/1.1" 200 512',
      // a service's generated user id in an access log's user field
      '203.0.113.9 - usr_Q7bLk2TfW9pZr4MxNa3e [14/May/2024:09:12:00 +0000] "GET /v1/me HTTP/2.0" 200 512',
      // a given name alone as a display name (decision, session 30)
      '{"user_profile": { "real_name": "Chidi Okonkwo", "display_name": "chidi", "team": "T05" }}',
      'uid=1000(ubuntu) gid=1000(ubuntu) groups=1000(ubuntu),27(sudo)',
      // a machine's numbered account
      'USER=web01\nHOSTNAME=web01.internal\n',
      '[orbitacx-blr]\ntype=auth\nusername=orbitacx_blr_trk',
      '[orbitacx-blr-2]\ntype=auth\nusername=orbitacx_blr_trk2',
      'GITHUB_ACTOR=dependabot[bot]',
      'GITHUB_ACTOR=github-actions[bot]',
      'Host github.com\n    User git\n    IdentityFile ~/.ssh/id_ed25519',
      '"arn": "arn:aws:iam::440314455362:user/ci-deployer"',
      '"arn": "arn:aws:iam::440314455362:user/mariadb"',
      '"arn": "arn:aws:sts::440314455362:assumed-role/ci/botocore-session-1700000000"',
      '{"approvedBy": "terraform", "order_by": "created_at"}',
      // a team owns it (its mailbox spells the same letters)
      'default_args = {\n    "owner": "data-platform",\n    "email": ["data-platform@quellmark.io"],\n}',
      '<dependency>\n  <groupId>org.example</groupId>\n  <id>central</id>',
      '"repository": {"type": "git", "url": "https://github.com/kestrel"}',
      'SELECT region, order_by\nemea,created_at\n',
      'Mar 12 06:30:02 bastion sshd[1044]: Failed password for invalid user oracle from 198.51.100.7 port 41122 ssh2',
      'Mar 12 06:30:05 bastion sshd[1046]: Accepted publickey for ubuntu from 10.0.4.2 port 50122 ssh2',
      'Sep 13 00:18:03 edi-gw-01 sshd[32865]: Accepted password for nordhaven_edi from 192.0.2.26 port 37454 ssh2',
      '{"ts": "2025-03-02T09:40:30Z", "actor": "scheduler", "action": "rotate"}',
      `ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI${fake('{b43}', 702)} root@bastion-01`,
      'Inject the store in the constructor (@Inject) and read it lazily',
      'See the typings (@types/node) for the full list.',
      'cd /home/runner/work/app && npm ci',
      'File "/home/jovyan/work/analysis.ipynb"',
      'see http://www.currency-iso.org/en/home/tables/table-a1.xml',
      '10.0.0.1 - - [02/Jun/2024:21:15:47 +0200] "GET / HTTP/1.1" 200 12',
      'spring.datasource.username: app_rw',
      '"username": "postgres", "password": "${DB_PASSWORD}"',
      'docker run -v /Users/you/project:/app',
      '"cwd":"/Users/maya/code/ledger-api"',
      'User: the person who runs the command',
      '        return "18"; // TODO(grzegorz): implement properly, see KES-1182',
      '# kestrel api - production env (copied from 1Password by @dvries)',
      'machine ftp.partner-logistik.de\n  login fahrwerk_upload\n  password ${FTP_PASSWORD}',
      '{"name": "binaryextensions", "description": "Binary Extensions: a list of binary file extensions"}',
      'web-1 ansible_host=192.0.2.10 ansible_user=deploy\nDB_USER=app',
      'ssh -i ~/.ssh/key.pem ubuntu@ec2-3-120-1-9.eu-central-1.compute.amazonaws.com and git clone git@github.com:acme/app.git',
      '    ("svc_backup", "Backup Service", "ops@quillmark.io"),',
      'Logged in as: deploy_bot',
      '<username>ci-runner</username>',
      '{"display_name": "release.train", "is_bot": true}',
      'Issue key,Summary,Reporter,Assignee,Status\nPLAT-1190,Rotate keys,jira-automation,unassigned,open',
      '| ts | operator | status |\n|---|---|---|\n| 09:02 | cron | ok |\n| 09:03 | system | ok |',
    ],
  },
});
