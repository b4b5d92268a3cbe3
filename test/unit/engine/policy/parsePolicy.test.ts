import * as assert from 'node:assert/strict';
import * as fc from 'fast-check';
import { parsePolicy, toJsonDocument, toNodeRange, toPathText } from '../../../../src/engine/index';
import { policyText } from './helpers';

/** The text an issue's range covers. */
function covered(text: string, issue: { offset: number; length: number }): string {
  return text.slice(issue.offset, issue.offset + issue.length);
}

describe('parsePolicy', () => {
  it('accepts comments and trailing commas', () => {
    const text = `// team policy
{
  /* format */ "version": 1,
  "team": { "name": "Core", "owner": "Ana", }, // trailing comma
  "reviewedOn": "2025-01-15",
}`;
    const r = parsePolicy(text);
    assert.equal(r.ok, true);
    if (r.ok) assert.equal(r.policy.team.name, 'Core');
  });

  it('accepts a byte-order mark and keeps positions on the original text', () => {
    const text = `\uFEFF{ "version": 1, "team": { "name": "Core", "owner": "Ana" }, "reviewedOn": "bad" }`;
    const r = parsePolicy(text);
    assert.equal(r.ok, false);
    if (r.ok) return;
    assert.equal(covered(text, r.issues[0] as { offset: number; length: number }), '"bad"');
  });

  it('reports a JSON syntax error as an issue with its position', () => {
    const text = '{\n  "version": 1\n  "team": {}\n}';
    const r = parsePolicy(text);
    assert.equal(r.ok, false);
    if (r.ok) return;
    const first = r.issues[0];
    assert.equal(first?.code, 'syntax');
    assert.equal(first?.message, 'JSON syntax error: Comma expected.');
    assert.deepEqual([first?.line, first?.column], [3, 3]);
  });

  it('does not validate the schema when the JSON is broken', () => {
    const r = parsePolicy('{ "version": 2, ');
    assert.equal(r.ok, false);
    if (r.ok) return;
    assert.ok(r.issues.every((i) => i.code === 'syntax'));
  });

  it('reports an empty file', () => {
    for (const text of ['', '   \n', '// nothing but a comment\n']) {
      const r = parsePolicy(text);
      assert.equal(r.ok, false);
      if (!r.ok) assert.equal(r.issues[0]?.code, 'empty');
    }
  });

  it('reports a top-level value that is not an object', () => {
    const r = parsePolicy('[1, 2]');
    assert.equal(r.ok, false);
    if (!r.ok) assert.equal(r.issues[0]?.message, 'Expected an object, got an array.');
  });

  it('reports a duplicate key at its second occurrence', () => {
    const text = '{ "version": 1, "version": 1, "team": { "name": "a", "owner": "b" }, "reviewedOn": "2025-01-01" }';
    const r = parsePolicy(text);
    assert.equal(r.ok, false);
    if (r.ok) return;
    const issue = r.issues[0] as { offset: number; length: number; code: string };
    assert.equal(issue.code, 'duplicate-key');
    assert.equal(issue.offset, text.lastIndexOf('"version"'));
  });

  it('treats __proto__ as an unknown key instead of changing the prototype', () => {
    const r = parsePolicy(policyText().replace('{', '{ "__proto__": { "version": 2 },'));
    assert.equal(r.ok, false);
    if (!r.ok) assert.deepEqual(r.issues.map((i) => i.message), ['Unknown property "__proto__".']);
  });

  it('rejects a file larger than the limit without parsing it', () => {
    const r = parsePolicy(' '.repeat(1_000_001));
    assert.equal(r.ok, false);
    if (!r.ok) assert.equal(r.issues[0]?.code, 'too-large');
  });

  it('sorts issues by position', () => {
    const r = parsePolicy('{ "zz": 1, "version": 3, "team": { "name": "a", "owner": "b" }, "reviewedOn": "x" }');
    assert.equal(r.ok, false);
    if (r.ok) return;
    const offsets = r.issues.map((i) => i.offset);
    assert.deepEqual(offsets, [...offsets].sort((a, b) => a - b));
  });

  it('never throws, whatever the input', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.json(), fc.constantFrom('{', '}', '{"version":', '/*', '"\\u')), (text) => {
        const r = parsePolicy(text);
        return r.ok ? true : r.issues.length > 0;
      }),
      { numRuns: 300 },
    );
  });

  it('puts every issue inside the text', () => {
    fc.assert(
      fc.property(fc.json(), (text) => {
        const r = parsePolicy(text);
        const issues = r.ok ? r.warnings : r.issues;
        return issues.every((i) => i.offset >= 0 && i.offset + i.length <= text.length && i.line >= 1 && i.column >= 1);
      }),
      { numRuns: 200 },
    );
  });
});

describe('JSON path to range mapping', () => {
  const text = `{
  "version": 1,
  "team": { "name": "Core", "owner": "Ana" },
  "providers": [
    { "id": "anthropic", "tier": "nope" }
  ]
}`;
  const doc = toJsonDocument(text);
  const at = (path: (string | number)[], target?: 'key' | 'value'): string => {
    const r = toNodeRange(doc.root, path, target);
    return text.slice(r.offset, r.offset + r.length);
  };

  it('maps a scalar value to the value itself', () => {
    assert.equal(at(['providers', 0, 'tier']), '"nope"');
    assert.equal(at(['version']), '1');
  });

  it('maps a key target to the property name', () => {
    assert.equal(at(['team', 'owner'], 'key'), '"owner"');
  });

  it('maps an object value to its property name, not the whole block', () => {
    assert.equal(at(['team']), '"team"');
    assert.equal(at(['providers']), '"providers"');
  });

  it('maps an array element object to its opening brace', () => {
    assert.equal(at(['providers', 0]), '{');
  });

  it('maps a missing property to its nearest existing ancestor', () => {
    assert.equal(at(['team', 'contact']), '"team"');
    assert.equal(at(['providers', 0, 'trainingConsent']), '{');
    assert.equal(at(['providers', 5, 'id']), '"providers"');
    assert.equal(at(['reviewedOn']), '{');
  });

  it('gives 1-based line and column, and an exclusive end', () => {
    const span = doc.spanOf(['providers', 0, 'tier']);
    assert.deepEqual([span.line, span.column, span.endLine, span.endColumn], [5, 34, 5, 40]);
  });

  it('maps to the start of an empty document', () => {
    assert.deepEqual(toNodeRange(undefined, ['a']), { offset: 0, length: 0 });
  });

  it('writes paths with dots and brackets', () => {
    assert.equal(toPathText(['providers', 0, 'tier']), 'providers[0].tier');
    assert.equal(toPathText(['detection', 'rules', 'slack-bot-token']), 'detection.rules.slack-bot-token');
    assert.equal(toPathText(['a b']), '["a b"]');
    assert.equal(toPathText([]), '');
  });
});
