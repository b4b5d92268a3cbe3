import { defineRule, fake } from '../defineRule';
import { anyCase, isLiteralSecretValue, isPublicClientKey, isRandomToken, looksLikeWords } from './_generic';

/** The credential's name as chats write it: token, API key, access key, secret (no `i` flag: see anyCase). */
const TOKEN_WORDS = ['token', 'api key', 'apikey', 'access key', 'auth token', 'secret', 'integration key', 'routing key', 'service key', 'app key'].map(anyCase).join('|');

// A token or key given in a sentence, as chats and tickets write it: "old token in my local .env is
// 3f9c…", "the API key for staging is …", "secret: …" in prose. (An assignment, `token = "…"`, is
// generic-api-key's; a password is prose-password's.) Up to seven words may stand between the name
// and the verb ("token in my local .env is", "token used by terraform; current one is"), or a colon may
// end them ("global API key found in an old repo: …"). The value must be a random token of twenty characters
// or more (letters and digits mixed, the randomness of a key), not a word, a path or a reference.
export default defineRule({
  id: 'prose-token',
  category: 'secret',
  description: 'Token or API key given in a sentence ("the token in my .env is …")',
  generic: true,
  // (An alerting integration's key: PagerDuty's integration and routing keys, told in a chat.)
  keywords: ['token', 'api key', 'apikey', 'access key', 'secret', 'integration key', 'routing key', 'service key', 'app key'],
  window: { before: 0, after: 220 },
  pattern: new RegExp(
    String.raw`(?:${TOKEN_WORDS})(?:[ \t][\p{L}\p{N}_.:;,/()-]{1,24}){0,7}?(?:[ \t]{1,2}(?:is|was|is still|is now|was still|are|es|era|sigue siendo|é|ainda é|ist|est)|[ \t]{0,2}:)[ \t]{1,3}(?:["'\x60]([A-Za-z0-9+/_=.:-]{20,200})["'\x60]|([A-Za-z0-9+/_=-]{20,200}))(?![\w+/=.-]|\.[\w])`,
    'gu',
  ),
  secretGroup: [1, 2],
  validate: (value, ctx) => {
    // The word starts a word (`mytoken is` is a name in code).
    const before = ctx.text[ctx.match.index - 1];
    if (before !== undefined && /[\p{L}\p{N}_]/u.test(before)) return false;
    // (Nor a key that browsers send by design: Datadog's RUM client token, `pub…`.)
    if (!isLiteralSecretValue(value, ctx.match[1] !== undefined, 20) || looksLikeWords(value) || isPublicClientKey(value)) return false;
    return isRandomToken(value, 20, 3.5) && /\d/u.test(value) && /[A-Za-z]/u.test(value);
  },
  envName: 'API_TOKEN',
  references: ['https://cwe.mitre.org/data/definitions/798.html'],
  examples: {
    positive: [
      `[2024-05-01 15:21] dev: old token in my local .env is ${fake('{h32}', 7330)} — did that get rotated?`,
      `the API key for staging is \`${fake('{a32}', 7331)}\``,
      `Secret is ${fake('{a24}', 7332)}, please rotate it after the demo.`,
      `fyi the integration key in Alertmanager is ${fake('{h32}', 100909)}, rotate it after the drill`,
      // a ticket's summary: the token named, a clause, then the value; a key named before a colon
      `"Please rotate the deploy API token used by CI; current one is ${fake('00{w40}', 101640)} per the audit"`,
      `"Legacy API key found in a backup script: ${fake('{h37}', 101641)} - revoke it"`,
      // the same in Spanish chat: "the events secret in Cloud Run is …"
      `El secret del webhook en producción es ${fake('whk_{a32}', 101654)} según el runbook`,
    ],
    negative: [
      // a browser SDK's client token, public by design
      '"text": "Datadog RUM client token for the web app is `pub3f1c0a9e7b2d4c6e8f0a1b3c5d7e9f2a` (public, goes in the browser)",',
      'the token is stored in the vault under secret/api/staging',
      'the token is rotated monthly; the current one is in Vault at secret/data/ci/deploy',
      'API key: see the 1Password item "Billing API (prod)"',
      'the token is base64-encoded and expires after one hour',
      'my_token is 12345678901234567890',
      'the routing key is pagerduty-payments-critical-escalation',
      'the API key is YOUR_API_KEY_GOES_HERE_PLEASE',
      `the token is \${API_TOKEN}`,
    ],
  },
});
