import { defineRule, fake, minEntropy } from '../defineRule';

// An Express session cookie names itself and carries its signature: connect.sid=s:<id>.<HMAC>
// (`s%3A` once URL-encoded). Seen without a Cookie header: a tshark or proxy log's cookie column,
// a pasted `document.cookie`.
export default defineRule({
  id: 'signed-session-cookie',
  category: 'secret',
  description: 'Express signed session cookie (connect.sid=s:<id>.<signature>) anywhere in a text',
  keywords: ['connect.sid='],
  pattern: /(?<![\w.]|(?<!:)-)connect\.sid=(s(?:%3A|:)[A-Za-z0-9_-]{20,64}\.[A-Za-z0-9+/%]{27,64})(?![A-Za-z0-9+/%])/gu,
  secretGroup: 1,
  validate: (s) => minEntropy(s, 3.5),
  envName: 'SESSION_COOKIE',
  references: ['https://github.com/expressjs/session#cookie', 'https://github.com/tj/node-cookie-signature'],
  examples: {
    positive: [
      `Mar 12 05:18:14 UTC|10.40.2.15|GET|/api/me||connect.sid=s%3A${fake('{w32}', 141)}.${fake('{a43}', 142)}; _ga=GA1.2.43245.1243117104|`,
      `> document.cookie\n'theme=dark; connect.sid=s:${fake('{w32}', 143)}.${fake('{a43}', 144)}'`,
    ],
    negative: ['connect.sid=s%3Axxxxxxxxxxxxxxxxxxxxxxxxxxxx.xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx', 'app.use(session({ name: "connect.sid", secret: process.env.SESSION_SECRET }))', `connect.sid=${fake('{w32}', 145)}`],
  },
});
