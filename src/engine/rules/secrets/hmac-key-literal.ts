import { defineRule, fake } from '../defineRule';
import { isLiteralSecretValue } from './_generic';

// A signing key written as a literal into the call that signs with it: Node's
// `crypto.createHmac("sha256", "…")`, CryptoJS's `HmacSHA256(message, "…")` (Postman's pre-request
// scripts), Python's `hmac.new(b"…", …)`, PHP's `hash_hmac("sha256", $data, "…")`, Ruby's
// `OpenSSL::HMAC.hexdigest("SHA256", "…", data)`, Go's `hmac.New(sha256.New, []byte("…"))` and
// Java's `new SecretKeySpec("…".getBytes(), "HmacSHA256")`. Whoever holds the key signs webhooks
// and requests as the service does. The key must be a literal (group 2); a name is a reference.
export default defineRule({
  id: 'hmac-key-literal',
  category: 'secret',
  description: 'Signing key written as a literal into an HMAC call (createHmac, HmacSHA256, hmac.new, hash_hmac, SecretKeySpec)',
  keywords: ['createhmac', 'hmacsha', 'hmacmd5', 'hmacripemd', 'hmac.new', 'hash_hmac', 'openssl::hmac', 'secretkeyspec'],
  // (A match may start before its keyword: `CryptoJS.`, `new `.)
  window: { before: 16, after: 320 },
  pattern:
    /(?:createHmac\([ \t]*["'][\w-]{2,20}["'][ \t]*,[ \t]*|(?<![\w.])(?:CryptoJS\.)?Hmac(?:SHA(?:1|224|256|384|512|3)|MD5|RIPEMD160)\([^,()\n]{1,200},[ \t]*|(?<![\w])hmac\.new\([ \t]*b?|(?<![\w])hash_hmac\([ \t]*["'][\w-]{2,20}["'][ \t]*,[^,\n]{1,200},[ \t]*|OpenSSL::HMAC\.(?:hexdigest|digest|base64digest)\([^,\n]{1,60},[ \t]*|(?<![\w])hmac\.New\([\w.]{1,40},[ \t]*\[\]byte\(|new SecretKeySpec\([ \t]*)(["'`])([^"'`\n\\]{8,256})\1/gu,
  secretGroup: 2,
  validate: (value) => isLiteralSecretValue(value, true, 8),
  envName: 'HMAC_SECRET',
  references: ['https://nodejs.org/api/crypto.html#cryptocreatehmacalgorithm-key-options', 'https://cwe.mitre.org/data/definitions/321.html'],
  examples: {
    positive: [
      `"const signature = CryptoJS.HmacSHA256(stringToSign, '${fake('{b44}', 100953)}').toString(CryptoJS.enc.Hex);",`,
      `const digest = crypto.createHmac('sha256', '${fake('{h64}', 100954)}').update(rawBody).digest('hex');`,
      `mac = hmac.new(b"${fake('{a32}', 100955)}", payload, hashlib.sha256).hexdigest()`,
      `$sig = hash_hmac('sha256', $payload, '${fake('{a40}', 100956)}');`,
      `mac := hmac.New(sha256.New, []byte("${fake('{a32}', 100957)}"))`,
    ],
    negative: [
      "const digest = crypto.createHmac('sha256', process.env.WEBHOOK_SECRET).update(rawBody).digest('hex');",
      'mac = hmac.new(secret.encode(), payload, hashlib.sha256)',
      "$sig = hash_hmac('sha256', $payload, getenv('SIGNING_KEY'));",
      "const sig = CryptoJS.HmacSHA256(message, '<your-secret-here>');",
      "mac = hmac.new(b'secret', payload, hashlib.sha256)",
    ],
  },
});
