import { defineRule } from '../defineRule';
import { BOT_OR_TEAM_WORD, NOT_SURNAMES, isPlaceholderOrBrand } from './_names';


// The sender of a message in Telegram Desktop's JSON export (result.json): `"from": "Aziz",` right
// before `"from_id": "user6801122413"`, the user's display name as their contacts see it. Channels
// and groups post with a `channel…` id. A display name is a person's name, or a nickname that
// points at them as surely; one that names a bot, a team or a shop is not reported.
export default defineRule({
  id: 'messenger-export-sender',
  category: 'pii',
  description: "A message sender's display name in a Telegram chat export (\"from\" beside a user's from_id)",
  keywords: ['"from_id"'],
  window: { before: 120, after: 48 },
  pattern: /"from":[ \t]*"([^"\\\n]{2,60})",[ \t]*\r?\n?[ \t]*"from_id":[ \t]*"user\d{3,15}"/gu,
  secretGroup: 1,
  validate: (name) => {
    const words = name.trim().split(/\s+/u);
    if (words.length > 4 || !words.every((w) => /^\p{L}[\p{L}'’.-]*$/u.test(w))) return false;
    return !BOT_OR_TEAM_WORD.test(name) && !isPlaceholderOrBrand(name) && !words.some((w) => NOT_SURNAMES.has(w));
  },
  redactAs: 'name',
  references: ['https://telegram.org/blog/export-and-more'],
  examples: {
    positive: [
      '   "date": "2024-04-12T08:26:39",\n   "from": "Aziz",\n   "from_id": "user6801122413",\n   "text": "Spasibo, vse prishlo",',
      '{"type": "message", "from": "Gulnoza Abdullayeva", "from_id": "user5811203321", "text": "Salom"}',
    ],
    negative: [
      '   "from": "DalaPay Support Bot",\n   "from_id": "user7000000001",',
      '   "from": "Tumar News",\n   "from_id": "channel1801122413",',
      '   "from": "https://t.me/x",\n   "from_id": "user6801122413",',
    ],
  },
});
