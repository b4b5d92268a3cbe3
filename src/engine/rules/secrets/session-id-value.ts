import { defineRule, fake, hasCharClasses } from '../defineRule';
import { looksRandom } from './_providerKit';

// A web session's id written as a value, outside a Cookie header: an auth service's log line
// (`msg="login succeeded" … session_id=…`), a session store's key (connect-redis writes
// `sess:<id>`, as `redis-cli monitor` shows it), a JSON event's `"sessionId"`. Whoever holds it rides
// the session until it ends, like the cookie it is. Random values only (twenty-four characters or
// more, two classes of characters, no UUID): an analytics tool's numeric or UUID session is not a
// credential, and UUIDs are left to the shared filters.
export default defineRule({
  id: 'session-id-value',
  category: 'secret',
  description: "Web session id as a key's value in a log or an event (session_id=…, \"sessionId\": …) or a session store's key (sess:…)",
  keywords: ['session_id', 'sessionid', 'session-id', 'sess:'],
  pattern:
    /(?<![\w.-])(?:session[_-]?id|sessionId|SESSION_ID|SessionId)["']?[ \t]{0,3}[=:][ \t]{0,3}["']?([A-Za-z0-9_+/%-]{24,256}={0,2})(?![\w+/%=.-])|(?<![\w:-])sess:([A-Za-z0-9_-]{24,64})(?![\w-])/gu,
  secretGroup: [1, 2],
  // (A digit among 24 random characters or more: one in 250 random base62 values has none; a camelCase identifier has none.)
  // (Nor a UUID behind a word, as a chat widget names its conversations: Crisp's `session_<uuid>`.)
  // (Nor a USSD gateway's session, Africa's Talking's `ATUid_…`: a phone menu's dialogue, which
  // nothing outside the operator's network can ride.)
  validate: (s) => /\d/u.test(s) && hasCharClasses(s, 2) && looksRandom(s, /^[0-9a-f]+$/u.test(s) ? 3.0 : 3.5) && !/^(?:[a-z]{2,12}_)?[0-9a-f]{8}-[0-9a-f]{4}-/iu.test(s) && !s.startsWith('ATUid_'),
  envName: 'SESSION_ID',
  references: ['https://owasp.org/www-community/attacks/Session_hijacking_attack', 'https://github.com/tj/connect-redis#prefix'],
  examples: {
    positive: [
      `time=2024-06-09T12:07:00Z level=info msg="login succeeded" user_id=acc_1 mfa=totp session_id=${fake('{w32}', 100886)}`,
      `1718200001.920000 [0 10.10.8.22:40210] "SET" "sess:${fake('{w32}', 100887)}" "{\\"cookie\\":{\\"originalMaxAge\\":86400000}}"`,
      `{"event": "checkout", "sessionId": "${fake('{a40}', 100888)}"}`,
    ],
    negative: [
      // an analytics session (a number), a UUID, a placeholder, and a word
      'ga_session_id=1718200001',
      'session_id=7f3c9a2e-41b8-4c1d-9f2a-0d6e5b8c1a47',
      'session_id=<SESSION_ID>',
      `session_id=${'ab'.repeat(16)}`,
      'sessionId: currentSessionIdentifierFromCookie',
      // a USSD gateway's session in its hop log
      `INFO ussd.hop sessionId=ATUid_${fake('{h32}', 101682)} serviceCode=*384*12#`,
      // a support chat export's conversation id: a UUID behind a word
      '"session_id": "session_b2f0c3d4-7a1e-4c2b-9d8e-5f6a7b8c9d0e",',
    ],
  },
});
