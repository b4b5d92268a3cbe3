import { defineRule, fake } from '../defineRule';
import { decodeBase64, encodeBase64 } from './_providerKit';

/**
 * A DER-encoded private key: a SEQUENCE whose length says where the key ends (the text may hold
 * no more and little less: a copy is whole), and whose first field is a version number.
 */
function isPrivateKeyDer(body: string): boolean {
  const der = decodeBase64(body.replace(/\\n|\s/gu, ''));
  if (der === undefined || der.charCodeAt(0) !== 0x30) return false;
  const first = der.charCodeAt(1);
  let length = first;
  let header = 2;
  if (first & 0x80) {
    const n = first & 0x7f;
    if (n < 1 || n > 2) return false;
    length = 0;
    for (let i = 0; i < n; i++) length = length * 256 + der.charCodeAt(2 + i);
    header += n;
  }
  // INTEGER 0 or 1: PKCS#1's, PKCS#8's and SEC 1's version.
  if (der.charCodeAt(header) !== 0x02 || der.charCodeAt(header + 1) !== 0x01 || der.charCodeAt(header + 2) > 1) return false;
  return Math.abs(der.length - (header + length)) <= 2;
}

/** A fake key of the given DER header and body length, for the examples (random bytes inside). */
function sample(header: number[], bodyBytes: number, seed: number): string {
  const random = fake(`{h${2 * bodyBytes}}`, seed);
  let der = String.fromCharCode(...header);
  for (let i = 0; i < random.length; i += 2) der += String.fromCharCode(parseInt(random.slice(i, i + 2), 16));
  return encodeBase64(der);
}
/** RSA 2048 as PKCS#8 (1,213 bytes): SEQUENCE, version 0, rsaEncryption, OCTET STRING… */
const PKCS8_RSA = [0x30, 0x82, 0x04, 0xbd, 0x02, 0x01, 0x00, 0x30, 0x0d, 0x06, 0x09, 0x2a, 0x86, 0x48, 0x86, 0xf7, 0x0d, 0x01, 0x01, 0x01, 0x05, 0x00, 0x04, 0x82, 0x04, 0xa7];
/** RSA 2048 as PKCS#1 (1,191 bytes): SEQUENCE, version 0, modulus… */
const PKCS1_RSA = [0x30, 0x82, 0x04, 0xa3, 0x02, 0x01, 0x00, 0x02, 0x82, 0x01, 0x01, 0x00];
/** P-256 as SEC 1 (121 bytes): SEQUENCE, version 1, OCTET STRING of 32… */
const SEC1_EC = [0x30, 0x77, 0x02, 0x01, 0x01, 0x04, 0x20];

export default defineRule({
  id: 'der-private-key-base64',
  category: 'secret',
  description: 'Private key as base64 DER without PEM armour (PKCS#1, PKCS#8, SEC 1: Alipay and WeChat Pay configs, JWT signing keys in code)',
  // The base64 of each structure's first fields (version, algorithm): MII…IBAAK (PKCS#1 RSA),
  // MII…IBADAN / IBADAT (PKCS#8), MIG…AgEAM (PKCS#8 EC), MHcCAQEE (SEC 1 P-256), MC4CAQAwBQYDK2Vw (Ed25519).
  keywords: ['ibaak', 'ibadan', 'ibadat', 'ageam', 'mhccaqee', 'mc4caqaw'],
  // The body may be wrapped at 64 columns, with real or escaped (`\n`) line breaks.
  pattern:
    /(?<![A-Za-z0-9+/])(?:MII[A-Za-z0-9+/]{3}IBA(?:AK[CB]|DA[NT])|MIG[A-Za-z0-9+/]AgEAM|MHcCAQEE|MC4CAQAwBQYDK2Vw)(?:[A-Za-z0-9+/]|\\n|\r?\n[ \t]{0,16}(?=[A-Za-z0-9+/]))(?:[A-Za-z0-9+/]|\\n(?=[A-Za-z0-9+/])|\r?\n[ \t]{0,16}(?=[A-Za-z0-9+/])){40,8000}={0,2}(?![A-Za-z0-9+/=])/gu,
  validate: (s) => isPrivateKeyDer(s),
  publicPrefix: 0,
  envName: 'PRIVATE_KEY',
  references: ['https://datatracker.ietf.org/doc/html/rfc5208', 'https://datatracker.ietf.org/doc/html/rfc8017#appendix-A.1.2', 'https://datatracker.ietf.org/doc/html/rfc5915'],
  examples: {
    positive: [
      `alipay:\n  app-id: 2021000100000001\n  private-key: ${sample(PKCS8_RSA, 1191, 111)}`,
      `AlipayConfig.privateKey = "${sample(PKCS1_RSA, 1179, 112)}";`,
      `const signingKey = "${sample(SEC1_EC, 114, 113)}";`,
    ],
    negative: [
      // A public key (SubjectPublicKeyInfo) is meant to be shared.
      `alipay-public-key: ${sample([0x30, 0x82, 0x01, 0x22, 0x30, 0x0d, 0x06, 0x09, 0x2a, 0x86, 0x48, 0x86, 0xf7, 0x0d, 0x01, 0x01, 0x01, 0x05, 0x00, 0x03, 0x82, 0x01, 0x0f, 0x00], 271, 114)}`,
      // Cut short: the SEQUENCE says 1,213 bytes.
      `private-key: ${sample(PKCS8_RSA, 600, 115)}`,
      'private-key: MIIEvQIBADANBgkqhkiG9w0BAQEFAASC...',
    ],
  },
});
