import { defineRule } from '../defineRule';
import { lineStartNear } from './_context';
import { perText } from '../../scan/perText';
import { native } from '../../scan/nativeRegex';
import { CODE_AT_WORDS, NOT_A_PERSON } from './_handles';
import { TLDS } from './_tlds';

/**
 * Whether `at` lies inside a block comment: its last opening comes after its last closing. An
 * opening follows a space, a line start or code punctuation, not a path (`/src/payments/**`).
 */
function isInBlockComment(text: string, at: number): boolean {
  const close = text.lastIndexOf('*/', at);
  for (let open = text.lastIndexOf('/*', at); open > close; open = text.lastIndexOf('/*', open - 1)) {
    if (open === 0 || /[\s;{}()]/u.test(text.charAt(open - 1))) return true;
  }
  return false;
}

/** A handle after its `@`: GitHub's letters, digits and single hyphens, or a chat platform's underscores and dots. */
const HANDLE = '([A-Za-z0-9](?:[A-Za-z0-9_.-]{0,37}[A-Za-z0-9])?)';
/** What a handle must not run into: more of a name, a team (`@org/team`), a call, a domain, an attribute's value. */
const HANDLE_END = '(?![\\w@/(={\\[-]|\\.\\w|:[^\\s])';

/** Another owner on a CODEOWNERS line: a handle, a team or an e-mail address. */
const OWNER = '(?:@[\\w.-]+(?:\\/[\\w.-]+)?|[\\w.+-]+@[\\w-]+\\.[\\w.-]+)';

/** Words right before a mention that address or credit the person. */
const CUES = [
  '[Cc][Cc]', '/cc', 'Hi', 'Hey', 'Hello', 'Hallo', 'Hola', 'Ciao', 'Oi', 'Olá', '[Pp]ing', '[Aa]sk', '[Tt]ell', '[Oo]wners?', '[Aa]uthors?', '[Rr]eviewers?',
  '[Mm]aintainers?', '[Aa]ssignees?', '[Aa]pprovers?', '[Rr]eporters?', '[Cc]ontacts?', '[Pp]rimary', '[Ss]econdary', '[Bb]ackup',
  '[Ll]ead', 'DRI', '[Oo]n-?call', '[Ee]scalation', '[Aa]ssigned to',
  // a platform's name before the person's handle there: `(telegram @joce_d)`, `Slack: @ana`
  '[Tt]elegram', '[Ss]lack', '[Gg]it[Hh]ub', '[Gg]it[Ll]ab', '[Tt]witter', '[Dd]iscord', '[Ii]nstagram', '[Tt]ik[Tt]ok', '[Mm]astodon',
  '[Bb]luesky', '[Mm]attermost', '[Tt]eams',
  '(?:[Oo]pened|[Rr]eported|[Rr]eviewed|[Aa]pproved|[Mm]erged|[Cc]losed|[Rr]equested|[Ss]ubmitted|[Cc]reated|[Aa]uthored|[Ff]iled|[Rr]aised|[Ff]ixed|[Aa]ssigned|[Ss]uggested|[Ww]ritten|[Ss]tarted|[Tt]riggered|[Pp]ushed) by',
].join('|');

/** Thanks, which also credit contributors in a changelog's items (see the validator). */
const THANKS = 'Thanks|thanks|Thank you|thank you|Thx|thx|Danke|Grazie|Gracias|Merci|Obrigad[oa]';

/** Earlier mentions of the same list: `Reviewers: @a, @b and @c`. */
const EARLIER_MENTIONS = '(?:@[\\w-]+(?:\\*\\*)?(?:,|,? and|,? &|,? or|,? y|,? e|,? und|,? et)?[ \\t]{1,2}){0,6}';

/** Words right after a mention: a review thread's event, or a request to the person. */
const AFTER_CUES = [
  'commented', 'approved', 'replied', 'reviewed', 'requested changes', 'opened', 'merged', 'closed', 'mentioned', 'pushed', 'left a',
  'suggested', 'wrote', 'said', 'asked', 'can you', 'could you', 'would you', 'can u', 'please', 'pls', 'plz', 'here', 'thanks',
  'thank you', 'ptal', 'PTAL', 'any idea', 'do you', 'are you', 'did you', 'what do you', 'when you', 'if you', 'puoi', 'potresti',
  'puedes', 'podrías', 'podes', 'você', 'kannst du', 'könntest du', 'kun je', 'peux-tu', 'pouvez-vous', 'bitte', 'por favor',
  'per favore', 'proszę', 'alsjeblieft', 'svp',
].join('|');

/** Where a message opens: a line's start (or a list item's, a quote's, a chat speaker's), or a chat export's text field. */
const MESSAGE_START = `(?:^(?:- (?:\\[[ xX]\\] )?|\\* \\[[ xX]\\] |\\+ |> |(?:\\[[^\\]\\n]{1,30}\\] )?\\p{L}[\\p{L} .'-]{0,40}: )?|"(?:text|message|body|content|comment|note)"[ \\t]*:[ \\t]*")(?:\\*\\*)?`;

// Nine shapes (numbered as their groups), each reporting the handle without its `@` (each written
// from its `@`, which the pattern reads once for all):
//  1. an owner on a CODEOWNERS line: a path pattern, then handles, teams or e-mail addresses to
//     the line's end (`/docs/adr/  @ivokrest @org/docs`); a team (`@org/team`) is not a person;
//  2. after a word that addresses or credits the person (`cc @mtolliver`, `Reviewers: @a, @b`,
//     `Opened by @sunniva-k`, `owner: @chidera-ok`), and the mentions listed after it;
//  3. before a review thread's event or a request (`@fbrandauer commented on`, `@edelkamp can you redeploy?`);
//  4. opening a message, followed by a word (`@ctaverna puoi dare un'occhiata?`, `- [ ] @siobhank add a test`);
//  5. after thanks (`thanks @hmorita!`), but not in a changelog's items;
//  6. a bold mention (`**@oskarv-ops** approved these changes`);
//  7. a table or CSV cell that is a handle alone (`;@jveldkamp;`, `| @chidera-ok |`);
//  8. in brackets after a name (`**Orla Kennelly** (@okennelly)`, `Caio Leite (@cleite en Slack)`);
//  9. a chat message that is the mention alone (`"text": "@arnel_207"`).
// Decision: not a credit in a changelog (`(#488, @yusra-hadi)`, `- Fix the parser. Thanks @a.`):
// public contributors of open source, whose vendored changelogs would be full of findings. Not a
// mention inside code (a decorator, an annotation, a documentation tag, an instance variable): the
// contexts above are prose, and the validator drops the words code writes after an `@`.
/**
 * The documentation tags code writes most (JSDoc, Javadoc, TSDoc), rejected right after the `@`
 * before any shape's lookbehind runs: a JSDoc-heavy file has hundreds of them. (All are in
 * CODE_AT_WORDS, which the validator checks anyway.) On a 5,000-line JSDoc-heavy file this rule
 * took 0.41 ms a scan without it.
 */
const FREQUENT_TAGS = [
  'param', 'returns', 'return', 'type', 'typedef', 'property', 'template', 'example', 'see', 'since', 'deprecated', 'internal',
  'private', 'public', 'override', 'throws', 'link', 'default', 'description', 'license', 'module', 'callback', 'const',
  'enum', 'readonly', 'abstract', 'async', 'this', 'yields', 'memberof', 'name', 'class', 'function', 'ts-ignore', 'ts-expect-error',
  'inheritdoc', 'api', 'package', 'fileoverview', 'overview', 'preserve', 'version', 'chainable', 'ignore', 'media', 'import',
  'memberOf', 'static', 'category', 'constructor', 'alias', 'namespace', 'method', 'instance', 'kind', 'global', 'typeParam',
  'inheritDoc', 'lends', 'implements', 'extends', 'interface', 'summary', 'remarks', 'beta', 'alpha', 'experimental', 'todo',
].filter((w) => CODE_AT_WORDS.has(w.toLowerCase()));

const PATTERN = new RegExp(
  `@(?!(?:${FREQUENT_TAGS.join('|')})(?![\\w-]))(?:` +
  [
    `@(?<=^[^\\s#@]*[/*.\\]][^\\s@]*[ \\t]+(?:[^\\s#@]*[/*.\\]][^\\s@]*[ \\t]+){0,6}(?:${OWNER}[ \\t]+)*@)${HANDLE}(?=(?:[ \\t]+${OWNER})*[ \\t]*(?:#[^\\n]*)?\\r?$)`,
    `@(?<=(?<![\\w/])(?:${CUES}):?(?:\\*\\*)?[ \\t]{1,2}(?:\\*\\*)?${EARLIER_MENTIONS}@)${HANDLE}${HANDLE_END}`,
    `@(?<=(?:^|[\\s"(>]|\\*\\*)@)${HANDLE}(?=(?:\\*\\*)?,?[ \\t]{1,2}(?:${AFTER_CUES})(?![\\w]))`,
    `@(?<=${MESSAGE_START}@)([a-z0-9](?:[a-z0-9.-]{0,37}[a-z0-9])?)(?=,? \\p{Ll}{2,}(?![\\p{L}\\d(:]))`,
    `@(?<=(?<![\\w/])(?:${THANKS}),?[ \\t]{1,2}${EARLIER_MENTIONS}@)${HANDLE}${HANDLE_END}`,
    `@(?<=\\*\\*@)${HANDLE}(?=\\*\\*)`,
    `@(?<=(?:[,;\\t]|\\|[ \\t]{1,3})@)${HANDLE}(?=[ \\t]{0,3}\\||[,;\\t]|\\r?$)`,
    `@(?<=\\p{Lu}\\p{Ll}{1,24}(?:\\*\\*|__|\\*|_)? \\(@)${HANDLE}(?=\\)|[ \\t](?:en|on|in|auf|su|sur|no|na|op|em) \\p{Lu})`,
    `@(?<="(?:text|message|body|content)"[ \\t]*:[ \\t]*"@)${HANDLE}(?="[ \\t]*[,}])`,
  ]
    .map((branch) => branch.slice(1))
    .join('|') +
    ')',
  'gmu',
);

/** Marks of a Perl source: `use strict;`, `my ($x, @y)`, `sub name {`, `package Foo::Bar;`. */
const PERL_MARKERS = native(/(?:^|\n)[ \t]*(?:use (?:strict|warnings)\b|my[ \t]*[($@%]|sub [A-Za-z_]\w*[ \t]*\{|package [A-Z][\w:]*;)/u);
const isPerlText = perText((text) => PERL_MARKERS.test(text));

export default defineRule({
  id: 'user-mention',
  category: 'pii',
  // Decision (fifty-second session): opt-in, as all login rules are. Over the nine held-out corpora
  // of the fifty-first and fifty-second sessions, the login rules' findings were 0 true: writers
  // label names, not logins (docs/performance-and-accuracy-history.md, "Logins are opt-in").
  optIn: true,
  description: "A person's @-handle where a text addresses or credits them (CODEOWNERS, review threads, chat)",
  // Decision: info, like user-name. A handle names a colleague; a team that would rather not hear
  // about its CODEOWNERS file turns the rule off in its policy (`"detection": { "rules": { "user-mention": "off" } }`).
  severity: 'info',
  // Mentions have no keyword of their own; every shape starts at an `@` (a fast first-character scan).
  keywords: [],
  pattern: PATTERN,
  secretGroup: [1, 2, 3, 4, 5, 6, 7, 8, 9],
  validate: (s, ctx) => {
    const lower = s.toLowerCase();
    // A CODEOWNERS line or a message's start inside a block comment is a documentation tag (` * @chainable`).
    if ((ctx.match[1] !== undefined || ctx.match[4] !== undefined) && isInBlockComment(ctx.text, ctx.start)) return false;
    // Thanks in a changelog's item or its continuation credit a contributor (`- Fix the parser. Thanks @a.`).
    if (ctx.match[5] !== undefined && /^(?:[ \t]*[-*+] |[ \t]{2,})/u.test(ctx.text.slice(lineStartNear(ctx.text, ctx.start, 400), ctx.start))) return false;
    if (CODE_AT_WORDS.has(lower) || NOT_A_PERSON.has(lower) || /^\d+$/u.test(s)) return false;
    // A masked e-mail address (`j*****@e****.com`), not a bold mention (`**@anna**`): the mask follows a letter.
    if (/[\p{L}\p{N}]\*{2,}@$/u.test(ctx.text.slice(Math.max(0, ctx.start - 8), ctx.start))) return false;
    // A Perl array (`push @render_switches, …`, `my($std,@mods)`): in Perl, `@` names a variable.
    if (isPerlText(ctx.text)) return false;
    // A C library's identifier in its reference docs (FreeType's `@FT_Size_Metrics`, the kernel's `@NL80211_CMD_GET_WIPHY`): an upper-case prefix, then `_`.
    if (/^[A-Z][A-Z0-9]{1,9}_[A-Za-z0-9]/u.test(s)) return false;
    // A domain (`@kestrel.io`), not a dotted chat handle (`@kinga.wroblewska`).
    const dot = lower.lastIndexOf('.');
    if (dot !== -1 && TLDS.has(lower.slice(dot + 1))) return false;
    // camelCase is code (`@dataProvider`, `@inheritDoc`, `@discardableResult`); bots are not people.
    if (/[a-z][A-Z]/u.test(s) || /(?:^|[-_])bots?$|bot$|^(?:github-actions|dependabot|renovate|codecov|netlify|vercel|sonarcloud|snyk)/u.test(lower)) return false;
    // A monitor's notification channel (Datadog's `@slack-oncall`, `@pagerduty-ingest`, `@opsgenie-db`, `@webhook-x`).
    if (/^(?:slack|pagerduty|opsgenie|webhook|teams|victorops|splunk_oncall|jira|servicenow|email|sns|discord)-/u.test(lower)) return false;
    return true;
  },
  redactAs: 'user',
  references: ['https://gdpr-info.eu/art-4-gdpr/', 'https://docs.github.com/en/repositories/managing-your-repositorys-settings-and-features/customizing-your-repository/about-code-owners'],
  examples: {
    positive: [
      '/docs/adr/             @ivokrest',
      '*                       @brennholt @kestrel/platform',
      '/src/payments/**       @jmarvello jane.roe@kestrel.example',
      'Reported by Maren Tolliver · cc @mtolliver',
      'Author: @renata-q · Reviewers: @oskarv-ops, @lidwen',
      '**Opened by @sunniva-k on Aug 30, 2024** · label: `bug`',
      '**@fbrandauer commented on Jun 11, 2024** (Member)',
      'new one is in vault at secret/notifications/amqp. @edelkamp can you redeploy?',
      '@ctaverna puoi dare un\'occhiata?',
      '- [ ] @siobhank add a retry-storm scenario to the load test',
      '{"user": "U02", "text": "@vkarthikeyan the build on main is red again"}',
      '**@oskarv-ops** approved these changes.',
      'Joris Veldkamp;SRE;Zwolle;@jveldkamp;2021-01-01',
      '| 2024-W15 | Chidera Okafor | @chidera-ok | on call |',
      'needs a review from **Orla Kennelly** (@okennelly7) first',
      'Dudas de pagos: Caio Mendonça Leite (@cleite en Slack).',
      'lgtm, thanks @hmorita-dev!',
      '[2025-04-03 08:52] Kinga Wróblewska (@kinga.wroblewska): @frieda.sommer our rig still uses the old IAM user',
      'Fahrt storniert, 7,80 EUR gutgeschrieben. @lorenz.eberle bitte Roller einsammeln.',
      '# Brightwell pipeline (maintainers: @rsubramani, @aplewka)',
      '/infra/ /ansible/ /k8s/  @jduplessis-ops @akinyi81',
      'Maintainer: Jocelyn Dimaculangan (telegram @joce_d_ops)',
      '{"from": "Ana", "text": "@arnel_207"}',
    ],
    negative: [
      // masked e-mail addresses in a masking macro's doc comment and a PII scanner's report
      "{#- mask_email('jane.doe@example.com') -> 'j*****@e****.com' -#}\nPS-88121,ANALYTICS,MARTS,DIM_CUSTOMERS,EMAIL,email,o*****.a*****@y****.com,0.998",
      // a CloudWatch Logs Insights export's header row: the records' own fields
      '@timestamp,@message,@logStream\n2024-06-01 10:00:00.000,"{""level"":""info""}",app/web/1',
      'syn region luaString start=+"+ end=+"+ skip=+\\\\\\|\\\\"+ contains=luaSpecial,@Spell',
      '@relation test\n@attribute yap real\n@data',
      // Perl's arrays
      'use strict;\nsub xsinit {\n    my($std,$mods,@link_args,$path) = @_;\n    push @potential_libs, @link_args;\n}',
      // a C library's identifiers in its reference comments, and Doxygen's conditional sections
      '   *     hinted fonts.  See @FT_Size_Metrics for further discussion.',
      ' *\t@NL80211_CMD_GET_WIPHY, indicating the number of match sets',
      '/// @endcond',
      // a generated file's marker, and IPython's directive pseudo-decorator
      '@generated by mypy-protobuf.  Do not edit manually!',
      '   @savefig mystinkbug.png width=4in',
      'Value: 4.37 @slack-oncall @pagerduty-ingest',
      'Questions? cc @kestrel.io or write to the list.',
      ' * @param {string} name the user name',
      ' * @internal',
      '*.js    @org/frontend-team',
      '/docs/  @kestrel/docs',
      '@app.route("/login")\ndef login():',
      '@dataclass\nclass User:',
      '    @property\n    def name(self):',
      '@include media-query(md) {',
      '@media screen and (max-width: 600px) {',
      '@echo off',
      '\t@echo building the bundle',
      'npm install @types/node @babel/core',
      'FROM node:20@sha256:0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef',
      'Contact support@kestrel.example or sales@kestrel.example',
      '  <button @click="save">Save</button>',
      '- Fixed a crash on empty input (#488, @yusra-hadi).',
      '- Fix the worker pool shutdown. Thanks @rvestergaard.',
      '  subprocesses are dead before resolving. Thanks @ptakahashi.',
      '/**\n * Runs the suite.\n * @chainable\n */',
      '/**\n* @description\n*/',
      '* @url https://github.com/kestrel/app',
      'cc @dependabot please rebase',
      'Thanks @everyone for the release!',
      '@interface KHPaymentSheet : UIViewController',
      '@discardableResult func reload() -> Bool',
      '# kestrel api - production env (copied from 1Password by @dvries)',
      'render json: @users, status: :ok',
    ],
  },
});
