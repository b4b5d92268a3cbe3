import { defineRule, fake, minEntropy } from '../defineRule';
import { decodeBase64, encodeBase64 } from './_providerKit';
import { textBefore } from './_keyedValue';

/** A bot token for a fake snowflake id, so the example carries a decodable user id. */
function sampleToken(seed: number): string {
  const id = encodeBase64(fake('1{d18}', seed), true);
  return `${id}.${fake('{w6}', seed)}.${fake('{w38}', seed)}`;
}

export default defineRule({
  id: 'discord-bot-token',
  category: 'secret',
  description: 'Discord bot token (base64 user id . timestamp . HMAC) near a Discord or bot context word',
  keywords: ['discord', 'bot', 'token'],
  // validated against Discord context within a few lines
  window: { before: 300, after: 300 },
  // base64url of the bot's numeric user id (17-20 digits: 23-27 chars, starting M/N/O)
  // + . + 6 chars (timestamp) + . + 27-38 chars (HMAC)
  pattern: /(?<![\w.]|(?<!:)-)[MNO][\w-]{22,26}\.[\w-]{6}\.[\w-]{27,38}(?![\w-])/gu,
  validate: (s, ctx) => {
    const [id = '', , hmac = ''] = s.split('.');
    // the first part must decode to a Discord snowflake: the token's built-in checksum
    return (
      /^\d{17,20}$/u.test(decodeBase64(id) ?? '') &&
      minEntropy(hmac, 3.5) &&
      /discord|bot|token|login\(|\.run\(|authorization/iu.test(textBefore(ctx.text, ctx.start, 300))
    );
  },
  envName: 'DISCORD_BOT_TOKEN',
  references: ['https://discord.com/developers/docs/reference#authentication', 'https://discord.com/developers/docs/reference#snowflakes'],
  examples: {
    positive: [
      `DISCORD_BOT_TOKEN=${sampleToken(1)}`,
      `const { Client } = require('discord.js');\nclient.login('${sampleToken(2)}');`,
      `curl -H "Authorization: Bot ${sampleToken(3)}" https://discord.com/api/v10/users/@me`,
    ],
    negative: [
      // first part is not a base64 user id
      `DISCORD_BOT_TOKEN=${fake('M{w25}.{w6}.{w38}')}`,
      `DISCORD_BOT_TOKEN=${sampleToken(4).slice(0, -20)}`,
      'DISCORD_BOT_TOKEN=MTxxxxxxxxxxxxxxxxxxxxxxxx.xxxxxx.xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
      `discord jwt: eyJhbGciOiJIUzI1NiJ9.${fake('{w40}')}.${fake('{w43}')}`,
    ],
  },
});
