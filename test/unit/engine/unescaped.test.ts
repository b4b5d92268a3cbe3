import assert from 'node:assert/strict';
import * as fc from 'fast-check';
import { scan, redact } from '../../../src/engine/index';
import { toUnescaped, unescapedToOriginal } from '../../../src/engine/scan/composed';

describe('letters written as \\u escapes', () => {
  it('decodes escaped letters past ASCII and maps offsets back to the escapes', () => {
    const text = '"name": "Ingvar \\u00d8rnskov", "city": "K\\u00f8benhavn"';
    const u = toUnescaped(text);
    assert.ok(u !== undefined);
    assert.equal(u.text, '"name": "Ingvar Ørnskov", "city": "København"');
    const start = u.text.indexOf('Ørnskov');
    assert.equal(unescapedToOriginal(u, start), text.indexOf('\\u00d8'));
    assert.equal(unescapedToOriginal(u, start + 'Ørnskov'.length), text.indexOf('rnskov') + 'rnskov'.length);
    assert.equal(unescapedToOriginal(u, u.text.length), text.length);
  });

  it('leaves escaped quotes, backslashes, control characters, emoji halves and an escaped backslash alone', () => {
    assert.equal(toUnescaped('a \\u0022b\\u0022 \\u005c \\u000a \\ud83d\\ude00'), undefined);
    assert.equal(toUnescaped('path \\\\u00e9'), undefined);
    assert.equal(toUnescaped('three \\\\\\u00e9')?.text, 'three \\\\é');
  });

  it('leaves a long one-byte text as written when decoding would widen it (a bundle), not when it stays one-byte', () => {
    const filler = 'x'.repeat(1 << 20);
    assert.equal(toUnescaped(`${filler} /[\\u0100-\\u017f]/`), undefined);
    assert.equal(toUnescaped(`${filler} "K\\u00f8benhavn"`)?.text.endsWith('"København"'), true);
    assert.equal(toUnescaped('short "\\u0141\\u00f3d\\u017a"')?.text, 'short "Łódź"');
  });

  it("reads a URL's escaped slashes as slashes in a text that escapes them (Slack's exports), and maps back", () => {
    const text = '"text": "hook: <https:\\/\\/hooks.example.com\\/services\\/T0\\/B0>"';
    const u = toUnescaped(text);
    assert.equal(u?.text, '"text": "hook: <https://hooks.example.com/services/T0/B0>"');
    const at = (u?.text ?? '').indexOf('/services');
    assert.equal(u === undefined ? -1 : unescapedToOriginal(u, at), text.indexOf('\\/services'));
    assert.equal(u === undefined ? -1 : unescapedToOriginal(u, (u?.text ?? '').length), text.length);
    // (A regex literal's escaped slash in code that escapes no URL is left as written.)
    assert.equal(toUnescaped('const re = /a\\/b/;'), undefined);
  });

  it('finds a Slack webhook in an export that escapes its slashes, its range on the escaped text', () => {
    const path = 'T0A1B2C3D\\/B0A1B2C3D\\/q8Zr3xLm0PwK5vTn2YsJ7hGc';
    const text = `{"text": "webhook for #payouts: <https:\\/\\/hooks.slack.com\\/services\\/${path}>"}`;
    const hook = scan(text).find((f) => f.ruleId.startsWith('slack'));
    assert.ok(hook !== undefined, scan(text).map((f) => f.ruleId).join());
    assert.ok(text.slice(hook.range.start, hook.range.end).includes('q8Zr3xLm0PwK5vTn2YsJ7hGc'));
  });

  it("finds a name Python's json.dumps escaped, and redaction replaces the escaped text whole", () => {
    const text = '{"customer": {"name": "Ingvar \\u00d8rnskov", "email": "ingvar.ornskov@gmail.com"}}';
    const findings = scan(text);
    const name = findings.find((f) => f.label === 'name' || f.ruleId.startsWith('person-name'));
    assert.ok(name !== undefined, findings.map((f) => f.ruleId).join());
    assert.equal(text.slice(name.range.start, name.range.end), 'Ingvar \\u00d8rnskov');
    const { text: redacted } = redact(text, findings, 'placeholder');
    assert.ok(!redacted.includes('rnskov') && !redacted.includes('ingvar.ornskov'), redacted);
  });

  it('maps every finding inside the original text, whatever escapes surround it', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom('\\u00e9', '\\u00d8', 'Ingvar ', 'x', '\\\\', '"', ' +45 31 42 58 67 ', '\\u0041'), { maxLength: 30 }), (pieces) => {
        const text = pieces.join('');
        for (const f of scan(text)) assert.ok(f.range.start >= 0 && f.range.start < f.range.end && f.range.end <= text.length);
      }),
      { seed: 7501, numRuns: 300 },
    );
  });
});
