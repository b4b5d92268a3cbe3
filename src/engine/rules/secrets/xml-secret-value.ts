import { native } from '../../scan/nativeRegex';
import { defineRule, fake } from '../defineRule';
import { anyCase, CREDENTIAL_WORD, isCredentialNamedIdentifier, isLiteralSecretValue, isPublicClientKey, isSecretKey, looksLikeWords } from './_generic';

/**
 * A name that holds a credential word: `password`, `ClientSecret`, `stripe_api_key`, `ns:passphrase`.
 * The words in either case, spelled out: the pattern has no `i` (its back-references to element
 * names must compare exactly, as XML does).
 */
const KEY = `[_.-]?${anyCase('key')}`;
const NAME = String.raw`[\w.:-]{0,40}(?:${anyCase('pass')}(?:${anyCase('word')}|${anyCase('wd')}|${anyCase('phrase')})?|${anyCase('pwd')}|${anyCase('secret')}|${anyCase('token')}|(?:${['api', 'access', 'private', 'auth', 'admin', 'master', 'app', 'client', 'signing', 'license', 'routing', 'service', 'mac', 'hmac'].map(anyCase).join('|')})${KEY}|${anyCase('credential')}s?)[\w.:-]{0,40}`;
/** An element's text or an attribute's value on one line. */
const TEXT = String.raw`([^<>\r\n]{1,200})`;

/**
 * Tokens that page through results or make a request idempotent: AWS's `<NextToken>`, OAI-PMH's
 * `<resumptionToken>`, `<ClientToken>`. They identify a position, not a caller.
 */
const POSITION_TOKEN = native(/(?:next|continuation|resumption|page|sync|cursor|marker|idempotency|request|client)[_.-]?token$/iu);

// Secrets in XML, where no `=` or `:` joins the key and its value:
//  1. an element named for the secret: Maven's `<password>…</password>`, `<clientSecret>`;
//  2. a key/name attribute and a value attribute: .NET's `<add key="ApiSecret" value="…"/>`,
//     Spring's and Tomcat's `<property name="password" value="…"/>`, an Android manifest's
//     `<meta-data android:name="…secret" android:value="…"/>` (attributes on lines of their own);
//  3. a key/name attribute and the element's text: Android's `<string name="api_key">…</string>`,
//     Java's properties XML `<entry key="db.password">…</entry>`;
//  4. a property list's `<key>ClientSecret</key>` and the `<string>` after it.
// (`password="…"` as an attribute of its own is generic-password's.)
export default defineRule({
  id: 'xml-secret-value',
  category: 'secret',
  description: 'Secret in an XML element or attribute named for it (Maven, .NET, Android, property lists)',
  generic: true,
  // The credential word as XML writes it: before a tag's end or start, or a quote (`<password>`,
  // `</clientSecret>`, `name="api_key"`, `<key>…Secret</key>`).
  keywords: [
    'password>', 'password"', 'password<', 'passwd>', 'passwd"', 'passphrase>', 'passphrase"', 'pwd>', 'pwd"', 'pass>', 'pass"',
    'secret>', 'secret"', 'secret<', 'token>', 'token"', 'token<', 'key>', 'key"', 'key<', 'credential',
  ],
  // NOTE: every branch starts at "<". The credential word sits in the name: at most ~100 characters
  // after the match's start (`<entry key="…`) and ~500 before its end (attributes, then the text).
  window: { before: 128, after: 512 },
  pattern: new RegExp(
    [
      String.raw`<(${NAME})(?:\s[^<>]{0,200})?>${TEXT}</\1>`,
      String.raw`<[\w:.-]{1,40}\s{1,40}(?:[\w-]{1,20}:)?(?:key|name)\s{0,2}=\s{0,2}"(${NAME})"\s{1,40}(?:[\w-]{1,20}:)?value\s{0,2}=\s{0,2}"([^"<>\r\n]{1,200})"`,
      String.raw`<([\w:.-]{1,40})\s{1,4}(?:key|name)\s{0,2}=\s{0,2}"(${NAME})"[^<>]{0,100}>${TEXT}</\5>`,
      String.raw`<key>(${NAME})</key>\s{0,40}<string>${TEXT}</string>`,
    ].join('|'),
    'gu',
  ),
  secretGroup: [2, 4, 7, 9],
  validate: (value, ctx) => {
    const m = ctx.match;
    const name = m[1] ?? m[3] ?? m[6] ?? m[8] ?? '';
    if (!isSecretKey(name) || POSITION_TOKEN.test(name)) return false;
    // An app's UI text (`<string name="password">Passwort</string>`) reads as words.
    if (/^[A-Za-z_]+$/u.test(value) && (value.length < 20 || looksLikeWords(value))) return false;
    if (isCredentialNamedIdentifier(value, CREDENTIAL_WORD) || isPublicClientKey(value)) return false;
    return isLiteralSecretValue(value, true, 6);
  },
  envName: 'SECRET',
  references: [
    'https://maven.apache.org/settings.html#servers',
    'https://learn.microsoft.com/en-us/dotnet/framework/configure-apps/file-schema/appsettings/add-element-for-appsettings',
    'https://developer.android.com/guide/topics/resources/string-resource',
    'https://cwe.mitre.org/data/definitions/798.html',
  ],
  examples: {
    positive: [
      `<server>\n  <id>nexus-releases</id>\n  <username>deploy</username>\n  <password>${fake('{a10}', 371)}-${fake('{d4}', 372)}</password>\n</server>`,
      `<appSettings>\n  <add key="PaymentApiSecret" value="${fake('{a24}', 373)}" />\n</appSettings>`,
      `<bean id="ds" class="org.apache.commons.dbcp2.BasicDataSource">\n  <property name="password" value="${fake('{a12}', 374)}!"/>`,
      `<resources>\n    <string name="backend_api_key">${fake('{a32}', 375)}</string>\n</resources>`,
      `<dict>\n\t<key>OAuthClientSecret</key>\n\t<string>${fake('{a28}', 376)}</string>\n</dict>`,
      `<entry key="db.password">${fake('{a9}', 377)}#${fake('{d3}', 378)}</entry>`,
      `<meta-data\n            android:name="com.here.sdk.access_key_secret"\n            android:value="${fake('{a40}', 384)}" />`,
      `<key>AlgoliaAdminKey</key>\n\t<string>${fake('{h32}', 385)}</string>`,
    ],
    negative: [
      // a Maven server's password encrypted under the settings-security master password
      `<server>\n  <id>internal</id>\n  <username>ci</username>\n  <password>{${fake('{b16}', 101934)}=}</password>\n</server>`,
      // Jenkins credentials.xml: encrypted under the controller's master key
      `          <secret>{AQAAABAAAAAQ${fake('{b40}', 612)}}</secret>`,
      `\t<key>MBXAccessToken</key>\n\t<string>pk.${fake('eyJ1Ijoi{w24}.{w22}', 484)}</string>`,
      '<string name="prompt_password">Password</string>\n<string name="password">Passwort</string>',
      '<string name="password_hint">Enter your password</string>',
      '<password>${env.NEXUS_PASSWORD}</password>',
      '<add key="TokenEndpoint" value="https://login.example.org/oauth2/token" />',
      `<ListObjectsV2Result><NextContinuationToken>${fake('{a40}', 379)}</NextContinuationToken></ListObjectsV2Result>`,
      '<secret>changeme</secret>',
      '<key>NSFaceIDUsageDescription</key>\n<string>Unlock your saved passwords</string>',
      '<tokenType>Bearer</tokenType>',
      '<add key="PasswordResetTokenProvider" value="EmailTokenProvider" />',
    ],
  },
});
