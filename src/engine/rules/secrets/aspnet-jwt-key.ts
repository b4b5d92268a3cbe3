import { defineRule, fake } from '../defineRule';
import { isLiteralSecretValue, isRandomToken, looksLikeWords } from './_generic';

const KEY_NAMES = '(?:Key|Secret|SecretKey|SigningKey|IssuerSigningKey|TokenKey)';

// The JWT signing key in an ASP.NET Core configuration: an appsettings.json section named for JWT
// (`"Jwt": { "Issuer": …, "Key": "…" }`), its flattened forms in user secrets and environment
// variables (`"Jwt:Key": "…"`, `Jwt__Key=…`). A bare `Key` is too common to read alone; under a JWT
// section it is the key that signs every token the application issues.
export default defineRule({
  id: 'aspnet-jwt-key',
  category: 'secret',
  description: "JWT signing key in an ASP.NET Core configuration (\"Jwt\": { \"Key\": … }, \"Jwt:Key\", Jwt__Key)",
  keywords: ['jwt'],
  window: { before: 8, after: 420 },
  pattern: new RegExp(
    `(?:"(?:Jwt|JWT)[A-Za-z]{0,16}"[ \\t]*:[ \\t]*\\{[^{}]{0,300}?"${KEY_NAMES}"[ \\t]*:|"?(?:Jwt|JWT)[A-Za-z]{0,16}(?::|__)${KEY_NAMES}"?[ \\t]*[:=])[ \\t]*"?([^"\\s]{16,200})"?`,
    'gu',
  ),
  secretGroup: 1,
  // A phrase ("ThisIsMySuperSecretKey123", "your-256-bit-secret") is a development placeholder.
  validate: (s) => isLiteralSecretValue(s, true, 16) && isRandomToken(s, 16, 3) && !looksLikeWords(s.replace(/\d+/gu, '-')),
  envName: 'Jwt__Key',
  references: ['https://learn.microsoft.com/en-us/aspnet/core/security/authentication/configure-jwt-bearer-authentication'],
  examples: {
    positive: [
      `  "Jwt": {\n    "Issuer": "https://portal.example.net",\n    "Audience": "portal",\n    "Key": "${fake('{b48}', 441)}"\n  },`,
      `{ "Jwt:Key": "${fake('{b44}', 442)}", "ConnectionStrings:Default": "Server=." }`,
      `Jwt__SigningKey=${fake('{a40}', 443)}`,
    ],
    negative: [
      '  "Jwt": {\n    "Issuer": "https://portal.example.net",\n    "Key": "${JWT_KEY}"\n  },',
      '"Jwt:Key": "your-256-bit-secret-goes-here"',
      '"JwtSettings": { "SecretKey": "ThisIsMySuperSecretKeyForDevelopment123" }',
      '"JwtBearer": { "Authority": "https://login.example.net", "Audience": "api" }',
    ],
  },
});
