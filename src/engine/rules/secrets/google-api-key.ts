import { defineRule, fake, hasCharClasses, minEntropy } from '../defineRule';

export default defineRule({
  id: 'google-api-key',
  category: 'secret',
  description: 'Google API key, including Firebase and Maps keys (AIza…)',
  keywords: ['aiza'],
  // AIza + 35 base64url characters
  pattern: /(?<![\w-])AIza[A-Za-z0-9_-]{35}(?![\w-])/gu,
  validate: (s) => hasCharClasses(s.slice(4), 2) && minEntropy(s.slice(4), 3.2),
  publicPrefix: 4,
  envName: 'GOOGLE_API_KEY',
  references: ['https://cloud.google.com/docs/authentication/api-keys', 'https://firebase.google.com/docs/projects/api-keys'],
  examples: {
    positive: [
      `GOOGLE_API_KEY=${fake('AIza{w35}')}`,
      `<script src="https://maps.googleapis.com/maps/api/js?key=${fake('AIza{w35}', 5)}"></script>`,
      `  apiKey: "${fake('AIzaSy{w33}')}",`,
    ],
    negative: [
      `GOOGLE_API_KEY=${fake('AIza{w30}')}`,
      'GOOGLE_API_KEY=AIzaxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
      'GOOGLE_API_KEY=AIza<your-api-key>',
      `GOOGLE_API_KEY=${fake('AIzb{w35}')}`,
    ],
  },
});
