import assert from 'node:assert/strict';
import { ALL_RULES, scan } from '../../../src/engine/index';
import { toAllowDirectiveInsertion, toCommentSyntax } from '../../../src/extension/codeActions/commentSyntax';

/** A detectable secret, taken from a rule's own example (built with fake(), no literal here). */
function sampleSecret(): { ruleId: string; value: string } {
  const rule = ALL_RULES.find((r) => r.id === 'slack-bot-token');
  assert.ok(rule, 'slack-bot-token rule exists');
  const line = rule.examples.positive[0] as string;
  const f = scan(line, { rules: [rule] })[0];
  assert.ok(f);
  return { ruleId: rule.id, value: line.slice(f.range.start, f.range.end) };
}

function applyInsertion(text: string, ins: { line: number; character: number; endCharacter: number; text: string }): string {
  const lines = text.split('\n');
  const l = lines[ins.line] ?? '';
  lines[ins.line] = l.slice(0, ins.character) + ins.text + l.slice(ins.endCharacter);
  return lines.join('\n');
}

describe('toAllowDirectiveInsertion', () => {
  const cases: Array<[string, string, string]> = [
    ['typescript', 'const t = "VALUE";', 'const t = "VALUE"; // prompt-hygiene:allow slack-bot-token'],
    ['python', 'T = "VALUE"', 'T = "VALUE" # prompt-hygiene:allow slack-bot-token'],
    ['sql', "select 'VALUE';", "select 'VALUE'; -- prompt-hygiene:allow slack-bot-token"],
    ['latex', 'VALUE', 'VALUE % prompt-hygiene:allow slack-bot-token'],
    ['ini', 'token=VALUE', 'token=VALUE ; prompt-hygiene:allow slack-bot-token'],
    ['bat', 'set T=VALUE', 'set T=VALUE REM prompt-hygiene:allow slack-bot-token'],
    ['html', '<p>VALUE</p>', '<p>VALUE</p> <!-- prompt-hygiene:allow slack-bot-token -->'],
    ['markdown', 'Token: VALUE', 'Token: VALUE <!-- prompt-hygiene:allow slack-bot-token -->'],
    ['css', '/* VALUE */', '/* VALUE */ /* prompt-hygiene:allow slack-bot-token */'],
    ['jsonc', '"t": "VALUE", ', '"t": "VALUE", // prompt-hygiene:allow slack-bot-token'],
  ];
  for (const [lang, before, after] of cases) {
    it(`appends the directive in ${lang} comment syntax`, () => {
      const ins = toAllowDirectiveInsertion(lang, 'slack-bot-token', 0, before, false);
      assert.ok(ins);
      assert.equal(applyInsertion(before, ins), after);
    });
  }

  it('offers nothing for languages without comments', () => {
    for (const lang of ['json', 'plaintext', 'unknown-language']) {
      assert.equal(toCommentSyntax(lang), undefined);
      assert.equal(toAllowDirectiveInsertion(lang, 'x', 0, 'a', false), undefined);
    }
  });

  it('puts an allow-next-line directive above a finding that spans lines, keeping the indentation', () => {
    const ins = toAllowDirectiveInsertion('yaml', 'pem-private-key', 3, '    -----BEGIN PRIVATE KEY-----', true);
    assert.deepEqual(ins, { line: 3, character: 0, endCharacter: 0, text: '    # prompt-hygiene:allow-next-line pem-private-key\n' });
  });

  for (const lang of ['typescript', 'python', 'sql', 'html', 'ini', 'bat', 'latex', 'css']) {
    it(`writes a ${lang} directive that the engine honours`, () => {
      const { ruleId, value } = sampleSecret();
      const text = `first line\nkey = "${value}"\nlast line`;
      assert.equal(scan(text).filter((f) => f.ruleId === ruleId).length, 1);
      const ins = toAllowDirectiveInsertion(lang, ruleId, 1, `key = "${value}"`, false);
      assert.ok(ins);
      assert.equal(scan(applyInsertion(text, ins)).filter((f) => f.ruleId === ruleId).length, 0);
    });
  }

  it('writes an allow-next-line directive that the engine honours', () => {
    const { ruleId, value } = sampleSecret();
    const text = `a: 1\n  token: "${value}"\n`;
    const ins = toAllowDirectiveInsertion('yaml', ruleId, 1, `  token: "${value}"`, true);
    assert.ok(ins);
    const after = applyInsertion(text, ins);
    assert.ok(after.includes(value), 'the value itself is untouched');
    assert.equal(scan(after).filter((f) => f.ruleId === ruleId).length, 0);
  });
});
