// User names and handles shared by the rules that report them (user-name, user-mention,
// code-annotation-owner): which accounts are services, and whether a login reads as a person's.
import type { MatchContext } from '../../types';
import { columnHeader } from './_context';
import { isRoleMailbox } from './_mailboxes';
import { ALL_GIVEN_NAMES, VIETNAMESE_FAMILY_NAMES } from './_names';
import { LOGIN_LOOKALIKES } from './_loginLookalikes';
import { SURNAMES } from './_surnames';
import { native } from '../../scan/nativeRegex';
import { sharedHints } from '../../scan/sharedHints';

/** A test account's, a bot's or a service's handle. */
const MACHINE_HANDLE = native(/^(?:x{3,}|test|demo|user|admin)[\w.-]*$|(?:bot|svc)\d*$|(?:^|[._-])(?:runner|agent|service|daemon)\d*$/u);

/** Accounts that name a role, a service or a placeholder, not a person. */
export const NOT_A_PERSON: ReadonlySet<string> = new Set(
  (
    'postgresql mysql mariadb redis mongodb ' +
    'root user users admin administrator forge ploi ubuntu debian centos fedora alpine ec2-user azureuser vagrant runner runneradmin vsts cloudtest node app ' +
    // a shared host's one account name for every site (SiteGround's /home/customer/www/…)
    'customer ' +
    'apps application jovyan circleci jenkins travis buildkite vscode codespace codespaces gitpod docker git www-data www nobody ' +
    'daemon build builder ci cd deploy deployer shared public default guest test tester testuser demo me you name username ' +
    'yourname yourusername your-name your_name your-user your_user myuser myname john jane johndoe janedoe jdoe foo bar baz ' +
    'example sample project projects dev developer pi postgres mysql oracle nginx apache tomcat redis mongodb elastic kibana ' +
    'grafana prometheus service services system sys operator ops devops support info anonymous unknown null none undefined ' +
    'true false login password string local library applications desktop documents downloads appdata programdata work workspace ' +
    'workspaces src code repos tmp temp data home var opt srv mnt webpack dependabot renovate github-actions ' +
    // data platforms' service accounts
    'airflow dagster prefect spark hadoop hdfs yarn hive jupyter jupyterhub metabase superset mlflow ' +
    // words that are roles or topics, not people
    'perf performance security cleanup refactor later soon someday future followup follow-up bug bugs feature features tests ' +
    'docs doc i18n l10n a11y api ui ux infra deps migration hack temp release compat typing types lint style hotfix v1 v2 v3 ' +
    'mvp prod staging backend frontend db sql auth cache logging metrics telemetry errors error config owner author assignee someone ' +
    'unassigned nobody everyone anyone team ' +
    // the same roles in the labels' other languages
    'beheer beheerder verwaltung administrador amministratore gestion'
  ).split(' '),
);

/**
 * Words that follow an `@` in code and markup, not in a mention: documentation tags (JSDoc, TSDoc,
 * Javadoc, Doxygen, phpDoc), CSS, Sass and Less at-rules, annotations and attributes written in lower
 * case (Swift, Dart, Objective-C, Elixir), template directives (Razor, Blade), a Makefile's or a
 * batch file's silenced command, chat platforms' group mentions, and npm's dist-tags.
 */
export const CODE_AT_WORDS: ReadonlySet<string> = new Set(
  (
    // documentation tags
    'param params arg argument arguments return returns retval throws throw exception type typedef typeparam tparam template ' +
    'property prop callback example examples deprecated see since version author license copyright preserve internal private ' +
    'public protected readonly static abstract override final virtual sealed alpha beta experimental hidden ignore inheritdoc ' +
    'module namespace file fileoverview overview package packagedocumentation summary remarks todo link linkcode linkplain ' +
    'default defaultvalue const constant enum event fires listens member memberof name kind class constructor function func ' +
    'method async generator global inner instance interface implements extends augments borrows lends mixes mixin exports ' +
    'external host requires this tutorial variation yields satisfies overload import brief note warning code endcode date ' +
    'details pre post bug attention sa ref li defgroup ingroup addtogroup struct fn var def exception invariant remark par ' +
    'verbatim endverbatim image snippet copydoc test tests serial apinote implspec implnote index uses provides value literal ' +
    'docroot category group label decorator expand inline document subpackage api filesource source covers depends before after ' +
    'dataprovider codecoverageignore noinspection suppress dict export externs nocollapse nocompile nosideeffects record ' +
    'unrestricted define jsx jsxfrag jsximportsource flow noflow format ts-ignore ts-expect-error ts-nocheck ts-check ' +
    'vite-ignore webpackchunkname license-start license-end end description chainable url api-docs desc alias ' +
    // a generated file's marker (`@generated by mypy-protobuf`), IPython's directive pseudo-decorators
    'generated savefig doctest cond endcond lambda-proxy lambda-form-invoker ' +
    // ARFF's declarations (Weka's data files)
    'relation attribute ' +
    // Vim's syntax clusters (`contains=luaSpecial,@Spell`)
    'spell nospell ' +
    // CSS, Sass and Less at-rules
    'media keyframes font-face supports tailwind apply layer use forward include extend if else each for while return charset ' +
    'page container counter-style font-feature-values viewport at-root content debug warn error plugin screen variants config ' +
    'reference theme utility custom-variant starting-style scope ' +
    // annotations and attributes in lower case; template directives; silenced commands
    'objc nonobjc escaping autoclosure available inlinable frozen unknown main testable preconcurrency dynamic synthesize ' +
    'implementation optional required protocol selector encode try catch finally synchronized autoreleasepool immutable ' +
    'doc moduledoc typedoc spec impl behaviour derive enforce_keys opaque macrocallback optional_callbacks compile ' +
    'dataclass staticmethod classmethod abstractmethod cached_property pytest app router model using inject inherits ' +
    'layout section yield csrf auth guest endif endforeach foreach endfor endwhile endsection php endphp props emit input output ' +
    'click submit change keyup keydown echo rem off on set ' +
    // group mentions and dist-tags
    'here channel everyone all team latest next canary stable nightly rc lts ' +
    // log records' own fields: CloudWatch Logs Insights' (`@timestamp,@message,@logStream`), Logstash's and Elasticsearch's
    'timestamp message logstream log ptr ingestiontime requestid version metadata'
  ).split(' '),
);

/** What a person did, right before `by <login>` (or `durch`, `por`, `par`): logs, exports, runbooks. */
export const ACTION_BEFORE =
  /(?:^|[^a-z])(?:exported|generated|created|taken|run|re-?run|triggered|started|uploaded|applied(?: manually)?|approved|rotated|revoked|deleted|edited|modified|updated|verified|requested|signed|merged|pushed|deployed|reviewed|cancell?ed|closed|opened|assigned|reset|restored|imported|dumped|captured|rolled back|written|authored|maintained|added|fixed|patched|configured|installed|provisioned|decrypted|migrated|reported|raised|filed|storniert|manuell|exportiert|erstellt|gelöscht|geändert|exportado|generado|creado|eliminado|exporté|créé|supprimé|genererad|genererat|exporterad|exporterat|beställt|beställd|skapad|skapat|ändrad|godkänd|eksportert|eksporteret|generert|genereret|opprettet|oprettet|bestilt|endret|ændret|godkjent|godkendt|geëxporteerd|gegenereerd|aangemaakt|gewijzigd|wygenerowane|wygenerowany|wyeksportowane|utworzone|utworzony|zmienione|zatwierdzone)(?:[ \t][^\n]{0,40}?)?[ \t]$/iu;

/** Parts of an account name that make it a service's or a team's: `fahrwerk_upload`, `ci-deploy`, a trading partner's `acme_edi`, `data-platform`. */
const SERVICE_PARTS = new Set(
  'job jobs worker scheduler nightly breakglass build mirror support helpdesk upload download auto reportes informes flyway liquibase migration migrations migrator alembic deploy deployer backup pgbackup restore sync ci cd bot svc service app api system admin cron batch etl import export ftp sftp smtp mail noreply readonly rw ro integration automation jira ansible awx jenkins terraform runner gitlab github pipeline monitor nagios zabbix edi as2 oftp b2b partner team eng engineering platform data infra sre ops devops analytics security trk trunk sip pbx voip ivr scraper exporter prom prometheus grafana alertmanager argocd fluxcd probe healthcheck'.split(' '),
);

/** Credentials files of developer platforms, whose user field is a person's login. */
const PLATFORM_LOGIN_CONTEXT = /git_protocol|oauth_token|api\.pulumi\.com|"accessTokens"|index\.docker\.io|registry\.npmjs\.org/u;
/**
 * The same words as hints: whether a text holds any of them at all (most don't: no window is
 * searched then). Registered as shared hints, so the keyword pass answers for every rule that
 * calls isPersonalHandle; a whole-text search took 4% of a rescan of a 5,000-line bundle.
 */
const PLATFORM_LOGIN_HINTS = sharedHints(['git_protocol', 'oauth_token', 'api.pulumi.com', '"accesstokens"', 'index.docker.io', 'registry.npmjs.org']);

/** A login that names a service, a bot or a placeholder, not a person (`ci-deploy`, `svc_backup`, `test-user`). */
export function isServiceAccount(s: string): boolean {
  const lower = s.toLowerCase();
  // (`runner` ends a word only after a separator: Brunner's login, `nbrunner`, is a person's.)
  if (NOT_A_PERSON.has(lower) || MACHINE_HANDLE.test(lower)) return true;
  // A service account names its job in one of its parts: fahrwerk_upload, ci-deploy, app.backup.
  return lower.split(/[._-]/u).some((part) => SERVICE_PARTS.has(part) || SERVICE_PARTS.has(part.replace(/\d{1,3}$/u, '')));
}

/** The letters of a handle or an address's local part: `r.monteiro` → `rmonteiro`. */
function lettersOf(s: string): string {
  return s.toLowerCase().replace(/[^a-z]/gu, '');
}

/**
 * A user label's value is a person's handle when it is written first.last with a known given name
 * (annika.bergstroem), when its first part spells a name (see spellsPersonName), when an e-mail
 * address close by spells the same letters (rmonteiro next to r.monteiro@…), or a full name or home
 * directory near it does (see isHandleOfNamedPerson): service accounts (`username: app_rw`) have
 * none of these.
 */
export function isPersonalHandle(s: string, ctx: MatchContext): boolean {
  const parts = s.split(/[._-]/u);
  const first = parts[0] ?? '';
  if (parts.length >= 2 && isGivenName(first.toLowerCase(), 2)) return true;
  // Family name first, as Japanese, Korean and Chinese logins often are (`sato.yui`): a lexicon surname and a given name.
  if (parts.length === 2 && isSurnameLetters(first.toLowerCase()) && isGivenName((parts[1] ?? '').toLowerCase(), 2)) return true;
  // An initial, a dot and a surname (`t.kowalczyk`, `k.sjoberg`): the lexicon's surnames or their endings.
  if (parts.length === 2 && /^[a-z]\.[a-z]{4,24}$/u.test(s) && isSurnameLetters(parts[1] ?? '')) return true;
  if (spellsPersonName(first)) return true;
  // A university's or a cluster's account: initials and a number (`tlq27`, `rva14`, `dmr88`), not a
  // machine's or a role's (`web01`, `svc2`, `user1`).
  if (/^[a-z]{2,4}\d{1,4}$/u.test(s) && !INFRA_PREFIX.test(s)) return true;
  const letters = lettersOf(s);
  if (letters.length < 4) return false;
  const near = ctx.text.slice(Math.max(0, ctx.start - 300), Math.min(ctx.text.length, ctx.end + 300));
  // Initials and a Chinese family name, as Taiwan's, Hong Kong's and China's directories make logins
  // (`kmchiu`, `hclin`, `ychen`): a user label vouches for it, so short family names count.
  if (isInitialsAndChineseSurname(s)) return true;
  // A record that says its account is a person's by role (`"role": "student"`, `user_type=teacher`).
  if (native(PERSON_ROLE_SIBLING).test(near)) return true;
  // A developer platform's login in its CLI's credentials file (gh hosts.yml, Pulumi, Docker).
  if (PLATFORM_LOGIN_HINTS.some(ctx.hasHint) && PLATFORM_LOGIN_CONTEXT.test(near)) return true;
  // (Only where an address can be: the search reads up to 64 characters back from every position.)
  for (const m of near.includes('@') ? near.matchAll(/([\w.+-]{2,64})@[\w-]+\./gu) : []) {
    // (A desk's mailbox spells a desk: `DB_USERNAME=shop` beside `MAIL_USERNAME=shop@…` is the shop's account.)
    if (isRoleMailbox((m[1] as string).toLowerCase())) continue;
    const local = lettersOf(m[1] as string);
    if (local.length >= 4 && (local === letters || local.includes(letters) || letters.includes(local))) return true;
    // first.last@ near an initial-and-surname login (tunde.balogun@… beside tbalogun)
    const [given, surname, more] = (m[1] as string).toLowerCase().split(/[._-]/u);
    if (more === undefined && given && surname && surname.length >= 3 && (letters === given.charAt(0) + lettersOf(surname) || letters === lettersOf(surname) + given.charAt(0))) return true;
  }
  return isHandleOfNamedPerson(s, ctx);
}

/** A sibling field that gives the account's holder a person's role (`"role":"student"`, `user_type=teacher`). */
const PERSON_ROLE_SIBLING = /["']?(?:role|user_?type|account_?type|usertype|persona)["']?[ \t]{0,2}[:=][ \t]{0,2}["']?(?:student|teacher|parent|guardian|staff|employee|faculty|member|customer|patient|pupil|learner)s?(?![\w-])/iu;

/**
 * Chinese family names as Taiwan (Wade-Giles and its local spellings), Hong Kong (Cantonese) and
 * China (pinyin: PINYIN_SURNAMES) romanize them, for logins made of initials and the family name.
 */
const ROMANIZED_CHINESE_SURNAMES = new Set([
  'chang', 'chiu', 'kuo', 'hsu', 'tsai', 'chien', 'chou', 'chuang', 'hsieh', 'tseng', 'lai', 'yeh', 'kao', 'hung', 'chiang', 'chao', 'lo',
  'tsao', 'shih', 'hsiao', 'lee', 'hsueh', 'teng', 'tung', 'chung', 'chu', 'tu', 'chan', 'wong', 'cheung', 'leung', 'lam', 'yip', 'tse',
  'kwok', 'tsang', 'chow', 'fung', 'mak', 'choi', 'yeung', 'kwan', 'hui', 'siu', 'poon', 'ngai', 'chau', 'wan', 'tam', 'ko', 'ho', 'yau',
  'chuan', 'hsiung', 'kung', 'tsui', 'chai', 'pai', 'tsou', 'chin', 'chun', 'hsia', 'chi', 'chen', 'lin', 'huang', 'wang', 'liu', 'yang', 'wu', 'cheng',
]);

/** One to three initials (consonants) and a romanized Chinese family name (`kmchiu`, `tpsu`, `hclin`), four letters at least, no service's name. */
function isInitialsAndChineseSurname(s: string): boolean {
  if (!/^[a-z]{4,12}$/u.test(s) || isServiceAccount(s)) return false;
  for (let i = 1; i <= 3 && s.length - i >= 2; i++) {
    // (Initials are consonants: `echo` is no e. c. Ho, nor `kitchen` a k. i. t. Chen.)
    if (/[aeiou]/u.test(s.charAt(i - 1))) return false;
    const family = s.slice(i);
    if (ROMANIZED_CHINESE_SURNAMES.has(family) || PINYIN_SURNAMES.has(family)) return true;
  }
  return false;
}

/** Letters that start a machine's, a role's or a test account's numbered name. */
const INFRA_PREFIX = native(/^(?:app|web|db|svc|srv|sys|dev|test|tst|prod|qa|stg|node|host|vm|user|usr|admin|adm|guest|demo|bot|job|run|ci|cd|api|ftp|www|pc|ws|lab|gpu|cpu|gw|fw|sw|rtr|nas|san|lb|mq|kafka|redis|cache|acct|team|grp|group|role|temp|tmp)\d/u);

/** A login's letters with German umlauts' ASCII spellings (ae, oe, ue) read as the plain vowel, as names fold them. */
function withoutUmlautSpellings(letters: string): string {
  return letters.replace(/ae/gu, 'a').replace(/oe/gu, 'o').replace(/ue/gu, 'u');
}

/**
 * A login that reads as a person's by its letters alone, with nothing near to confirm it: first.last
 * with a known given name or a common surname (`pieter.vandermerwe`), or one word that spells a
 * name (see spellsPersonName: `jortega`, `sofiacosta`). Never a service account's.
 */
export function spellsPersonLogin(s: string): boolean {
  if (isServiceAccount(s)) return false;
  const parts = s.toLowerCase().split(/[._-]/u);
  if (parts.length === 2) {
    const [first, last] = parts as [string, string];
    // Chinese logins put the family name first, and digits after (`wang.lei88`, `zhang_wei`).
    if (isPinyinLogin(first, last.replace(/\d{1,4}$/u, ''))) return true;
    // (Or a given name and the surname's initial, as chat and CI logins are often made: `kavitha.m`.)
    if (/^[a-z]$/u.test(last)) return s.includes('.') && /^[a-z]{4,}$/u.test(first) && isGivenName(first);
    return /^[a-z]{3,}$/u.test(first) && /^[a-z]{3,}$/u.test(last) && (isGivenName(first) || SURNAMES.has(last));
  }
  if (parts.length !== 1) return false;
  if (spellsPersonName(s)) return true;
  // German umlauts as logins write them (mkoehler for Köhler): the surname lexicon has the plain letters.
  const plain = withoutUmlautSpellings(s.toLowerCase());
  return plain !== s.toLowerCase() && spellsPersonName(plain);
}

/** The commonest Chinese family names in pinyin (a fifth of all Chinese share the first five). */
const PINYIN_SURNAMES = new Set(['wang', 'zhang', 'liu', 'chen', 'yang', 'huang', 'zhao', 'zhou', 'xu', 'sun', 'zhu', 'guo', 'lin', 'gao', 'luo', 'zheng', 'liang', 'xie', 'song', 'tang', 'deng', 'feng', 'cao', 'peng', 'zeng', 'xiao', 'tian', 'dong', 'pan', 'yuan', 'cai', 'jiang', 'yu', 'du', 'ye', 'cheng', 'wei', 'su', 'lu', 'ding', 'ren', 'shen', 'yao', 'jin', 'qian', 'fang', 'shi', 'tan', 'liao', 'zou', 'xiong', 'hao', 'kong', 'bai', 'cui', 'kang', 'mao', 'qiu', 'qin', 'gu', 'hou', 'shao', 'meng', 'long', 'wan', 'duan', 'lei', 'qian', 'tang', 'yin', 'li', 'wu', 'ma', 'hu', 'he', 'zhong', 'fu', 'xia']);

/** One pinyin syllable without tone marks: an initial (or none) and a final (`lei`, `xiaoming` is two). */
const PINYIN_SYLLABLE = native(/^(?:[bpmfdtnlgkhjqxrzcsyw]|zh|ch|sh)?(?:a(?:i|o|n|ng)?|o(?:u|ng)?|e(?:i|n|ng|r)?|i(?:a(?:o|n|ng)?|e|u|n|ng|ong)?|u(?:a(?:i|n|ng)?|o|i|n|e)?|v|ve)$/u);

/** A given name of one or two pinyin syllables: `lei`, `wei`, `xiaoming`, `jiahui`. */
function isPinyinGiven(s: string): boolean {
  if (s.length < 2 || s.length > 12) return false;
  if (PINYIN_SYLLABLE.test(s)) return true;
  for (let i = 1; i < s.length; i++) if (PINYIN_SYLLABLE.test(s.slice(0, i)) && PINYIN_SYLLABLE.test(s.slice(i))) return true;
  return false;
}

/** A login of a Chinese family name and a pinyin given name, family name first (`wang.lei`, `chen_jiahui`). */
function isPinyinLogin(first: string, last: string): boolean {
  return PINYIN_SURNAMES.has(first) && isPinyinGiven(last) && !isServiceAccount(`${first}.${last}`);
}

/** A given name of `min` letters or more as the lexicon writes it, from a login's lower-case letters: `sofia` → `Sofia`. */
function isGivenName(letters: string, min = 3): boolean {
  if (letters.length < min) return false;
  const name = letters.charAt(0).toUpperCase() + letters.slice(1);
  return ALL_GIVEN_NAMES.has(name) || foldedGivenNames().has(name);
}

/** The lexicon's given names without their accents, as logins write them (`jose` for José, `ines` for Inês); built on first use. */
let foldedNames: ReadonlySet<string> | undefined;
function foldedGivenNames(): ReadonlySet<string> {
  foldedNames ??= new Set([...ALL_GIVEN_NAMES].map((n) => n.normalize('NFD').replace(/[\u0300-\u036f]/gu, '')));
  return foldedNames;
}

/**
 * Whether one part of a login spells a person's name by the usual conventions, with up to four
 * digits after it: an initial or two and a common surname (`kmaier`, `jpwalsh`), or a given name
 * and a surname (`sofiacosta`). A service account's name (`terraform`, `mariadb`) spells neither.
 * Decision: not a given name or a surname with an initial after it (`sofiac`, `maierk`): of the
 * English dictionary's words those forms took 260 (victory, normal, staff, change, salon), where the
 * two above take 28, none of them a word an account is named (cross, gross, thorn).
 */
function spellsPersonName(part: string): boolean {
  const l = part.toLowerCase().replace(/\d{1,4}$/u, '');
  return /^[a-z]+$/u.test(l) && spellsNameLetters(l, isSurnameLetters, 4);
}

/**
 * Whether lower-case letters are an initial (or two) and a surname of `minSurname` letters or more
 * (two initials: one letter more), as `isSurname` reads surnames, or a given name of the lexicon and
 * a lexicon surname of `minSurname` letters or more.
 */
function spellsNameLetters(l: string, isSurname: (s: string) => boolean, minSurname: number): boolean {
  if (l.length < minSurname + 1) return false;
  if (isSurname(l.slice(1)) || (l.length >= minSurname + 3 && isSurname(l.slice(2)))) return true;
  for (let i = 3; i <= l.length - minSurname; i++) if (SURNAMES.has(l.slice(i)) && isGivenName(l.slice(0, i))) return true;
  return false;
}

/**
 * Endings that make a surname of the word they end, in the languages that build surnames by them:
 * Polish (-ski, -ska, -cki, -cka, -wicz, -czyk, -czak), Czech and Slovak (-ský, -cký, the women's -ová), Greek (-opoulos, -akis, -idis), Georgian
 * (-shvili), Ukrainian (-enko, -chuk), Lithuanian (-aitis, -auskas), Nordic patronymics (-sson, -qvist,
 * -strom), Turkish (-oglu), South Slavic (-ovic, -evic), Romanian (-escu). With at least six letters,
 * so that a login's surname part is a surname (`egorecka`, `tvukovic`): the lexicon cannot list them
 * all. Only where a label vouches for a login (see spellsPersonName).
 */
const SURNAME_ENDING = native(/^[a-z]{2,}(?:ski|ska|cki|cka|sky|cky|ova|dzki|dzka|wicz|czyk|czak|opoulos|opoulou|akis|idis|shvili|enko|chuk|aitis|auskas|sson|qvist|strom|oglu|ovic|evic|escu)$/u);

/** A surname as a login's letters spell it: in the lexicon, or built with a surname ending (see SURNAME_ENDING). */
function isSurnameLetters(l: string): boolean {
  return SURNAMES.has(l) || (l.length >= 6 && SURNAME_ENDING.test(l));
}

/**
 * Whether a word's letters spell a login by themselves, strictly enough to be read with no label:
 * an initial or two and a surname of five letters or more (`kdabrowski`, `jpnunes`), or a given name
 * and such a surname (`sofiacosta`). Four-letter surnames make words in every language (gross is
 * g + Ross, usato u + Sato), so they count only where a label vouches for the login (see
 * spellsPersonName). Dictionary words that still pass are in LOGIN_LOOKALIKES (see isStandaloneLogin).
 */
export function spellsLoginLetters(l: string): boolean {
  // (The lexicon's surnames only, not SURNAME_ENDING's: Polish adjectives end the same way, and a
  // word such as `miejska` or `angielska` has no label here to say it is a login.)
  return spellsNameLetters(l, (s) => SURNAMES.has(s), 5);
}

/**
 * A lower-case word that reads as a person's login wherever it stands (see spellsLoginLetters),
 * up to four digits after it: not a service account, not a dictionary word (`fallen`, `slopes`).
 */
export function isStandaloneLogin(word: string): boolean {
  const letters = word.replace(/\d{1,4}$/u, '');
  return /^[a-z]+$/u.test(letters) && !LOGIN_LOOKALIKES.has(letters) && spellsLoginLetters(letters) && !isServiceAccount(word);
}

/** Folds a name to the letters a login spells: `Dąbrowska` → `dabrowska`, `Łukasz` → `lukasz`, `Yılmaz` → `yilmaz`. */
function foldLetters(s: string): string {
  return s
    .toLowerCase()
    .replace(/ł/gu, 'l')
    .replace(/ı/gu, 'i')
    .replace(/đ/gu, 'd')
    .replace(/ß/gu, 'ss')
    .replace(/ø/gu, 'o')
    .replace(/æ/gu, 'ae')
    .normalize('NFD')
    .replace(/[^a-z]/gu, '');
}

/** The logins a given name and a surname (folded) make by the usual conventions: jdoe, janedoe, doej, janed. */
function loginForms(given: string, surname: string): string[] {
  return [given[0] + surname, given + surname, surname + given[0], given + surname[0]];
}

/**
 * A login that spells a given full name by the usual conventions: the given name alone, given name
 * and surname, an initial and the surname, the surname and an initial, or all its words (`chidi`,
 * `pieter.vandermerwe`, `cokonkwo` for Chidi Okonkwo, Pieter van der Merwe).
 */
export function isLoginOfName(login: string, fullName: string): boolean {
  const letters = foldLetters(login);
  const words = fullName.split(/\s+/u).map(foldLetters).filter((w) => w.length > 0);
  if (letters.length < 3 || words.length < 2) return false;
  const given = words[0] as string;
  const surname = words[words.length - 1] as string;
  const rest = words.slice(1).join('');
  // (Every given name's initial before the surname: rjbautista for Ramon Jay Bautista.)
  const initials = words.slice(0, -1).map((w) => w[0]).join('') + surname;
  return [given, given + rest, given[0] + rest, words.join(''), initials, ...loginForms(given, surname)].includes(letters);
}

/** How far around a login its owner's name or home directory is looked for. */
const EVIDENCE_REACH = 600;
const NON_ASCII = /[^\x00-\x7f]/u;

/**
 * The logins that the full names in `near` (a known given name first) would make (`Marta Dąbrowska`
 * → mdabrowska, martadabrowska, dabrowskam, martad), and the users of its home directories.
 */
function loginsIn(near: string): Set<string> {
  const logins = new Set<string>();
  for (const m of near.matchAll(/(?<![\p{L}])(\p{Lu}\p{Ll}{1,20}) (?:(\p{Lu}\p{Ll}{1,20}) )?(\p{Lu}[\p{Ll}'’-]{2,24})(?![\p{L}])/gu)) {
    // A known given name: Title Case words ("Binary Extensions") spell package names, not logins.
    if (!ALL_GIVEN_NAMES.has(m[1] as string)) continue;
    const given = foldLetters(m[1] as string);
    const last = foldLetters(m[3] as string);
    if (given.length < 2 || last.length < 3) continue;
    // A middle word may be part of the surname in the login (Omar Al Mansouri: omar-almansouri).
    for (const surname of m[2] !== undefined ? [last, foldLetters(m[2]) + last] : [last]) {
      for (const login of loginForms(given, surname)) logins.add(login);
    }
  }
  for (const m of near.matchAll(/\/(?:home|Users)\/([A-Za-z][\w.-]{1,31})/gu)) logins.add(foldLetters(m[1] as string));
  return logins;
}

/**
 * A login that a full name near it spells (initial and surname, given name and surname…), or whose
 * home directory is shown near it: a person's, not a service's.
 */
export function isHandleOfNamedPerson(s: string, ctx: MatchContext, reach = EVIDENCE_REACH): boolean {
  const letters = foldLetters(s);
  if (letters.length < 5) return false;
  if (spellsNamedPerson(s, letters, ctx, reach)) return true;
  // German umlauts as logins write them: adoerfler for Andreas Dörfler (whose name folds to dorfler).
  const plain = withoutUmlautSpellings(letters);
  return plain !== letters && plain.length >= 5 && spellsNamedPerson(s, plain, ctx, reach);
}

/** isHandleOfNamedPerson for one spelling of the login's letters. */
function spellsNamedPerson(s: string, letters: string, ctx: MatchContext, reach: number): boolean {
  const { text, start } = ctx;
  const near = text.slice(Math.max(0, start - reach), Math.min(text.length, start + reach));
  if (near.includes(`/home/${s}/`) || near.includes(`/Users/${s}/`)) return true;
  // First a cheap test: a capitalised word near it starts with the surname (or the given name) the
  // login would spell. (Without the marks, a composed text keeps its length: offsets stay aligned.)
  const folded = NON_ASCII.test(near) ? near.normalize('NFD').replace(/[\u0300-\u036f]/gu, '').toLowerCase().replace(/ł/gu, 'l').replace(/ı/gu, 'i') : near.toLowerCase();
  const capitalisedAt = (part: string): boolean => {
    for (let i = folded.indexOf(part); i !== -1; i = folded.indexOf(part, i + 1)) {
      const c = near[i] as string;
      if (c !== c.toLowerCase()) return true;
    }
    return false;
  };
  if (VIETNAMESE_FAMILY_NAME.test(near) && vietnameseLoginsIn(near).has(letters)) return true;
  if (folded.length !== near.length || !spelledParts(letters).some(capitalisedAt)) return false;
  const logins = loginsIn(near);
  if (logins.has(letters)) return true;
  // Logins cut at 8 or 10 characters (chargreave for Callum Hargreaves).
  if (letters.length >= 6) for (const l of logins) if (l.startsWith(letters)) return true;
  return false;
}

/**
 * The parts of a login that a name near it must contain: the surname after one or two initials or
 * after a known given name, or the whole login but its last letter (surname and initial, given name
 * and initial).
 */
function spelledParts(letters: string): string[] {
  const parts = [letters.slice(1), letters.slice(2), letters.slice(0, -1)];
  givenLower ??= new Set([...ALL_GIVEN_NAMES].map((n) => foldLetters(n)));
  for (let k = 2; k <= letters.length - 3; k++) {
    if (!givenLower.has(letters.slice(0, k))) continue;
    // The surname, also after a two- or three-letter particle the name writes apart (al, de, van).
    parts.push(letters.slice(k), letters.slice(k + 2), letters.slice(k + 3));
  }
  return parts.filter((p) => p.length >= 3);
}

/**
 * Vietnamese family names, with and without their marks: Vietnamese logins are spelled from names
 * written family name first (Nguyễn Thị Thu Hà, Tran Minh Khoa).
 */
const VIETNAMESE_FAMILIES = [
  ...new Set(VIETNAMESE_FAMILY_NAMES.flatMap((n) => [n, n.normalize('NFD').replace(/[\u0300-\u036f]/gu, '').replace(/Đ/gu, 'D')])),
].join('|');
const VIETNAMESE_FAMILY_NAME = native(new RegExp(`(?<![\\p{L}])(?:${VIETNAMESE_FAMILIES}) \\p{Lu}`, 'u'));
const VIETNAMESE_FULL_NAME = native(new RegExp(`(?<![\\p{L}])(?:${VIETNAMESE_FAMILIES})(?: \\p{Lu}\\p{Ll}{0,6}){1,3}(?![\\p{L}])`, 'gu'));

/**
 * The logins Vietnamese full names in `near` make: the given name (the last word) and the other
 * words' initials, as companies assign them (hantt for Nguyễn Thị Thu Hà, khoatm for Trần Minh
 * Khoa), or the given name and the family name (khoatran).
 */
function vietnameseLoginsIn(near: string): Set<string> {
  const logins = new Set<string>();
  for (const m of near.matchAll(VIETNAMESE_FULL_NAME)) {
    const words = m[0].split(' ').map(foldLetters);
    const given = words[words.length - 1] as string;
    if (given.length < 2) continue;
    logins.add(given + words.slice(0, -1).map((w) => w.charAt(0)).join(''));
    logins.add(given + (words[0] as string));
  }
  return logins;
}

/** The wider lexicon's given names as logins spell them (built on first use). */
let givenLower: ReadonlySet<string> | undefined;

/** Column headers whose cells are people's logins in issue-tracker and audit exports (`created_by`, `qa_by`; not a query's `order_by`). */
// (and a login's column named for its system or its holder: `assigned_login`, `okta_login`, `github_login`;
// and the account columns of Windows security events and firewall logs: `TargetUserName`, `Source User`;
// an asset inventory's `primary_user`, `logged_on_user`)
export const PEOPLE_COLUMN = /^["'`]?(?:reporter|assignee|agente?|zpracoval|assigned[ _]to|analyst|investigator|creator|author|owner|requester|resolver|watcher|moderator|approver|reviewer|operator|actor|editor|(?:modificat|creat|actualizat|aprobat|exportat|generat)[ _]de|(?:creado|modificado|actualizado)[ _]por|(?!order|group|sort|partition|split|filter|index|cluster|distribute)[a-z]+[ _]by|(?:[a-z]{2,12}[ _])?login(?:[ _]id)?|uniqname|net[ _]?id|(?:(?:target|subject|source|src|dst|destination|process)[ _])?user[ _]?name|(?:source|src)[ _]user|(?:(?:primary|assigned|last|logged[ _]?on|current|end)[ _])?user|account[ _]?name|benutzer(?:[ _]?(?:name|kennung))?|gebruiker(?:snaam)?|utilisateur|usuario|utente)["'`]?$/u;

/** A numbered generic account of a fixture or a lab (`guest1`, `student12`, `node3`): no one's login. */
const NUMBERED_GENERIC = native(/^(?:guest|student|client|customer|member|node|host|server|staff|teacher|pupil|patient|employee|agent|operator|player|account|person|sample|example|trainee|intern|visitor|lab|class|spare|crew|cabin|room|kiosk|temp|shared|device|voucher)\d/u);

/**
 * A login written as a whole value under a people column (`created_by`, `username`, `ModificatDe`):
 * one or two lower-case words, not a shared desk's or a device's account (a password spray's
 * `helpdesk`, `scanner`); a university's or a cluster's logins end in a digit or two that tell
 * namesakes apart (`jlin4`, `tobrien2`). For a delimited table's cell and an SQL insert's tuple alike.
 */
export function isLoginInPeopleColumn(s: string, ctx: MatchContext): boolean {
  if (isRoleMailbox(s) || !/^[a-z]+(?:[._-][a-z]+)?$|^[a-z]{4,16}\d{1,2}$/u.test(s) || NUMBERED_GENERIC.test(s)) return false;
  const header = columnHeader(ctx);
  // (An export may write its headers in capitals: SAP's `LOGIN`, `USERNAME`.)
  return header !== undefined && native(PEOPLE_COLUMN).test(header.toLowerCase());
}
