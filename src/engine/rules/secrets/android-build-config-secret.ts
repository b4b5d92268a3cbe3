import { defineRule, fake } from '../defineRule';
import { NOT_A_SECRET_KEY, isLiteralSecretValue, isPublicClientKey, isRandomToken } from './_generic';

// A secret baked into an Android app's BuildConfig or resources by its Gradle script:
// `buildConfigField("String", "PAYMENTS_API_KEY", "\"…\"")` (the value is a Java string literal
// inside a Gradle string, hence the escaped quotes), `resValue("string", "maps_secret", "…")`.
// Anything compiled into an APK can be read back out of it. The field's name must say it is a key,
// a secret, a token, a password or credentials; the value must look random (or, for a password,
// be a literal).
export default defineRule({
  id: 'android-build-config-secret',
  category: 'secret',
  description: 'Secret compiled into an Android app by Gradle: buildConfigField("String", "…_KEY", "\\"…\\"") or resValue("string", "…secret", "…")',
  generic: true,
  keywords: ['buildconfigfield', 'resvalue'],
  window: { before: 8, after: 400 },
  pattern:
    /\b(?:buildConfigField|resValue)[ \t]*\(?[ \t]*["'](?:String|string)["'][ \t]*,[ \t]*["']([\w.]{0,60}(?:KEY|SECRET|TOKEN|PASSWORD|PASSWD|AUTH|CREDENTIALS?|key|secret|token|password|auth|credentials?)[\w.]{0,30})["'][ \t]*,[ \t]*(?:"\\"([^"\\\r\n]{8,300})\\""|'"([^"'\r\n]{8,300})"'|"([^"\\\r\n]{8,300})")/gu,
  secretGroup: [2, 3, 4],
  validate: (s, ctx) => {
    const name = ctx.match[1] as string;
    // (A key a client app embeds by design: a Mixpanel project token, a publishable key.)
    if (/(?:_ID|_URL|_HOST|_NAME|_PATH|Id|Url|_id|_url|_name)$/u.test(name) || NOT_A_SECRET_KEY.test(name) || isPublicClientKey(s)) return false;
    if (!isLiteralSecretValue(s, true, 8)) return false;
    return /pass|pwd/iu.test(name) || isRandomToken(s, 16, 3.3) || /^[A-Za-z0-9+/]{12,}={0,2}$/u.test(s);
  },
  envName: 'ANDROID_SECRET',
  references: ['https://developer.android.com/build/gradle-tips#share-custom-fields-and-resource-values-with-your-app-code'],
  examples: {
    positive: [
      `            buildConfigField("String", "PAYMENTS_API_KEY", "\\"${fake('{a40}', 1)}\\"")`,
      `        resValue "string", "maps_secret", "${fake('{a32}', 2)}"`,
      `buildConfigField 'String', 'STAGING_BASIC_AUTH', '"${fake('{b40}', 3)}"'`,
    ],
    negative: [
      `        buildConfigField("String", "MIXPANEL_TOKEN", "\\"${fake('{h32}', 101081)}\\"")`,
      'buildConfigField("String", "API_BASE_URL", "\\"https://api.acme.io\\"")',
      'buildConfigField("String", "API_KEY", "\\"${project.findProperty(\'apiKey\')}\\"")',
      'buildConfigField("String", "MAPS_KEY_NAME", "\\"google_maps_key\\"")',
      `buildConfigField("String", "STRIPE_PUBLISHABLE_KEY", "\\"pk_live_${fake('{a24}', 4)}\\"")`,
    ],
  },
});
