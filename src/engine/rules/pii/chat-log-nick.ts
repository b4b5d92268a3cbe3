import { defineRule } from '../defineRule';
import { native } from '../../scan/nativeRegex';

/** Speakers that are the service, not a person: the server, its bots, a game master's role name. */
const NOT_A_PERSON = native(/^(?:system|server|bot|gm|admin|administrator|notice|mod|moderator|console|host|announcer|announcement|sys|info|warn|warning|error|debug|broadcast|event|guild|channel|world)$|bot$|[-_.]bot\d*$/iu);

/**
 * The nickname that speaks in a chat log written the IRC way, in any script: a bracketed
 * timestamp, maybe a bracketed channel, then the speaker in angle brackets, maybe with its account
 * id after a bar (`[<date> <time>] [CH:<channel>] <nick|<id>…> message`, `[10:37] <닉네임> …`). A
 * game's or a community's nickname is the handle its player is known by: as personal as a login.
 * (chat-log-speaker reads the lower-case logins of team chats' exports; this rule reads the angle
 * brackets, whatever the letters.)
 */
export default defineRule({
  id: 'chat-log-nick',
  category: 'pii',
  description: "A player's or member's nickname speaking in an IRC-style chat log ([<time>] <nick> …)",
  severity: 'info',
  keywords: ['] <'],
  window: { before: 60, after: 80 },
  pattern:
    /(?:^|\n)\[(?=[^\]\n]{0,24}\d:\d{2})[^\]\n]{4,30}\](?:[ \t]{1,2}\[[^\]\n]{1,40}\])?[ \t]{1,2}<([\p{L}\p{N}_.★☆♪-]{2,24})(?:\|[^>\n]{1,40})?>[ \t]/gu,
  secretGroup: 1,
  validate: (s) => /\p{L}/u.test(s) && !NOT_A_PERSON.test(s),
  redactAs: 'user',
  references: ['https://gdpr-info.eu/art-4-gdpr/'],
  examples: {
    positive: [
      '[2024-11-17 18:00:05] [CH:global-kr-2] <은빛궁수12|A1B2C3…> 길드원 모집합니다\n',
      '[2024-11-17 18:01:20] [CH:global-jp-1] <しろねこ_208|F00D12…> こんにちは\n',
      '--- Log opened\n[09:14] <aoifegallagher> anyone seen the build break?\n',
    ],
    negative: [
      '[2024-11-17 18:00:05] [CH:global-kr-2] <SYSTEM> 점검이 22시에 시작됩니다\n',
      '[10:37] <ci-bot> deployed\n',
      '[2024-03-01 10:37:00] INFO <init> started\n',
      '[0] <div class="x">',
      '[12:00] <2024> new year\n',
    ],
  },
});
