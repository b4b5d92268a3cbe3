import { defineRule } from '../defineRule';
import { native } from '../../scan/nativeRegex';
import { perText } from '../../scan/perText';
import { isPersonalHandle, isServiceAccount } from './_handles';

/**
 * An AI assistant's turn in a transcript, at a line's start: `Copilot: …`, `GitHub Copilot: …`,
 * `**Assistant:** …`, `**ChatGPT**` on its own line. Plain or bold, like the human turns around it.
 */
const ASSISTANT_TURN = native(
  /(?:^|\n)(\*\*)?(?:GitHub Copilot|Copilot|Assistant|ChatGPT|Claude|Gemini|Cursor|Codex|Cody|AI|Bot)(?::\*\*[ \t]+\S|\*\*:[ \t]+\S|\*\*[ \t]*(?:[—–-][ \t]|\r?\n)|:[ \t]+\S)/u,
);

const ASSISTANT_TURNS = new RegExp(ASSISTANT_TURN.source, 'gu');

/** Per text: whether it holds plain assistant turns, bold ones, or none. */
const assistantTurns = perText((text) => {
  let plain = false;
  let bold = false;
  for (const m of text.matchAll(native(ASSISTANT_TURNS))) {
    if (m[1] === undefined) plain = true;
    else bold = true;
    if (plain && bold) break;
  }
  return { plain, bold };
});

/** A line of keys and values: `kind: Secret`, `  name: api`. */
const KEY_LINE = /^[ \t]*[A-Za-z][\w.-]{0,40}:(?:[ \t]|$)/u;

/** The line before or after the login's (from `start` to `lineEnd`) is another key's: the login's line is in a block of keys. */
function isInKeyBlock(text: string, start: number, lineEnd: number, login: string): boolean {
  const prevStart = text.lastIndexOf('\n', start - 2) + 1;
  const prev = start > 0 ? text.slice(prevStart, start - 1) : '';
  const nextEnd = lineEnd === -1 ? -1 : text.indexOf('\n', lineEnd + 1);
  const next = lineEnd === -1 ? '' : text.slice(lineEnd + 1, nextEnd === -1 ? text.length : nextEnd);
  const isOtherKey = (line: string): boolean => KEY_LINE.test(line) && !line.startsWith(login) && !ASSISTANT_TURN.test('\n' + line);
  return isOtherKey(prev) || isOtherKey(next);
}

/**
 * Per text: how many turns of three words or more each lower-case speaker takes at a line's start,
 * plain or bold (`cmurphy: it still fails`, `**cmurphy:** …`). One pass over the text, not one search
 * per candidate.
 */
const SPEAKER_PROSE_TURN = /(?:^|\n)(?:\*\*)?([a-z][a-z0-9._-]{1,60})(?=(?::\*\*|\*\*:?|:)[ \t]+\S+[ \t]+\S+[ \t]+\S)/gu;
const proseTurns = perText((text) => {
  const turns = new Map<string, number>();
  for (const m of text.matchAll(native(SPEAKER_PROSE_TURN))) turns.set(m[1] as string, (turns.get(m[1] as string) ?? 0) + 1);
  return turns;
});

// The human speaker of an AI chat transcript, as Copilot Chat, ChatGPT exports and pasted sessions
// write a turn: the login at the line's start, then a colon (`cmurphy: still 403…`), bold
// (`**lmartin:** Pourquoi…`) or a bold login with the turn's time (`**tlindgren** — 2024-03-18 21:07`).
// Only in a text that has the assistant's turns written the same way (plain or bold): elsewhere a
// lower-case word and a colon at a line's start is a YAML key or a label. The login must read as a
// person's (see isPersonalHandle: `cmurphy`, an initial and a surname) or, letters only, speak
// in sentences twice; and not be a service's or a role's (`user:`, `admin:`).
export default defineRule({
  id: 'chat-speaker-login',
  category: 'pii',
  // Decision (fifty-second session): opt-in, as all login rules are. Over the nine held-out corpora
  // of the fifty-first and fifty-second sessions, the login rules' findings were 0 true: writers
  // label names, not logins (docs/performance-and-accuracy-history.md, "Logins are opt-in").
  optIn: true,
  description: "Login of the person speaking in an AI chat transcript ('<login>: …' between the assistant's turns)",
  keywords: ['copilot', 'assistant', 'chatgpt', 'claude', 'gemini', 'cursor', 'codex', 'cody', '\nai:', '**ai', '\nbot:', '**bot'],
  pattern: /(?:^|\n)(\*\*)?([a-z][a-z0-9._-]{1,30}[a-z0-9])(?::\*\*[ \t]+\S|\*\*:[ \t]+\S|\*\*[ \t]+[—–-][ \t]|\*\*[ \t]*(?=\r?\n)|:[ \t]+\S)/gu,
  secretGroup: 2,
  validate: (login, ctx) => {
    const turns = assistantTurns(ctx.text);
    if (!(ctx.match[1] === undefined ? turns.plain : turns.bold)) return false;
    // A key (`card_number`, `request_id`), a one-word value (`version: 1.1.16`), or a line of a
    // block of keys (`kind: Secret` above `type: Opaque`) is a pasted config's.
    if (login.includes('_') || isServiceAccount(login)) return false;
    const lineEnd = ctx.text.indexOf('\n', ctx.end);
    const rest = ctx.text.slice(ctx.end, lineEnd === -1 ? ctx.text.length : lineEnd);
    // (A bold login alone on its line heads its turn, as a bold assistant's does.)
    const alone = ctx.match[1] !== undefined && /^\*\*[ \t]*\r?$/u.test(rest);
    if (!alone && !/^(?::\*\*|\*\*:?|:)[ \t]+\S+[ \t]+\S|^\*\*[ \t]+[—–-][ \t]/u.test(rest)) return false;
    if (isInKeyBlock(ctx.text, ctx.start, lineEnd, login)) return false;
    if (isPersonalHandle(login, ctx)) return true;
    // Otherwise a login as people pick them (letters, dots and dashes: not a key such as
    // `card_number` or `sha256`) that speaks in sentences twice.
    return /^[a-z]+(?:[.-][a-z]+)*$/u.test(login) && (proseTurns(ctx.text).get(login) ?? 0) >= 2;
  },
  redactAs: 'user',
  references: ['https://gdpr-info.eu/art-4-gdpr/'],
  examples: {
    positive: [
      `cmurphy: why does the agent get 403?\nCopilot: Let me look at the policy.`,
      `**lmartin:** Pourquoi cette requête renvoie des doublons ?\n\n**GitHub Copilot:** Le LEFT JOIN duplique les lignes.`,
      `**tlindgren** — 2024-03-18 21:07\n\nthe pod crashloops\n\n**Assistant**\n\nThe secret is wrong.`,
      `**Assistant**\n\nThe secret is wrong.\n\n**tlindgren**\n\nstill failing`,
      // an unknown surname, two turns
      'jthibodeaux: the token gets a 401\nGitHub Copilot: Check the app id.\njthibodeaux: ok, that fixed it',
    ],
    negative: [
      // YAML keys pasted into a transcript
      'Copilot: Paste the manifest.\n```yaml\nkind: Secret\ntype: Opaque\ndescription: the app secret\n```',
      // no assistant turn in the text: a config file
      'lmartin: enabled\nowner: platform\n',
      // a service account speaking
      'deploy-bot: build 1432 finished\nCopilot: ok',
      // a key repeated in a pasted config, beside the assistant's turns
      'User: the config fails\nAssistant: Show it.\ncard_number: "4103 1869"\nsha256: 5e417a\ncard_number: "4103 1870"\nsha256: 5e417b',
      // bold speaker, plain assistant
      '**lmartin:** hi\nAssistant: hello',
    ],
  },
});
