import { defineRule } from '../defineRule';
import { LOWER, UPPER } from './_latin';
import { isLoneGivenNameInProse } from './_names';

// A colleague's given name said to them at a chat message's start: "Katrin, bitte vor dem Merge
// prüfen!", "Maxime, pas de secret par mail", "Marcus can you get the bank on the phone?". The
// message starts a line, follows its speaker (`Sneha Iyer: …`, `] `), a JSON export's `"text": "`, an apology ("Sorry Sanne, …"),
// or a sentence's end; the name is a given name of the lexicon (not a word such as Will,
// May or Grace), and a comma and a lower-case word, or a request (can you, could you, please,
// bitte, kannst du…), follows it. The match is the name.
export default defineRule({
  id: 'person-name-vocative',
  category: 'pii',
  // Decision (session 29): opt-in. Over thirty independent held-out corpora this rule's findings
  // were 0 true of 20: writers leave a colleague's given name alone unlabelled, and several say so.
  // A team that counts it switches the rule on with a level in its policy or settings.
  optIn: true,
  description: "A person's given name said to them at a message's start (\"Katrin, bitte…\", \"Marcus can you…\")",
  keywords: [],
  // NOTE: 73 ms a bench pass, 0.15 ms of the rescan (a lookbehind at every capital); starting at the
  // comma, or at one character before the capital with the rest in the validator, cost as much or more.
  pattern: new RegExp(
    `[${UPPER}](?<=(?:^|\\n|: |\\] |[.!?] |[—–] |"text": "|\\\\n|(?<![\\w])[Ss]orry )[${UPPER}])(?<=(?=([${UPPER}][${LOWER}]{2,14})(?:,[ \\t]+[${LOWER}]| (?:can you|could you|would you|can u|pls|please|bitte|kannst du|könntest du|peux-tu|tu peux|pourrais-tu|puedes|podrías|você pode|kun je|zou je|kan je)(?![${LOWER}]))).)`,
    'gmu',
  ),
  secretGroup: 1,
  validate: (s) => isLoneGivenNameInProse(s),
  redactAs: 'name',
  references: ['https://gdpr-info.eu/art-4-gdpr/'],
  examples: {
    positive: [
      '# ACHTUNG: sollte eigentlich mit sops verschlüsselt sein – Katrin, bitte vor dem Merge prüfen!',
      'who is IC? I will take it. Marcus can you get the bank on the phone about the second file?',
      '        "text": "Stijn, le token grafana que tu as mis dans le canal est à révoquer"',
      '[2024-05-20 10:31] Farhan Qureshi: Arjun, naya sandbox key bhej do',
      '        "content": "Sorry Sanne, hab bei der Rotation alle Read-Only-User neu gesetzt."',
    ],
    negative: [
      'Will, this is the last reminder about the release',
      'Paris, France and Berlin, Germany are both on the list',
      'Thanks, Anna',
      'Sure, can you send the logs?',
      'Claude, can you summarise this file?',
      'the stack has Node, nginx and Redis behind Traefik',
    ],
  },
});
