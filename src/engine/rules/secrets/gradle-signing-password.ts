import { defineRule, fake } from '../defineRule';
import { isLiteralSecretValue } from './_generic';

/** The Android debug keystore's published password, and words that stand in for one. */
const NOT_A_PASSWORD = /^(?:android|password|changeit|changeme|secret)$/iu;

// An Android app's release signing password in a Gradle build script's signingConfigs block,
// written as a Groovy method call (`storePassword "…"`, `keyPassword '…'`) or a Kotlin DSL call
// (`storePassword("…")`) rather than an assignment, which generic-password reads; and the literal
// a Kotlin script falls back on when its property is missing (`storePassword = prop("…") ?: "…"`).
export default defineRule({
  id: 'gradle-signing-password',
  category: 'secret',
  description: 'Android keystore password in a Gradle signingConfigs block (storePassword "…", keyPassword "…")',
  generic: true,
  keywords: ['storepassword', 'keypassword'],
  window: { before: 16, after: 160 },
  pattern: /\b(?:storePassword|keyPassword)(?:[ \t]+|[ \t]*\([ \t]*|[ \t]*=[ \t]*[^\n?]{1,120}?\?:[ \t]*)(["'])([^"'\r\n$]{4,128})\1/gu,
  secretGroup: 2,
  validate: (s) => !NOT_A_PASSWORD.test(s) && isLiteralSecretValue(s, true, 4),
  envName: 'KEYSTORE_PASSWORD',
  references: ['https://developer.android.com/studio/publish/app-signing#secure-shared-keystore'],
  examples: {
    positive: [
      `signingConfigs {\n    release {\n        storeFile file("upload.jks")\n        storePassword "${fake('{a12}', 41)}.${fake('{a8}', 42)}"\n        keyAlias "upload"\n        keyPassword '${fake('{a16}', 43)}'\n    }\n}`,
      `create("release") {\n    storePassword("${fake('{a10}', 44)}#${fake('{d4}', 45)}")\n}`,
      `            storePassword = prop("UPLOAD_STORE_PASSWORD") ?: "${fake('{a8}', 46)}-${fake('{a8}', 47)}!"`,
    ],
    negative: [
      'storePassword "android"\nkeyPassword "android"',
      'storePassword System.getenv("KEYSTORE_PASSWORD")',
      'storePassword "$keystorePassword"',
      "keyPassword keystoreProperties['keyPassword']",
      'storePassword = prop("UPLOAD_STORE_PASSWORD") ?: error("missing UPLOAD_STORE_PASSWORD")',
    ],
  },
});
