import assert from 'node:assert/strict';
import fc from 'fast-check';
import { scan } from '../../../src/engine/index';
import { fake } from '../../../src/engine/rules/defineRule';
import { escapedBreaks } from '../../../src/engine/scan/escapedBreaks';

describe('escaped line breaks read as breaks', () => {
  it('writes \\n, \\r\\n, \\t and a lone \\r as breaks of the same length', () => {
    assert.equal(escapedBreaks('a\\nb'), 'a\r\nb');
    assert.equal(escapedBreaks('a\\r\\nb'), 'a  \r\nb');
    assert.equal(escapedBreaks('a\\tb'), 'a \tb');
    assert.equal(escapedBreaks('MSH|x\\rPID|1'), 'MSH|x \rPID|1');
    // (Backslashes before other letters first, a regex's: the escape after them is still found.)
    assert.equal(escapedBreaks('re = /\\d+\\s/; s = "a\\nb"'), 're = /\\d+\\s/; s = "a\r\nb"');
    assert.equal(escapedBreaks('re = /\\d+\\s\\w/'), 're = /\\d+\\s\\w/');
  });

  it('leaves escaped backslashes, Windows paths and domain accounts alone', () => {
    for (const t of ['a\\\\nb', 'C:\\Users\\nadia\\notes.txt', '"D:\\new\\temp"', '\\\\fileserver\\new', '443 HQ\\r.brandvold 203.0.113.9', 'no escapes']) {
      assert.equal(escapedBreaks(t), t, t);
    }
    assert.equal(escapedBreaks('a\\\\\\nb'), 'a\\\\\r\nb', 'an escaped backslash, then an escaped break');
  });

  it('keeps every offset: the same length, and only escapes change', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom('\\', 'n', 'r', 't', 'C', ':', ' ', 'a', '"') }), (t) => {
        const out = escapedBreaks(t);
        assert.equal(out.length, t.length);
        for (let i = 0; i < t.length; i++) if (out[i] !== t[i]) assert.ok('\\nrt'.includes(t[i] as string), `changed ${JSON.stringify(t[i])} at ${i}`);
      }),
    );
  });

  it('finds a connection URL after an escaped break in a chat export, at its offsets in the original text', () => {
    const pw = fake('{a8}_#{a6}', 29);
    const text = `{"content": "it fails with this one:\\npostgresql://archive_rw:${pw}@pg.acme.io:5432/archive\\nany idea?"}`;
    const f = scan(text).filter((x) => x.ruleId === 'postgres-url-password');
    assert.equal(f.length, 1);
    assert.equal(text.slice(f[0]!.range.start, f[0]!.range.end), pw);
  });
});
