import { defineRule, fake, hasCharClasses } from '../defineRule';
import { looksRandom } from './_providerKit';

// A PlayFab title's developer secret key: some fifty upper-case letters and digits, with no prefix.
// It authorises the Server and Admin APIs (grant items, read every player's data), so only a game's
// backend should hold it. It is recognised by where it is used: PlayFab's `X-SecretKey` header, a
// PlayFab key's name (`PLAYFAB_SECRET_KEY=`, `playfab.secret=`), the SDK's `developerSecretKey`
// setting, or a sentence about PlayFab that gives the key (`the PlayFab call still fails, key is …`).
export default defineRule({
  id: 'playfab-secret-key',
  category: 'secret',
  description: 'PlayFab developer secret key (X-SecretKey header, PLAYFAB_SECRET_KEY, developerSecretKey)',
  keywords: ['x-secretkey', 'playfab', 'developersecretkey', 'devsecretkey'],
  window: { before: 8, after: 160 },
  pattern:
    /(?:(?<![\w-])X-SecretKey["']?[ \t]{0,3}:[ \t]{0,3}|(?<![A-Za-z])(?:[Pp]lay[Ff]ab|PLAYFAB)[\w.-]{0,30}?(?:[Ss]ecret|SECRET|[Kk]ey|KEY)(?:[_-]?(?:[Kk]ey|KEY))?["']?[ \t]{0,3}(?:[:=]|:=)[ \t]{0,3}|(?<![A-Za-z])(?:[Dd]eveloper|[Dd]ev|DEVELOPER|DEV)_?(?:[Ss]ecret|SECRET)_?(?:[Kk]ey|KEY)["']?[ \t]{0,3}(?:[:=]|:=)[ \t]{0,3}|(?<![A-Za-z])Play[Ff]ab\b[^\n"=:]{0,60}?\b(?:key|secret)[ \t]+(?:is[ \t]+)?)["'\x60]?([A-Z0-9]{40,64})(?![\w-])/gu,
  secretGroup: 1,
  validate: (s) => hasCharClasses(s, 2) && looksRandom(s, 3.5),
  envName: 'PLAYFAB_SECRET_KEY',
  references: ['https://learn.microsoft.com/en-us/gaming/playfab/api-references/api-authentication', 'https://learn.microsoft.com/en-us/gaming/playfab/gamemanager/secret-key-management'],
  examples: {
    positive: [
      `curl -s -H 'X-SecretKey: ${fake('{u52}', 101411)}' https://A1B2C.playfabapi.com/Admin/GetTitleData -d '{}'`,
      `PLAYFAB_SECRET_KEY=${fake('{u50}', 101412)}`,
      `PlayFab.settings.developerSecretKey = "${fake('{u50}', 101413)}";`,
      `the PlayFab call still fails, key is ${fake('{u52}', 101414)}`,
    ],
    negative: [
      'PLAYFAB_SECRET_KEY=xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
      'PLAYFAB_SECRET_KEY: ${PLAYFAB_SECRET_KEY:-}',
      'PLAYFAB_TITLE_ID=4A7D2',
      `PlayFab build ${fake('{u52}', 101415)} is live`,
    ],
  },
});
