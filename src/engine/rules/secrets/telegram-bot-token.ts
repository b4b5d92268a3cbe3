import { defineRule, fake, hasCharClasses, minEntropy } from '../defineRule';
import { textBefore } from './_keyedValue';

export default defineRule({
  id: 'telegram-bot-token',
  category: 'secret',
  description: 'Telegram bot token (bot id:35 chars, AA…), anywhere; without the AA prefix, near a Telegram or bot context word or in an api.telegram.org/bot URL',
  keywords: ['telegram', 'bot', 'tg_', ':aa'],
  // the token follows its key name or the /bot path within a line
  window: { before: 160, after: 200 },
  // 8-10 digit bot id + : + 35 base64url characters; also right after api.telegram.org/bot
  // (Also a shell parameter's default: `${TELEGRAM_BOT_TOKEN:-…}`.)
  pattern: /(?:(?<=\/bot)|(?<![\w:-])|(?<=\$\{\w{1,60}:-))\d{8,10}:[\w-]{35}(?![\w-])/gu,
  validate: (s, ctx) => {
    const hash = s.slice(s.indexOf(':') + 1);
    if (!hasCharClasses(hash, 2) || !minEntropy(hash, 3.5)) return false;
    // Bot secrets start with "AA": with upper, lower and digits, that shape needs no context word.
    return (/^AA/u.test(hash) && hasCharClasses(hash, 3)) || /telegram|bot|\btg[_.]/iu.test(textBefore(ctx.text, ctx.start, 200));
  },
  envName: 'TELEGRAM_BOT_TOKEN',
  references: ['https://core.telegram.org/bots/api#authorizing-your-bot', 'https://core.telegram.org/bots/tutorial#obtain-your-bot-token'],
  examples: {
    positive: [
      `BOT_TOKEN="\${TELEGRAM_BOT_TOKEN:-${fake('{d10}:AA{w33}', 4)}}"`,
      `TELEGRAM_BOT_TOKEN=${fake('{d10}:AA{w33}')}`,
      `curl https://api.telegram.org/bot${fake('{d9}:AA{w33}', 2)}/getMe`,
      `bot = telebot.TeleBot("${fake('{d10}:AA{w33}', 3)}")`,
      `which one is this?\n${fake('{d10}:AA{A6}{d4}{w23}', 6)}`,
    ],
    negative: [
      `TELEGRAM_BOT_TOKEN=${fake('{d10}:AA{w30}')}`,
      `TELEGRAM_BOT_TOKEN=${fake('{d5}:AA{w33}')}`,
      'TELEGRAM_BOT_TOKEN=123456789:AAxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
      `cache key ${fake('{d10}:XY{w33}', 4)} expired`,
      `cache key ${fake('{d10}:AA{L33}', 5)} expired`,
    ],
  },
});
