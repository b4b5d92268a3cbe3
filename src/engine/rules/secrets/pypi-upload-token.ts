import { defineRule, fake, hasCharClasses, minEntropy } from '../defineRule';

export default defineRule({
  id: 'pypi-upload-token',
  category: 'secret',
  description: 'PyPI or TestPyPI API token (pypi-AgEIcHlwaS5vcmc…)',
  keywords: ['pypi-ageichlwas5vcmc', 'pypi-agendgvzdc5wexbplm9yzw'],
  // pypi- + a base64url macaroon whose fixed start encodes version 2 and the location
  // "pypi.org" (AgEIcHlwaS5vcmc) or "test.pypi.org" (AgENdGVzdC5weXBpLm9yZw), then 50-1000 more
  // base64url characters (identifier, caveats and signature).
  pattern: /(?<![\w]|(?<!:)-)pypi-(?:AgEIcHlwaS5vcmc|AgENdGVzdC5weXBpLm9yZw)[A-Za-z0-9_-]{50,1000}(?![\w-])/gu,
  validate: (s) => {
    const rest = s.replace(/^pypi-(?:AgEIcHlwaS5vcmc|AgENdGVzdC5weXBpLm9yZw)/u, '');
    return hasCharClasses(rest, 3) && minEntropy(rest, 4);
  },
  publicPrefix: 5,
  envName: 'PYPI_API_TOKEN',
  references: ['https://pypi.org/help/#apitoken', 'https://docs.pypi.org/trusted-publishers/'],
  examples: {
    positive: [
      `twine upload -u __token__ -p ${fake('pypi-AgEIcHlwaS5vcmcCJ{w170}', 4)} dist/*`,
      `[pypi]\n  username = __token__\n  password = ${fake('pypi-AgEIcHlwaS5vcmcCJ{w150}')}`,
      `TWINE_PASSWORD=${fake('pypi-AgENdGVzdC5weXBpLm9yZwIk{w160}', 2)}`,
    ],
    negative: [
      `TWINE_PASSWORD=${fake('pypi-AgEIcHlwaS5vcmc{w20}')}`,
      'TWINE_PASSWORD=pypi-AgEIcHlwaS5vcmc...',
      `TWINE_PASSWORD=${fake('pypi-AgEIcHlwaS5jb20{w150}')}`,
      `TWINE_PASSWORD=pypi-AgEIcHlwaS5vcmc${'A'.repeat(120)}`,
    ],
  },
});
