import { defineRule, fake } from '../defineRule';
import { isRandomToken } from './_generic';

// An API key sent as the user name of HTTP basic auth, with a dummy password: BambooHR, Freshdesk,
// Harvest's and Mailchimp's documented form (`curl -u "API_KEY:x" …`), also as Python requests'
// `auth=("API_KEY", "X")`. The key is the whole credential; `x` only fills the password's place.
export default defineRule({
  id: 'basic-auth-api-key-user',
  category: 'secret',
  description: 'API key sent as the user name of HTTP basic auth with a dummy password (curl -u "KEY:x", auth=("KEY", "X"): BambooHR, Freshdesk, Harvest)',
  keywords: ['-u', '--user', 'auth=', 'auth ='],
  // (A match starts at its keyword and is at most ~130 characters long: the pattern runs near the keywords only.)
  window: { before: 0, after: 160 },
  pattern:
    /(?:(?<![\w-])(?:-u|--user)[ \t=]{1,3}["']?([A-Za-z0-9_-]{20,80}):[xX](?=["'\s]|$)|\bauth[ \t]?=[ \t]{0,8}\([ \t]{0,8}["']([A-Za-z0-9_-]{20,80})["'][ \t]{0,8},[ \t]{0,8}["'][xX]["'][ \t]{0,8}\))/gu,
  secretGroup: [1, 2],
  validate: (s) => isRandomToken(s, 20, 3.2),
  envName: 'API_KEY',
  references: ['https://documentation.bamboohr.com/docs/getting-started#authentication', 'https://developers.freshdesk.com/api/#authentication'],
  examples: {
    positive: [
      `curl -u "${fake('{h40}', 101105)}:x" "https://api.bamboohr.com/api/gateway.php/acme/v1/employees/directory"`,
      `curl -sS -u "${fake('{a20}', 101106)}:X" -H "Content-Type: application/json" https://acme.freshdesk.com/api/v2/tickets`,
      `r = requests.get(url, auth=("${fake('{a24}', 101107)}", "X"))`,
    ],
    negative: ['curl -u "$BAMBOOHR_API_KEY:x" https://api.bamboohr.com/', 'curl -u "aaaaaaaaaaaaaaaaaaaaaaaa:x" https://x.example.com', 'curl -u admin:x https://x'],
  },
});
