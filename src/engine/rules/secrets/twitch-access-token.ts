import { defineRule, fake } from '../defineRule';
import { isNear, keyedSource, looksRandom } from './_providerKit';

export default defineRule({
  id: 'twitch-access-token',
  category: 'secret',
  description: 'Twitch OAuth access token (30 characters named as a Twitch token, or oauth:… for chat)',
  keywords: ['twitch'],
  // (1) 30 lower-case alphanumerics assigned to a Twitch token name; (2) the chat form oauth:<token>,
  // with Twitch mentioned nearby
  pattern: new RegExp(
    [
      keyedSource(String.raw`twitch[\w.-]{0,20}?(?:access[_-]?|oauth[_-]?|app[_-]?|user[_-]?)?token`, String.raw`[a-z0-9]{30}(?![\w-])`),
      String.raw`(?<![\w-])oauth:([a-z0-9]{30})(?![\w-])`,
    ].join('|'),
    'giu',
  ),
  secretGroup: [1, 2],
  validate: (s, ctx) => {
    if (ctx.match[2] !== undefined && !isNear(ctx, /twitch/iu, 300, 100)) return false;
    return /^[a-z0-9]+$/u.test(s) && /\d/u.test(s) && /[a-z]/u.test(s) && looksRandom(s, 3.5);
  },
  envName: 'TWITCH_ACCESS_TOKEN',
  references: ['https://dev.twitch.tv/docs/authentication/', 'https://dev.twitch.tv/docs/irc/authenticate-bot/'],
  examples: {
    positive: [`TWITCH_ACCESS_TOKEN=${fake('{l30}')}`, `# irc.chat.twitch.tv\nPASS oauth:${fake('{l30}', 2)}\nNICK acme_bot`],
    negative: [`PASS oauth:${fake('{l30}', 2)}`, `TWITCH_CLIENT_ID=${fake('{l30}')}`, `TWITCH_ACCESS_TOKEN=${fake('{l20}')}`],
  },
});
