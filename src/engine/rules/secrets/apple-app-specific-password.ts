import { defineRule } from '../defineRule';
import { native } from '../../scan/nativeRegex';
import { isNear } from './_providerKit';

// An Apple ID app-specific password, as appleid.apple.com generates one for tools that cannot do
// two-factor sign-in (fastlane, altool, notarytool, Transporter, mail clients): four groups of four
// lower-case letters. The shape is common enough in prose (`some-text-like-this`), so a name that
// says what it is must be near: FASTLANE_APPLE_APPLICATION_SPECIFIC_PASSWORD, `app-specific`,
// `notarytool`/`altool` with `--password`/`-p`.
/** What names an app-specific password's use near it: the tools that upload to Apple with one. */
const APPLE_UPLOAD_NEARBY = native(/app(?:lication)?[ _-]?specific|notarytool|altool|FASTLANE_PASSWORD|itunes[ _-]?transporter/iu);

export default defineRule({
  id: 'apple-app-specific-password',
  category: 'secret',
  description: 'Apple ID app-specific password (xxxx-xxxx-xxxx-xxxx) next to fastlane, altool, notarytool or an app-specific password name',
  keywords: ['specific_password', 'specific-password', 'app-specific', 'app specific', 'notarytool', 'altool', 'specificpassword'],
  window: { before: 200, after: 200 },
  pattern: /(?<![\w]|(?<!:)-)([a-z]{4}-[a-z]{4}-[a-z]{4}-[a-z]{4})(?![\w-])/gu,
  secretGroup: 1,
  validate: (s, ctx) => {
    // Words of a sentence are not four letters each, four times over, often; a password's groups
    // are random letters: at least one group with no vowel or a rare letter.
    const groups = s.split('-');
    if (!groups.some((g) => !/[aeiouy]/u.test(g) || /[jqxzvkw]/u.test(g))) return false;
    return isNear(ctx, APPLE_UPLOAD_NEARBY, 200, 40);
  },
  envName: 'FASTLANE_APPLE_APPLICATION_SPECIFIC_PASSWORD',
  references: ['https://support.apple.com/en-us/102654', 'https://docs.fastlane.tools/best-practices/continuous-integration/#application-specific-passwords'],
  examples: {
    positive: [
      'ENV["FASTLANE_APPLE_APPLICATION_SPECIFIC_PASSWORD"] ||= "qvkd-rtwm-xbzl-hnpf"',
      'xcrun notarytool submit build/App.zip --apple-id dev@acme.io --team-id 7QXJ2LM4ZP --password "wjtq-mzkc-plrv-dnxh" --wait',
    ],
    negative: [
      'FASTLANE_APPLE_APPLICATION_SPECIFIC_PASSWORD=xxxx-xxxx-xxxx-xxxx',
      'use an app-specific password (see the make-sure-your-team-knows note)',
      'xcrun notarytool submit App.zip --keychain-profile "ac-notary" --wait',
    ],
  },
});
