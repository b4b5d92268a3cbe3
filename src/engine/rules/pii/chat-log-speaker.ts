import { defineRule } from '../defineRule';
import { isServiceAccount, spellsPersonLogin } from './_handles';
import { isLoneGivenNameLogin } from './_names';
import { perText } from '../../scan/perText';
import { native } from '../../scan/nativeRegex';

/** A line's bracketed timestamp and its speaker's login (group 1): the rule's pattern, and its count of messages. */
const SPEAKER = String.raw`\n\[(?=\d)(?:\d{4}-\d{2}-\d{2}[ T,]{1,2}|\d{1,2}[-/.](?:\d{1,2}|[A-Z][a-z]{2})[-/.]\d{2,4},?[ T]{1,2})?\d{1,2}:\d{2}(?::\d{2})?(?: ?[AaPp][Mm])?\][ \t]{1,2}<?([a-z][a-z0-9._-]{2,30})>?`;

/** A speaker's message on its line (`[07:31] login: …`), as one search over a text. */
const SPEAKER_LINE = native(new RegExp(`${SPEAKER}:[ \t]`, 'gu'));

/** How many messages each login speaks in a text's chat log (read once per text). */
const speakerCounts = perText((text): ReadonlyMap<string, number> => {
  const counts = new Map<string, number>();
  SPEAKER_LINE.lastIndex = 0;
  for (let m = SPEAKER_LINE.exec(text), n = 0; m !== null && n < 10_000; m = SPEAKER_LINE.exec(text), n++) counts.set(m[1] as string, (counts.get(m[1] as string) ?? 0) + 1);
  return counts;
});

/** Words a log or a bridge writes where a chat writes its speaker. */
const NOT_A_SPEAKER = new Set(['system', 'info', 'warn', 'warning', 'error', 'debug', 'trace', 'note', 'notice', 'update', 'status', 'alert', 'server', 'client', 'console', 'deploy', 'build', 'admin', 'root', 'guest', 'unknown', 'channel', 'topic', 'mode', 'join', 'part', 'quit']);

/** A handle's part that names a role on a server rather than a person: a Discord's `lumen_dev`, `mod_quill`. */
const ROLE_PARTS = new Set(['dev', 'devs', 'mod', 'mods', 'ops', 'qa', 'sre', 'staff', 'team', 'support', 'helpdesk', 'official']);

/** A handle of two or more parts, one of them a role (see ROLE_PARTS): a pseudonym, not a name cut short. */
function isRoleHandle(s: string): boolean {
  const parts = s.split(/[._-]/u);
  return parts.length >= 2 && parts.some((p) => ROLE_PARTS.has(p));
}

/**
 * A login that speaks in a conversation: two or more of its messages, and at least one other person
 * speaking, in a team chat's log (`mbergqvi`, `kstrand`: an initial and a surname cut short, which no
 * lexicon spells). Bots and services don't count (see isServiceAccount).
 */
function isConversationSpeaker(s: string, text: string): boolean {
  // (A given name alone, `rohan`, names no one outside the team: the decision user-name follows.)
  if (NOT_A_SPEAKER.has(s) || isServiceAccount(s) || !/^[a-z][a-z._-]{3,15}\d{0,2}$/u.test(s) || isRoleHandle(s) || isLoneGivenNameLogin(s)) return false;
  const counts = speakerCounts(text);
  if ((counts.get(s) ?? 0) < 2) return false;
  for (const [other, n] of counts) if (other !== s && n >= 1 && !NOT_A_SPEAKER.has(other) && !isServiceAccount(other)) return true;
  return false;
}

// The person speaking in a team chat's text export or an IRC-style log, as a bracketed timestamp
// then the login that starts each message: Mattermost's and Rocket.Chat's text exports
// (`[2024-03-01 10:37] <first.last>: message`), DiscordChatExporter's plain text
// (`[01-May-24 10:42 AM] <login>` on its own line), irssi and weechat logs (`[10:37] <nick> …`).
// The login must read as a person's by itself (see spellsPersonLogin): bots and services
// (`jenkins`, `github`) don't; a Chinese login reads as one by its pinyin (`wang.lei88`).
// (A text's first line is not read: the pattern starts at the line break before the `[`.)
export default defineRule({
  id: 'chat-log-speaker',
  category: 'pii',
  // Decision (fifty-second session): opt-in, as all login rules are. Over the nine held-out corpora
  // of the fifty-first and fifty-second sessions, the login rules' findings were 0 true: writers
  // label names, not logins (docs/performance-and-accuracy-history.md, "Logins are opt-in").
  optIn: true,
  description: "A person's login speaking in a chat export or log ([<timestamp>] <login>: …)",
  severity: 'info',
  // A timestamp's end before the speaker: `:37] `, `AM] ` (sixty minutes and two meridiems as
  // keywords cost the keyword pass nothing more, and keep the rule out of code).
  keywords: [...Array.from({ length: 60 }, (_, m) => `:${String(m).padStart(2, '0')}] `), 'am] ', 'pm] '],
  window: { before: 40, after: 48 },
  pattern: new RegExp(String.raw`${SPEAKER}(?::[ \t]|[ \t]*\r?\n|[ \t](?=\S))`, 'gu'),
  secretGroup: 1,
  validate: (s, ctx) => spellsPersonLogin(s) || isConversationSpeaker(s, ctx.text),
  redactAs: 'user',
  references: ['https://gdpr-info.eu/art-4-gdpr/'],
  examples: {
    positive: [
      'Channel: dev-habitat\n[2024-03-01 10:37] julien.marchetti: bonjour tout le monde, la 3.3.7 est taguée',
      'Guild: pinewharf\n[01-May-24 10:42 AM] kayla.fitz\nhey, the sync button does nothing since the update',
      '--- Log opened\n[09:14] <aoifegallagher> anyone seen the build break?',
      // a Chinese login: family name first, a pinyin given name, digits
      'Channel: support-zh\n[2024-06-11 09:12] wang.lei88\nmy withdrawal has been pending for two days',
      // a given name and the surname's initial
      'payroll-oncall\n[18:52] kavitha.m: batch 77 has 4 payouts pending',
      // an incident channel's speakers: logins of an initial and a cut surname
      '#ops-incident\n[07:31] mbergqvi: matchmaker is crashlooping\n[07:33] kstrand: same from Oslo\n[07:36] mbergqvi: rolling back',
    ],
    negative: [
      // pseudonyms on a community server: a role in the handle, no name in it
      // given names alone, speaking in a team's channel
      '#infra-oncall\n[07:12] rohan: queue lag above 2 minutes\n[07:14] ananya: same on the eu workers\n[07:15] rohan: scaling them now',
      '#bot-dev\n[18:02] lumen_dev: bot comes online then disconnects\n[18:05] mod_quill: did you regenerate it?\n[18:06] lumen_dev: yeah\n[18:09] mod_quill: pls delete those msgs',
      '#ops\n[07:31] status: degraded\n[07:35] status: recovering\n[07:40] deploy-bot: rolled back\n[07:41] alertmanager: resolved', 'Channel: ops\n[2024-03-01 10:38] wang.admin: restarted the queue', '[2024-03-01 10:38] jenkins: build #1182 passed', '[0] = first item', '[2024-03-01 10:37] INFO: started', '[10:37] <ci-bot> deployed'],
  },
});
