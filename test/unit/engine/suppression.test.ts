import assert from 'node:assert/strict';
import { toLineStarts } from '../../../src/engine/scan/lines';
import { parseSuppressions } from '../../../src/engine/scan/suppression';

const ids = new Set(['email-address', 'generic-password']);

function suppressed(text: string, line: number, ruleId = 'generic-password'): boolean {
  return parseSuppressions(text, toLineStarts(text), ids).isSuppressed(ruleId, line);
}

describe('inline suppression directives', () => {
  const sameLine: [string, string][] = [
    ['prompt-hygiene', 'x = 1 // prompt-hygiene:allow'],
    ['gitleaks', 'x = 1 # gitleaks:allow'],
    ['betterleaks', 'x = 1 # betterleaks:allow'],
    ['trufflehog', 'x = 1 # trufflehog:ignore'],
    ['GitGuardian', 'x = 1 # ggignore'],
    ['detect-secrets', 'x = 1  # pragma: allowlist secret'],
    ['secretlint', 'x = 1 // secretlint-disable-line'],
  ];
  for (const [tool, text] of sameLine) {
    it(`honours the ${tool} same-line directive, and only on that line`, () => {
      const t = `${text}\ny = 2`;
      assert.equal(suppressed(t, 0), true);
      assert.equal(suppressed(t, 1), false);
    });
  }

  const nextLine: [string, string][] = [
    ['prompt-hygiene', '// prompt-hygiene:allow-next-line'],
    ['detect-secrets', '# pragma: allowlist nextline secret'],
    ['secretlint', '// secretlint-disable-next-line'],
  ];
  for (const [tool, directive] of nextLine) {
    it(`honours the ${tool} next-line directive for the following line only`, () => {
      const t = `${directive}\nx = 1\ny = 2`;
      assert.equal(suppressed(t, 0), false);
      assert.equal(suppressed(t, 1), true);
      assert.equal(suppressed(t, 2), false);
    });
  }

  it('suppresses every line of a prompt-hygiene:disable … enable block', () => {
    const t = 'a\n# prompt-hygiene:disable\nb\nc\n# prompt-hygiene:enable\nd';
    assert.deepEqual([0, 1, 2, 3, 4, 5].map((l) => suppressed(t, l)), [false, true, true, true, true, false]);
  });

  it('suppresses a secretlint-disable … secretlint-enable block', () => {
    const t = '/* secretlint-disable */\nb\n/* secretlint-enable */\nd';
    assert.deepEqual([0, 1, 2, 3].map((l) => suppressed(t, l)), [true, true, true, false]);
  });

  it('runs an unclosed disable to the end of the text', () => {
    const t = 'a\n# prompt-hygiene:disable\nb\nc';
    assert.equal(suppressed(t, 3), true);
    assert.equal(suppressed(t, 0), false);
  });

  it('narrows a directive to the rule ids listed after it', () => {
    const t = 'x = 1 // prompt-hygiene:allow email-address';
    assert.equal(suppressed(t, 0, 'email-address'), true);
    assert.equal(suppressed(t, 0, 'generic-password'), false);
  });

  it('treats words after a directive that are not rule ids as a free-text reason', () => {
    const t = 'x = 1 // prompt-hygiene:allow test fixture only';
    assert.equal(suppressed(t, 0, 'generic-password'), true);
  });

  it('does not confuse allow-next-line with a same-line allow', () => {
    const t = 'x = 1 // prompt-hygiene:allow-next-line\ny = 2';
    assert.equal(suppressed(t, 0), false);
    assert.equal(suppressed(t, 1), true);
  });
});
