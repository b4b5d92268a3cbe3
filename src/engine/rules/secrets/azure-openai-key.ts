import { defineRule, fake } from '../defineRule';
import { native } from '../../scan/nativeRegex';
import { isAnnotatedKey } from './_azure';
import { contextWords } from './_context';
import { windowAround, withSignatureBranch } from './_providerKit';

const AZURE_OPENAI_NEARBY = native(/openai\.azure\.com|cognitiveservices\.azure\.com|azure[_-]?openai|AzureOpenAI|AzureChatOpenAI|azure_endpoint|AZURE_OPENAI/iu);

/** A fake Azure AI services key in the 84-character format with the ACOG signature. */
function fakeAnnotatedKey(seed?: number): string {
  return fake('{a52}JQQJ99{a1}{A1}{a16}ACOG{a4}', seed).replace(/JQQJ99(.)(.)/u, (_m, a: string, b: string) => `JQQJ99${a}${'ABCDEFGHIJKL'[b.charCodeAt(0) % 12]}`);
}

export default defineRule({
  id: 'azure-openai-key',
  category: 'secret',
  description: 'Azure OpenAI / Azure AI services API key',
  keywords: ['azure_openai', 'azure-openai', 'azureopenai', 'openai.azure.com', 'cognitiveservices.azure.com', 'aoai', 'jqqj99'],
  // context: AZURE_OPENAI_API_KEY / AZURE_OPENAI_KEY / aoai_key, or api_key / api-key with an Azure
  // OpenAI endpoint within 600 characters; an assignment; then the value (group 1): 32 hex
  // characters, or the 84-character format (52 + JQQJ99 + 2 + 16 + ACOG + 4), which is
  // identifiable on its own.
  pattern:
    withSignatureBranch(
    /(?:(?<![A-Za-z0-9])(?:azure[_.-]?openai[_.-]?(?:api[_.-]?)?key|aoai[_.-]?(?:api[_.-]?)?key|openai[_.-]?api[_.-]?key|api[_.-]?key|ocp-apim-subscription-key)["'`]?(?:[ \t]{0,5}(?:=|:=|=>|:)[ \t]{0,5}|[ \t]{1,5})["'`]?)([A-Za-z0-9]{84}|[a-f0-9]{32})(?![A-Za-z0-9])/giu,
    { signature: String.raw`JQQJ99`, offset: 52, chars: String.raw`A-Za-z0-9`, value: String.raw`[A-Za-z0-9]{84}|[a-f0-9]{32}`, after: String.raw`(?![A-Za-z0-9])` },
  ),
  secretGroup: [1, 2],
  validate: (s, ctx) => {
    if (isAnnotatedKey(s, 'ACOG')) return true;
    if (!/^[a-f0-9]{32}$/iu.test(s) || new Set(s).size < 8) return false;
    const words = contextWords(ctx);
    if (/azure|aoai/u.test(words)) return true;
    return words !== '' && AZURE_OPENAI_NEARBY.test(windowAround(ctx, 600, 600));
  },
  envName: 'AZURE_OPENAI_API_KEY',
  references: [
    'https://learn.microsoft.com/en-us/azure/ai-services/openai/reference#authentication',
    'https://learn.microsoft.com/en-us/azure/ai-services/authentication',
  ],
  examples: {
    positive: [
      `AZURE_OPENAI_API_KEY=${fake('{h32}')}`,
      `client = AzureOpenAI(\n    azure_endpoint="https://acme.openai.azure.com/",\n    api_key="${fake('{h32}', 2)}",\n    api_version="2024-06-01",\n)`,
      `AZURE_OPENAI_API_KEY=${fakeAnnotatedKey()}`,
    ],
    negative: [
      `# azure_openai settings live in config/azure.yaml\n${'#\n'.repeat(400)}DATADOG_API_KEY=${fake('{h32}', 2)}`,
      'AZURE_OPENAI_API_KEY=<your-azure-openai-key>',
      `AZURE_OPENAI_API_KEY=${fake('{h24}')}`,
      `AZURE_OPENAI_API_KEY=${fakeAnnotatedKey().replace('ACOG', 'AZDO')}`,
    ],
  },
});
