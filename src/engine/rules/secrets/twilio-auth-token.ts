import { defineRule, fake, minEntropy } from '../defineRule';
import { keyPrefix, prefixedValue, textBefore } from './_keyedValue';

const SID = fake('AC{h32}');

export default defineRule({
  id: 'twilio-auth-token',
  category: 'secret',
  description: 'Twilio auth token (32 hex) next to a Twilio key name or right after an account SID',
  keywords: ['twilio'],
  // 32 lower-case hex, after either a key such as TWILIO_AUTH_TOKEN / authToken, or an account SID
  // (AC + 32 hex) followed by `:` or `,` as in `-u AC…:token` and `Client("AC…", "token")`, or as
  // the argument of the SDKs' RequestValidator
  pattern: prefixedValue(
    [
      keyPrefix(String.raw`twilio[\w.-]{0,20}?(?:auth[_.-]?token|token|secret)|auth[ _.-]?token`),
      // named in prose or a table's cell, the token in code quotes (`auth token \`…\``)
      String.raw`\bauth[ _-]?token[ \t]{1,3}\x60`,
      String.raw`\bAC[0-9a-f]{32}["'\x60]?[ \t]{0,3}[,:][ \t]{0,3}["'\x60]?`,
      // the SDKs' webhook validator, built from the auth token (`RequestValidator("…")`, `new RequestValidator(authToken)`)
      String.raw`\bRequestValidator\([ \t]{0,3}["'\x60]`,
    ],
    '[0-9a-f]{32}',
    String.raw`(?![\w-])`,
  ),
  secretGroup: 1,
  // A bare `auth_token` only counts with Twilio mentioned close before it.
  validate: (s, ctx) => minEntropy(s, 3) && /twilio|\bAC[0-9a-f]{32}/iu.test(textBefore(ctx.text, ctx.start, 300)),
  envName: 'TWILIO_AUTH_TOKEN',
  references: ['https://www.twilio.com/docs/iam/api/authtoken', 'https://www.twilio.com/docs/usage/requests-to-twilio'],
  examples: {
    positive: [
      `TWILIO_ACCOUNT_SID=${SID}\nTWILIO_AUTH_TOKEN=${fake('{h32}')}`,
      `curl -X POST https://api.twilio.com/2010-04-01/Accounts/${SID}/Messages.json -u ${SID}:${fake('{h32}', 3)}`,
      `from twilio.rest import Client\nclient = Client("${SID}", "${fake('{h32}', 5)}")`,
      `# Twilio inbound SMS webhook\n# validating with: RequestValidator("${fake('{h32}', 100920)}")`,
      // a Spring Boot debug log that prints each property it resolved (`resolved` is no lockfile's here)
      `DEBUG config: resolved key spring.twilio.auth-token=${fake('{h32}', 101596)} (source: vault)`,
      // a handover document's table of providers
      `| Twilio | SID \`${SID}\`, auth token \`${fake('{h32}', 101715)}\` | rotated |`,
      `Twilio auth token: ${fake('{h32}', 101716)}`,
    ],
    negative: [
      `TWILIO_ACCOUNT_SID=${SID}`,
      `TWILIO_AUTH_TOKEN=${fake('{h31}')}`,
      'TWILIO_AUTH_TOKEN=your_auth_token',
      `auth_token = "${fake('{h32}', 9)}"  # no vendor anywhere near`,
      `twilio api key: ${fake('SK{h32}')}`,
    ],
  },
});
