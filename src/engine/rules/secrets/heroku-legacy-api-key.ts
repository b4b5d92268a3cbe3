import { native } from '../../scan/nativeRegex';
import { defineRule, fake, minEntropy } from '../defineRule';
import { keyPrefix, prefixedValue, textBefore } from './_keyedValue';

const UUID = '[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}';

/** An id's key right before the value (`app_id: `): a UUID there names an app, not a key. */
const ID_KEY_BEFORE = /(?:_|\b)id["'\x60]?\s{0,3}[:=]\s{0,3}["'\x60]?$/iu;

export default defineRule({
  id: 'heroku-legacy-api-key',
  category: 'secret',
  description: 'Heroku API key or OAuth token in the unprefixed UUID format, next to a Heroku key name',
  keywords: ['heroku'],
  // a UUID after a key name (HEROKU_API_KEY, heroku token/secret/password), or after `password`
  // in a .netrc entry for api.heroku.com / git.heroku.com
  pattern: prefixedValue(
    [
      keyPrefix(String.raw`heroku[\w.-]{0,20}?(?:api[_.-]?key|key|token|secret|password|auth)`),
      String.raw`\bpassword[ \t]{1,5}`,
    ],
    UUID,
  ),
  secretGroup: 1,
  validate: (s, ctx) => {
    const before = textBefore(ctx.text, ctx.start, 200);
    return minEntropy(s.replace(/-/gu, ''), 3) && /heroku/iu.test(before) && !native(ID_KEY_BEFORE).test(before);
  },
  // UUIDs are otherwise dropped by the shared filters as identifiers; here the key name says it is
  // a credential, and the validator does the remaining checks (entropy, the Heroku context).
  skipFilters: true,
  envName: 'HEROKU_API_KEY',
  references: ['https://devcenter.heroku.com/articles/authentication', 'https://devcenter.heroku.com/articles/platform-api-quickstart#authentication'],
  examples: {
    positive: [
      `HEROKU_API_KEY=${fake('{h8}-{h4}-4{h3}-a{h3}-{h12}')}`,
      `machine api.heroku.com\n  login ops@acme.io\n  password ${fake('{h8}-{h4}-4{h3}-b{h3}-{h12}', 2)}`,
      `- uses: akhileshns/heroku-deploy@v3.13.15\n  with:\n    heroku_api_key: "${fake('{h8}-{h4}-4{h3}-8{h3}-{h12}', 3)}"`,
    ],
    negative: [
      `HEROKU_APP_ID=${fake('{h8}-{h4}-4{h3}-a{h3}-{h12}', 4)}`,
      'HEROKU_API_KEY=00000000-0000-0000-0000-000000000000',
      `HEROKU_API_KEY=${fake('{h8}-{h4}-{h4}-{h12}')}`,
      `curl https://kolkrabbi.heroku.com/apps/${fake('{h8}-{h4}-4{h3}-a{h3}-{h12}', 5)}/github/push`,
      `HEROKU_API_KEY=${fake('HRKU-AA{w58}')}`,
    ],
  },
});
