import { defineRule, fake } from '../defineRule';
import { isLiteralSecretValue } from './_generic';

// A literal wrapped in a type that exists to hold secrets: pydantic's `SecretStr("…")` and
// `SecretBytes(b"…")`. Whatever the field is called, the code says the value is a secret, and
// ships it in the source.
export default defineRule({
  id: 'secret-type-literal',
  category: 'secret',
  description: "Literal inside a secret type (pydantic SecretStr(\"…\"), SecretBytes(b\"…\"))",
  generic: true,
  keywords: ['secretstr(', 'secretbytes('],
  window: { before: 16, after: 220 },
  pattern: /\bSecret(?:Str|Bytes)\([ \t]{0,3}b?(["'])([^"'\r\n]{6,200})\1[ \t]{0,3}\)/gu,
  secretGroup: 2,
  validate: (s) => isLiteralSecretValue(s, true, 6),
  envName: 'SECRET',
  references: ['https://docs.pydantic.dev/latest/api/types/#pydantic.types.SecretStr'],
  examples: {
    positive: [`    mlflow_tracking_password: SecretStr = SecretStr("${fake('{a6}', 981)}!${fake('{a8}', 982)}")`],
    negative: ['    api_key: SecretStr = SecretStr("changeme")', '    token: SecretStr = SecretStr(os.environ["TOKEN"])', 'SecretStr("")', '    mongo_uri: SecretStr = SecretStr("mongodb://localhost:27017/app")'],
  },
});
