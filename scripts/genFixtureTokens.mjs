// Prints the fake, clearly labelled tokens used by test/fixtures/workspace. Run once after
// `npm run compile-tests`; the values are pasted into the static fixture files. They are not
// credentials: the random part reads "FixtureOnlyPromptHygiene…", and the GitHub-format one only
// carries a valid checksum so that the engine's validator accepts it.
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const { base62, crc32 } = require('../out/src/engine/rules/defineRule.js');
const { scan } = require('../out/src/engine/index.js');

/** A GitHub-format token (prefix + 30 characters + base62 CRC-32) around a readable random part. */
function githubFormat(prefix, random) {
  if (random.length !== 30) throw new Error('the random part must have 30 characters');
  return prefix + random + base62(crc32(random), 6);
}

const values = {
  github: githubFormat('ghp_', 'FixtureOnlyPromptHygiene7Kq2Zx'),
  slack: 'xoxb-58213094716-402918374652-FixtureOnlyPromptHygiene',
  email: 'maria.schneider@contoso-mail.de',
};
for (const [name, value] of Object.entries(values)) {
  const found = scan(`value = "${value}"`).map((f) => f.ruleId);
  console.log(`${name}: ${value}  -> ${found.join(', ') || 'NOT DETECTED'}`);
}
