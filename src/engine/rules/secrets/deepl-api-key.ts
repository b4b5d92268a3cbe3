import { defineRule, fake } from '../defineRule';

// A DeepL API authentication key: a UUID, with `:fx` after it for the Free plan's keys. A key is
// billed per character translated and reads its account's glossaries. A UUID alone is no secret
// (the shared filters drop UUIDs), so a Pro key is read only after a DeepL key's name
// (`DEEPL_AUTH_KEY`, `deepl.auth_key`, `DeepL-Auth-Key`); a Free key's `:fx` is its own evidence
// beside the word DeepL.
export default defineRule({
  id: 'deepl-api-key',
  category: 'secret',
  description: 'DeepL API authentication key (a UUID, :fx for Free keys) after a DeepL key name or header',
  keywords: ['deepl'],
  window: { before: 16, after: 120 },
  pattern:
    /(?<![\w-])[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}:fx(?![\w-])|[0-9a-f](?<=(?:(?:DEEPL|[Dd]eep[Ll])[_. -]?(?:AUTH[_. -]?KEY|API[_. -]?KEY|[Aa]uth[_. -]?[Kk]ey|[Aa]pi[_. -]?[Kk]ey|KEY|[Kk]ey)["']?[ \t]*(?:[:=]|=>)[ \t]*["']?|DeepL-Auth-Key[ \t]+)[0-9a-f])[0-9a-f]{7}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}(?![\w-])/gu,
  // (The shared filters drop UUIDs: this rule's UUIDs are keys by their label or suffix.)
  skipFilters: true,
  validate: (s) => new Set(s.replace(/[-:fx]/gu, '')).size > 4 && !/^0{8}-/u.test(s),
  envName: 'DEEPL_AUTH_KEY',
  references: ['https://developers.deepl.com/docs/getting-started/auth'],
  examples: {
    positive: [
      `DEEPL_AUTH_KEY=${fake('{h8}-{h4}-{h4}-{h4}-{h12}', 801)}:fx`,
      `    private static final String DEEPL_AUTH_KEY = "${fake('{h8}-{h4}-{h4}-{h4}-{h12}', 802)}";`,
      `curl https://api.deepl.com/v2/translate -H "Authorization: DeepL-Auth-Key ${fake('{h8}-{h4}-{h4}-{h4}-{h12}', 803)}"`,
    ],
    negative: [
      'DEEPL_AUTH_KEY=00000000-0000-0000-0000-000000000000:fx',
      `request_id = "${fake('{h8}-{h4}-{h4}-{h4}-{h12}', 804)}"  # deepl translate call`,
      'DEEPL_AUTH_KEY=${DEEPL_AUTH_KEY}',
    ],
  },
});
