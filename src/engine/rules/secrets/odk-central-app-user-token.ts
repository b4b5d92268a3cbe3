import { defineRule, fake, hasCharClasses } from '../defineRule';
import { looksRandom } from './_providerKit';

/** ODK Central writes a token as base64 with `+` and `/` turned into `$` and `!`. */
function sample(seed: number): string {
  return fake('{b64}', seed).replace(/\+/gu, '$').replace(/\//gu, '!');
}

export default defineRule({
  id: 'odk-central-app-user-token',
  category: 'secret',
  description: "ODK Central app user or public link token (64 characters in a server URL's /v1/key/ segment)",
  keywords: ['/key/'],
  // An app user's configuration (the QR code ODK Collect scans) and a public access link carry the
  // token in the URL's path, /v1/key/<token>/projects/<n>…: whoever holds the URL submits as that user.
  pattern: /\/v1\/key\/([A-Za-z0-9!$]{64})(?=\/|["'\s`)]|$)/gmu,
  secretGroup: 1,
  validate: (s) => hasCharClasses(s, 3) && looksRandom(s, 4.0),
  references: ['https://docs.getodk.org/central-users/#managing-app-users', 'https://docs.getodk.org/central-api-accounts-and-users/#app-users'],
  examples: {
    positive: [
      `Server URL: https://odk.relief.example/v1/key/${sample(301)}/projects/4`,
      `"server_url": "https://central.field-survey.example/v1/key/${sample(302)}/projects/1/forms/household/submissions"`,
    ],
    negative: [
      'https://odk.relief.example/v1/key/${ODK_APP_USER_TOKEN}/projects/4',
      `https://odk.relief.example/v1/key/${'x'.repeat(64)}/projects/4`,
      `https://odk.relief.example/v1/projects/4/forms/${fake('{a64}', 303)}`,
    ],
  },
});
