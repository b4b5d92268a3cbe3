import assert from 'node:assert/strict';
import { ALL_RULES, redact, scan, withRange } from '../../../src/engine/index';
import type { Finding } from '../../../src/engine/index';
import { toRedactAllReplacements, toRedactionReplacements } from '../../../src/extension/codeActions/redactEdit';
import type { TextReplacement } from '../../../src/extension/codeActions/redactEdit';

function apply(text: string, reps: readonly TextReplacement[]): string {
  let out = text;
  for (const r of [...reps].sort((a, b) => b.start - a.start)) out = out.slice(0, r.start) + r.newText + out.slice(r.end);
  return out;
}

/** A secret value from the slack-bot-token rule's own example, and a text holding it. */
function secretText(template: (v: string) => string): { text: string; value: string; findings: Finding[] } {
  const rule = ALL_RULES.find((r) => r.id === 'slack-bot-token');
  assert.ok(rule);
  const line = rule.examples.positive[0] as string;
  const f0 = scan(line, { rules: [rule] })[0];
  assert.ok(f0);
  const value = line.slice(f0.range.start, f0.range.end);
  const text = template(value);
  return { text, value, findings: scan(text) };
}

describe('toRedactionReplacements', () => {
  for (const strategy of ['placeholder', 'mask', 'pseudonym'] as const) {
    it(`gives the same text as the engine's redact() with ${strategy}`, () => {
      const { text, value, findings } = secretText((v) => `const a = 1;\nconst slackToken = "${v}";\n`);
      const f = findings[0];
      assert.ok(f);
      const [rep, ...more] = toRedactionReplacements(text, f, strategy, 'typescript');
      assert.equal(more.length, 0);
      assert.equal(apply(text, [rep as TextReplacement]), redact(text, [f], strategy, { languageId: 'typescript' }).text);
      assert.ok(!apply(text, [rep as TextReplacement]).includes(value));
    });
  }

  it('replaces the quotes too when the env reference is code', () => {
    const { text, findings } = secretText((v) => `const slackToken = "${v}";`);
    const [rep, ...more] = toRedactionReplacements(text, findings[0] as Finding, 'env', 'typescript');
      assert.equal(more.length, 0);
    assert.equal(apply(text, [rep as TextReplacement]), 'const slackToken = process.env.SLACK_TOKEN;');
  });

  it('uses the language of the document for the env reference', () => {
    const { text, findings } = secretText((v) => `SLACK_BOT_TOKEN = "${v}"`);
    const [rep, ...more] = toRedactionReplacements(text, findings[0] as Finding, 'env', 'python');
      assert.equal(more.length, 0);
    assert.equal(apply(text, [rep as TextReplacement]), 'SLACK_BOT_TOKEN = os.environ["SLACK_BOT_TOKEN"]');
  });

  it('touches only the characters that change', () => {
    const { text, findings } = secretText((v) => `x = "${v}"`);
    const f = findings[0] as Finding;
    const [rep, ...more] = toRedactionReplacements(text, f, 'placeholder');
      assert.equal(more.length, 0);
    assert.ok(rep !== undefined && rep.start >= f.range.start && rep.end <= f.range.end);
  });
});

/** An export row with a person's given name, surname and whole name in cells of their own (invented). */
const PEOPLE = 'id,first_name,last_name,full_name,city\n7,Oriane,Vasquelle,Oriane Vasquelle,Lyon\n';

describe('redacting a name with its parts', () => {
  it('redacts the given-name and surname cells with the whole name, in one quick fix', () => {
    const findings = scan(PEOPLE).filter((f) => f.label === 'name');
    // (Each cell is a finding; the whole name's carries the others as its parts.)
    assert.deepEqual(findings.map((f) => PEOPLE.slice(f.range.start, f.range.end)), ['Oriane', 'Vasquelle', 'Oriane Vasquelle']);
    const reps = toRedactionReplacements(PEOPLE, findings[2] as Finding, 'placeholder');
    assert.equal(reps.length, 3);
    const out = apply(PEOPLE, reps);
    assert.ok(!/Oriane|Vasquelle/u.test(out), out);
    assert.ok(out.endsWith(',Lyon\n'));
  });

  it('redact-all gives what the engine gives', () => {
    const findings = scan(PEOPLE);
    for (const strategy of ['placeholder', 'pseudonym', 'mask'] as const) {
      const out = apply(PEOPLE, toRedactAllReplacements(PEOPLE, findings, strategy));
      assert.equal(out, redact(PEOPLE, findings, strategy).text);
      assert.ok(!/Oriane|Vasquelle/u.test(out), out);
    }
  });
});

describe('toRedactAllReplacements', () => {
  it('redacts every finding in one pass', () => {
    const { text, value, findings } = secretText((v) => `a = "${v}"\nb = "${v}"\n`);
    assert.equal(findings.length, 2);
    const out = apply(text, toRedactAllReplacements(text, findings, 'placeholder'));
    assert.ok(!out.includes(value));
    assert.equal(out, redact(text, findings, 'placeholder').text);
  });

  it('numbers pseudonyms across the file, giving the same value the same name', () => {
    const { text, findings } = secretText((v) => `a = "${v}"\nb = "${v}"\n`);
    const out = apply(text, toRedactAllReplacements(text, findings, 'pseudonym'));
    assert.equal(out, redact(text, findings, 'pseudonym').text);
  });

  it('handles env references for several findings', () => {
    const { text, value, findings } = secretText((v) => `slackToken = "${v}"\nother = "${v}"\n`);
    const out = apply(text, toRedactAllReplacements(text, findings, 'env', 'python'));
    assert.ok(!out.includes(value));
    assert.equal(out, redact(text, findings, 'env', { languageId: 'python' }).text);
  });

  it('skips overlapping findings like the engine does', () => {
    const { text, findings } = secretText((v) => `x = "${v}"`);
    const f = findings[0] as Finding;
    const overlapping = withRange(f, { start: f.range.start + 2, end: f.range.end });
    assert.equal(toRedactAllReplacements(text, [f, overlapping], 'placeholder').length, 1);
  });
});
