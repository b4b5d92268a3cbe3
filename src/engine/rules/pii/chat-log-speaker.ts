import { defineRule } from '../defineRule';
import { spellsPersonLogin } from './_handles';

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
  description: "A person's login speaking in a chat export or log ([<timestamp>] <login>: …)",
  severity: 'info',
  // A timestamp's end before the speaker: `:37] `, `AM] ` (sixty minutes and two meridiems as
  // keywords cost the keyword pass nothing more, and keep the rule out of code).
  keywords: [...Array.from({ length: 60 }, (_, m) => `:${String(m).padStart(2, '0')}] `), 'am] ', 'pm] '],
  window: { before: 40, after: 48 },
  pattern:
    /\n\[(?=\d)(?:\d{4}-\d{2}-\d{2}[ T,]{1,2}|\d{1,2}[-/.](?:\d{1,2}|[A-Z][a-z]{2})[-/.]\d{2,4},?[ T]{1,2})?\d{1,2}:\d{2}(?::\d{2})?(?: ?[AaPp][Mm])?\][ \t]{1,2}<?([a-z][a-z0-9._-]{2,30})>?(?::[ \t]|[ \t]*\r?\n|[ \t](?=\S))/gu,
  secretGroup: 1,
  validate: (s) => spellsPersonLogin(s),
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
      'payroll-oncall\n[18:52] kavitha.m: batch 312 still has 9 lines queued',
    ],
    negative: ['Channel: ops\n[2024-03-01 10:38] wang.admin: restarted the queue', '[2024-03-01 10:38] jenkins: build #1182 passed', '[0] = first item', '[2024-03-01 10:37] INFO: started', '[10:37] <ci-bot> deployed'],
  },
});
