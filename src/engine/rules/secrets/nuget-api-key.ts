import { defineRule, fake } from '../defineRule';
import { looksRandom } from './_providerKit';

export default defineRule({
  id: 'nuget-api-key',
  category: 'secret',
  description: 'NuGet.org API key (oy2…)',
  keywords: ['oy2'],
  // oy2 + 43 lower-case alphanumerics (46 characters in all)
  pattern: /(?<![\w]|(?<!:)-)oy2[a-z0-9]{43}(?![\w-])/gu,
  validate: (s) => /\d/u.test(s.slice(3)) && /[a-z]/u.test(s.slice(3)) && looksRandom(s.slice(3), 3.5),
  publicPrefix: 3,
  envName: 'NUGET_API_KEY',
  references: ['https://learn.microsoft.com/en-us/nuget/nuget-org/scoped-api-keys'],
  examples: {
    positive: [`NUGET_API_KEY=${fake('oy2{l43}')}`, `dotnet nuget push bin/Release/*.nupkg --api-key ${fake('oy2{l43}', 2)} --source https://api.nuget.org/v3/index.json`],
    negative: [fake('oy2{l30}'), 'NUGET_API_KEY=oy2xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx', fake('oy3{l43}'), fake('oy2{a43}')],
  },
});
