import assert from 'node:assert/strict';
import fc from 'fast-check';
import { hl7FieldAt, isTestPatientSegment } from '../../../src/engine/rules/pii/_hl7';
import { forgetTexts } from '../../../src/engine/scan/perText';

/** The field at the first occurrence of `value` in `text`. */
function fieldOf(text: string, value: string, names: readonly string[] = ['PID', 'NK1']): ReturnType<typeof hl7FieldAt> {
  const at = text.indexOf(value);
  assert.notEqual(at, -1);
  return hl7FieldAt(text, at, names);
}

describe('HL7 v2 segments and fields (hl7FieldAt)', () => {
  const pid = 'PID|1||A100^^^H^MR||DOE^JANE||19800101|F|||1 Main St^^Town||0612000001~0612000002|0612000003';

  it('counts the bars from the segment name, as HL7 numbers fields', () => {
    assert.deepEqual(fieldOf(pid, '0612000001'), { segment: 'PID', field: 13, segmentStart: 0 });
    assert.equal(fieldOf(pid, '0612000002')?.field, 13);
    assert.equal(fieldOf(pid, '0612000003')?.field, 14);
    assert.equal(fieldOf(pid, 'A100')?.field, 3);
  });

  it('finds the segment after a real carriage return or line feed', () => {
    const msg = `MSH|^~\\&|APP|FAC|||202401010000||ADT^A04|1|P|2.5\r${pid}\rNK1|1|DOE^JOHN|SPO||0612000009`;
    assert.equal(fieldOf(msg, '0612000003')?.field, 14);
    assert.deepEqual(fieldOf(msg, '0612000009'), { segment: 'NK1', field: 5, segmentStart: msg.indexOf('NK1|') });
    assert.equal(fieldOf(msg.replace(/\r/gu, '\n'), '0612000009')?.segment, 'NK1');
  });

  it('finds the segment after an escaped break in a log line or a JSON string', () => {
    const line = `{"message": "MSH|^~\\\\&|APP|FAC|||202401010000||ADT^A04|1|P|2.5\\r${pid}\\rNK1|1|DOE^JOHN|SPO||0612000009"}`;
    assert.equal(fieldOf(line, '0612000001')?.field, 13);
    assert.equal(fieldOf(line, '0612000009')?.segment, 'NK1');
    assert.equal(fieldOf(line.replace(/\\r/gu, '\\n'), '0612000009')?.field, 5);
  });

  it('finds a segment after a log prefix', () => {
    assert.equal(fieldOf(`2024-01-01 INFO hl7 in: ${pid}`, '0612000003')?.field, 14);
    assert.equal(fieldOf(`<pre>${pid}</pre>`, '0612000003')?.field, 14);
  });

  it('answers undefined in a segment it was not asked about, or outside any segment', () => {
    // The last break before the value starts an OBX segment: not a PID, whatever came before.
    assert.equal(fieldOf(`${pid}\rOBX|1|TX|||call 0612000777`, '0612000777'), undefined);
    assert.equal(fieldOf(`${pid}\\rOBX|1|TX|||call 0612000777`, '0612000777'), undefined);
    assert.equal(fieldOf('call me on 0612000777 | thanks', '0612000777'), undefined);
    // A segment name glued to a word is not one.
    assert.equal(fieldOf('XPID|1||0612000777', '0612000777'), undefined);
    assert.equal(fieldOf(pid, '0612000001', ['NK1']), undefined);
  });

  it('stops looking back after a bounded distance (a minified one-line file)', () => {
    const long = `PID|1|${'x'.repeat(5000)}|0612000777`;
    assert.equal(fieldOf(long, '0612000777'), undefined);
  });

  it("reads a test or placeholder patient's name anywhere in the segment, not in the next one", () => {
    const test = 'PID|1||A100^^^H^MR||EVERYWOMAN^EVE^E||19620320|F';
    const real = 'PID|1||A100^^^H^MR||OKAFOR^ADA^E||19620320|F';
    const seg = (text: string): NonNullable<ReturnType<typeof hl7FieldAt>> => {
      const at = hl7FieldAt(text, text.indexOf('A100'), ['PID']);
      assert.ok(at);
      return at;
    };
    assert.equal(isTestPatientSegment(test, seg(test)), true);
    assert.equal(isTestPatientSegment(real, seg(real)), false);
    assert.equal(isTestPatientSegment(`${real}\rNK1|1|DOE^JOHN|SPO`, seg(`${real}\rNK1|1|DOE^JOHN|SPO`)), false);
    assert.equal(isTestPatientSegment(`${real}\nNK1|1|DOE^JOHN|SPO`, seg(`${real}\nNK1|1|DOE^JOHN|SPO`)), false);
  });

  it('answers the same once a text has had enough lookups to index its breaks', () => {
    // The first lookups of a text walk back to the nearest break; later ones search an index of the
    // text's breaks. Pieces with real and escaped breaks, segment names after a prefix or glued to
    // a word, and long runs without a break.
    const piece = fc.constantFrom('PID|', 'NK1|', 'OBX|', 'XPID|', ' PID|', '"NK1|', '|', '^', '~', '0612000777', '\r', '\n', '\\r', '\\n', '\\', 'r', 'x'.repeat(700), 'é');
    fc.assert(
      fc.property(fc.array(piece, { minLength: 1, maxLength: 40 }), (pieces) => {
        const text = pieces.join('');
        forgetTexts();
        const walked: unknown[] = [];
        for (let at = 0; at <= text.length; at += 7) {
          forgetTexts(); // a fresh text each time: the walk
          walked.push(hl7FieldAt(text, at, ['PID', 'NK1']));
        }
        forgetTexts();
        for (let i = 0; i < 20; i++) hl7FieldAt(text, 0, ['PID']); // past the walks
        const indexed: unknown[] = [];
        for (let at = 0; at <= text.length; at += 7) indexed.push(hl7FieldAt(text, at, ['PID', 'NK1']));
        forgetTexts();
        assert.deepEqual(indexed, walked);
      }),
      { numRuns: 200 },
    );
  });
});
