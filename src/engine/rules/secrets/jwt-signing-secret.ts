import { defineRule, fake } from '../defineRule';
import { isLiteralSecretValue, isRandomToken } from './_generic';

// The key passed as a string literal to a JWT library: jwt.encode/decode (PyJWT), jwt.sign/verify
// (jsonwebtoken), JWT::encode/decode (php-jwt).
export default defineRule({
  id: 'jwt-signing-secret',
  category: 'secret',
  description: 'JWT signing secret passed as a literal to jwt.sign/verify/encode/decode',
  keywords: ['jwt.', 'jwt::'],
  pattern: /\b(?:jwt|JWT)(?:\.|::)(?:sign|verify|encode|decode)\([^,()\n]{1,120},[ \t]*(["'`])([^"'`\s]{8,200})\1/gu,
  secretGroup: 2,
  validate: (s) => isLiteralSecretValue(s, true, 8) && isRandomToken(s, 12, 3),
  envName: 'JWT_SECRET',
  references: ['https://pyjwt.readthedocs.io/en/stable/usage.html', 'https://github.com/auth0/node-jsonwebtoken#usage'],
  examples: {
    positive: [
      `payload = jwt.decode(token, "${fake('{a40}', 1)}", algorithms=["HS256"])`,
      `const token = jwt.sign({ sub: user.id }, '${fake('{a32}', 2)}', { expiresIn: '1h' });`,
    ],
    negative: ['jwt.sign(payload, process.env.JWT_SECRET)', "jwt.decode(token, 'your-secret-key', algorithms=['HS256'])", 'jwt.verify(token, secret, options)'],
  },
});
