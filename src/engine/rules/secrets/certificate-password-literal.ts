import { defineRule, fake } from '../defineRule';
import { isLiteralSecretValue } from './_generic';

/** A stand-in that documentation and tests pass (`password`, `changeit`: the JDK's default store password). */
const STAND_IN = /^(?:password|changeit|changeme|secret|test|pass|123456)$/iu;

// A certificate's or a key store's password written into the call that opens it: .NET's
// `new X509Certificate2("client.pfx", "…")`, Java's `keyStore.load(in, "…".toCharArray())` and
// `getKey(alias, "…".toCharArray())`, Python's `pkcs12.load_key_and_certificates(data, b"…")`. The
// password opens the private key the file holds, and ships with the code.
export default defineRule({
  id: 'certificate-password-literal',
  category: 'secret',
  description: "Key store's or certificate file's password as a literal in the call that opens it (X509Certificate2, KeyStore.load, PKCS#12)",
  keywords: ['x509certificate2(', '.tochararray()', 'load_key_and_certificates('],
  window: { before: 200, after: 200 },
  pattern: new RegExp(
    [
      String.raw`new[ \t]+X509Certificate2\([ \t]*[^,()\n]{1,200},[ \t]*@?"([^"\\\r\n]{4,128})"`,
      String.raw`\.(?:load|getKey|getEntry|init)\([ \t]*[^,()\n]{1,120},[ \t]*"([^"\\\r\n]{4,128})"\.toCharArray\(\)`,
      String.raw`load_key_and_certificates\([ \t]*[^,()\n]{1,120},[ \t]*b?["']([^"'\\\r\n]{4,128})["']`,
    ].join('|'),
    'gu',
  ),
  secretGroup: [1, 2, 3],
  validate: (s) => !STAND_IN.test(s) && isLiteralSecretValue(s, true, 4),
  envName: 'CERTIFICATE_PASSWORD',
  references: ['https://learn.microsoft.com/dotnet/api/system.security.cryptography.x509certificates.x509certificate2.-ctor', 'https://docs.oracle.com/en/java/javase/21/docs/api/java.base/java/security/KeyStore.html#load(java.io.InputStream,char%5B%5D)'],
  examples: {
    positive: [
      `        var cert = new X509Certificate2("keys/signing.pfx", "${fake('{a8}@{d4}', 101647)}");`,
      `    keyStore.load(in, "${fake('{a12}', 101648)}".toCharArray());`,
      `key, cert, extra = pkcs12.load_key_and_certificates(data, b"${fake('{a14}', 101649)}")`,
    ],
    negative: [
      // the JDK's default password, a password read from configuration
      '    trustStore.load(in, "changeit".toCharArray());',
      '        var cert = new X509Certificate2(path, _options.CertificatePassword);',
      '        var cert = new X509Certificate2(path, Environment.GetEnvironmentVariable("PFX_PASSWORD"));',
    ],
  },
});
