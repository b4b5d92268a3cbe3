import assert from 'node:assert/strict';
import * as fc from 'fast-check';
import { redact, scan } from '../../../src/engine/index';
import type { Finding } from '../../../src/engine/index';
import { findNameParts } from '../../../src/engine/scan/nameParts';

// Invented people; the names are built from parts so that no test line spells a whole name.
const [GIVEN, SURNAME] = ['Oriane', 'Vasquelle'];
const WHOLE = `${GIVEN} ${SURNAME}`;
const [GIVEN2, SURNAME2] = ['Teodor', 'Brannick'];

function names(text: string): Finding[] {
  return scan(text).filter((f) => f.label === 'name');
}

function spans(text: string, values: readonly string[]): { start: number; end: number; value: string }[] {
  let from = 0;
  return values.map((value) => {
    const start = text.indexOf(value, from);
    assert.ok(start >= 0, value);
    from = start + value.length;
    return { start, end: start + value.length, value };
  });
}

describe('name parts', () => {
  it('reads a double given name whole when its second part is accented and in no lexicon (Marie-Ève)', () => {
    for (const given of ['Marie-\u00C8ve', 'Jean-\u00C9ric', 'Anne-\u00C9lise']) {
      const text = `driver_id,full_name,date_of_birth\nDRV-1,${given} ${SURNAME},1984-03-08\n`;
      assert.deepEqual(
        names(text).map((f) => text.slice(f.range.start, f.range.end)),
        [`${given} ${SURNAME}`],
      );
    }
  });

  it("reports a row's given-name and surname cells, and rides them on its whole name", () => {
    const text = `id,first_name,last_name,full_name,city\n7,${GIVEN},${SURNAME},${WHOLE},Lyon\n`;
    const found = names(text);
    assert.deepEqual(found.map((f) => text.slice(f.range.start, f.range.end)), [GIVEN, SURNAME, WHOLE]);
    const whole = found[2] as Finding;
    assert.deepEqual((whole.parts ?? []).map((p) => text.slice(p.start, p.end)), [GIVEN, SURNAME]);
    assert.equal(found[0]?.parts, undefined);
    assert.equal(found[1]?.parts, undefined);
  });

  it("reads a record's keyed fields on lines of their own (FHIR's family and given beside its text)", () => {
    const text = `{\n  "name": [{\n    "family": "${SURNAME}",\n    "given": ["${GIVEN}"],\n    "text": "${WHOLE}"\n  }]\n}`;
    const owner = findNameParts(text, spans(text, [SURNAME, GIVEN, WHOLE]));
    assert.deepEqual([...owner], [2, 2, -1]);
  });

  it('leaves cells alone when their row holds no whole name', () => {
    const text = `first_name,last_name\n${GIVEN},${SURNAME}\n${GIVEN2},${SURNAME2}\n`;
    const owner = findNameParts(text, spans(text, [GIVEN, SURNAME, GIVEN2, SURNAME2]));
    assert.deepEqual([...owner], [-1, -1, -1, -1]);
  });

  it("does not take another row's whole name, nor another person's", () => {
    const text = `first,last,full\n${GIVEN},${SURNAME},\n,,${GIVEN} ${SURNAME2}\n`;
    const owner = findNameParts(text, spans(text, [GIVEN, SURNAME, `${GIVEN} ${SURNAME2}`]));
    assert.deepEqual([...owner], [-1, -1, -1]);
  });

  it("reads a form body's fields, its whole name encoded (`+` or `%20` between the words)", () => {
    for (const sep of ['+', '%20']) {
      const text = `first_name=${GIVEN}&last_name=${SURNAME}&address_name=${GIVEN}${sep}${SURNAME}&custom=ORD-7`;
      const owner = findNameParts(text, spans(text, [GIVEN, SURNAME, `${GIVEN}${sep}${SURNAME}`]));
      assert.deepEqual([...owner], [2, 2, -1], sep);
    }
  });

  it('reads prose as no cell: a greeting stays its own', () => {
    const text = `Hi ${GIVEN}, thanks. Customer: ${WHOLE}`;
    const owner = findNameParts(text, spans(text, [GIVEN, WHOLE]));
    assert.deepEqual([...owner], [-1, -1]);
  });

  it('stops a keyed record at a blank line', () => {
    const text = `first_name: ${GIVEN}\n\nfull_name: ${WHOLE}\n`;
    const owner = findNameParts(text, spans(text, [GIVEN, WHOLE]));
    assert.deepEqual([...owner], [-1, -1]);
  });

  it('matches parts whatever their case (a payroll export writes surnames in capitals)', () => {
    const text = `Nom;Prénom;Nom complet\n${SURNAME.toUpperCase()};${GIVEN};${WHOLE}\n`;
    const owner = findNameParts(text, spans(text, [SURNAME.toUpperCase(), GIVEN, WHOLE]));
    assert.deepEqual([...owner], [2, 2, -1]);
  });

  it('every redaction strategy replaces the parts with the whole name', () => {
    const row = (g: string, s: string) => `${g},${s},${g} ${s},${g.toLowerCase()}@gmail.com`;
    const text = `first_name,last_name,full_name,email\n${row(GIVEN, SURNAME)}\n${row(GIVEN2, SURNAME2)}\n`;
    const findings = scan(text);
    for (const strategy of ['placeholder', 'mask', 'pseudonym'] as const) {
      const out = redact(text, findings, strategy).text;
      for (const part of [GIVEN, SURNAME, GIVEN2, SURNAME2]) assert.ok(!out.includes(part), `${strategy}: ${out}`);
    }
  });

  it("parts are words of their whole name, are findings of their own, and are all redacted once (property)", () => {
    const word = fc.constantFrom('Oriane', 'Vasquelle', 'Teodor', 'Brannick', 'Lyon', 'Quill', 'Marsh');
    const cell = fc.oneof(word, fc.tuple(word, word).map(([a, b]) => `${a} ${b}`), fc.constantFrom('', '42', 'x'));
    const rowArb = fc.array(cell, { minLength: 2, maxLength: 5 }).map((cells) => cells.join(','));
    fc.assert(
      fc.property(fc.array(rowArb, { minLength: 1, maxLength: 4 }), (rows) => {
        const text = `first_name,last_name,full_name,name\n${rows.join('\n')}\n`;
        const findings = scan(text);
        const words = (v: string) => v.toLowerCase().split(' ');
        const ranges = findings.map((f) => f.range);
        for (const f of findings) {
          for (const p of f.parts ?? []) {
            assert.ok(p.start >= 0 && p.end <= text.length && p.start < p.end);
            assert.ok(words(text.slice(p.start, p.end)).every((w) => words(text.slice(f.range.start, f.range.end)).includes(w)));
            assert.ok(ranges.some((r) => r.start === p.start && r.end === p.end), 'a part is a finding of its own');
          }
        }
        const { mapping } = redact(text, findings, 'placeholder');
        // (A part is replaced once, though it is both a finding and a part of another.)
        assert.equal(mapping.length, findings.length);
      }),
      { seed: 5010, numRuns: 200 },
    );
  });
});
