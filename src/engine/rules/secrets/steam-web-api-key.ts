import { defineRule, fake } from '../defineRule';
import { looksRandom } from './_providerKit';
import { native } from '../../scan/nativeRegex';

// A Steam Web API key, a user's or a publisher's (Steamworks): 32 upper-case hex digits, with no
// prefix. It identifies itself only by where it is used: the `key` parameter of a Steam Web API
// request (api.steampowered.com, partner.steam-api.com), or a Steam key's name before it
// (`STEAM_API_KEY=`, `steamWebApiKey:`, `SteamServerKey=`, `const loadTestSteamKey = "…"`), or a
// quoted key under any key name in code that calls the Steam Web API just before (a client's
// `backupKey = "…"` a few lines under its `partner.steam-api.com` base URL). A publisher key reads
// and writes a game's users, purchases and stats.
/** A Steam Web API host, named in the lines before a key. */
const STEAM_HOST_BEFORE = native(/steampowered\.com|steam-api\.com/u);

export default defineRule({
  id: 'steam-web-api-key',
  category: 'secret',
  description: 'Steam Web API key (user or Steamworks publisher key: 32 hex digits in a Steam API request or after a Steam key name)',
  keywords: ['steampowered.com', 'steam-api.com', 'steamkey', 'steam_key', 'steam-key', 'steam key', 'steamapikey', 'steam_api_key', 'steamwebapikey', 'steam_web_api_key', 'steam_publisher_key', 'steampublisherkey', 'steamserverkey', 'steam_server_key'],
  window: { before: 64, after: 300 },
  pattern: new RegExp(
    // a request's key parameter (group 1)
    String.raw`(?:steampowered\.com|steam-api\.com)\/[^\s"'<>?]{0,200}\?(?:[^\s"'<>#&]{0,200}&){0,8}key=([0-9A-F]{32})(?![0-9A-Za-z])` +
      // after a Steam key's name, also inside a camelCase one (group 2)
      String.raw`|(?:(?<![A-Za-z])(?:[Ss]team|STEAM)|(?<=[a-z])Steam)[_-]?(?:(?:[Ww]eb|WEB|[Pp]ublisher|PUBLISHER|[Pp]artner|PARTNER|[Ss]erver|SERVER)[_-]?)?(?:(?:[Aa]pi|API)[_-]?)?(?:[Kk]ey|KEY)["']?[ \t]{0,3}(?:[:=]|:=)[ \t]{0,3}["']?([0-9A-F]{32})(?![0-9A-Za-z])` +
      // a quoted key under any key name, in code that names a Steam Web API host just before (group 3;
      // it also starts the match at a camelCase Steam key's name, `loadTestSteamKey`, which then decides)
      String.raw`|(?<![\w])[A-Za-z_]{0,30}(?:[Kk]ey|KEY)["']?[ \t]{0,3}(?:[:=]|:=)[ \t]{0,3}["']([0-9A-F]{32})["']`,
    'gu',
  ),
  secretGroup: [1, 2, 3],
  validate: (s, ctx) => looksRandom(s, 3) && (ctx.match[3] === undefined || /steam/iu.test(ctx.match[0]) || STEAM_HOST_BEFORE.test(ctx.text.slice(Math.max(0, ctx.start - 400), ctx.start))),
  envName: 'STEAM_WEB_API_KEY',
  references: ['https://partner.steamgames.com/doc/webapi_overview/auth', 'https://steamcommunity.com/dev'],
  examples: {
    positive: [
      `curl -s "https://partner.steam-api.com/ISteamUserAuth/AuthenticateUserTicket/v1/?key=${fake('{H32}', 100831)}&appid=480&ticket=140000"`,
      `{"level":"warn","msg":"steam call failed","url":"https://api.steampowered.com/ISteamUser/GetPlayerSummaries/v2/?key=${fake('{H32}', 100832)}&steamids=7656119"}`,
      `const loadTestSteamKey = "${fake('{H32}', 100833)}"`,
      `STEAM_PUBLISHER_KEY=${fake('{H32}', 100834)}`,
      `[OnlineSubsystemSteam]\nSteamServerKey=${fake('{H32}', 101407)}`,
      `const (\n\tapiBase = "https://partner.steam-api.com"\n\tbackupKey = "${fake('{H32}', 101408)}"\n)`,
    ],
    negative: [
      'https://api.steampowered.com/ISteamUser/GetPlayerSummaries/v2/?key=YOUR_STEAM_WEB_API_KEY&steamids=76561197960435530',
      'STEAM_API_KEY=00000000000000000000000000000000',
      // a hex key under another service's name, with the Steam host only after it
      `cacheKey = "${fake('{H32}', 101408)}" // then calls https://api.steampowered.com/ISteamApps/GetAppList/v2/`,
      // a build's hash after a Steam depot, not a key
      `steam depot manifest 7${fake('{d18}', 100835)} sha ${fake('{h40}', 100836)}`,
    ],
  },
});
