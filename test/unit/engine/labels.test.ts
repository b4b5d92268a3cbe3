import assert from 'node:assert/strict';
import fc from 'fast-check';
import { columnHeader, hasContext, isInPseudonymisedTable, isLabelled, isTrivialNumber, labelRegex, normalizeContext, normalizedSlice } from '../../../src/engine/rules/pii/_context';
import { forgetTexts } from '../../../src/engine/scan/perText';
import type { MatchContext } from '../../../src/engine/types';

/** The context of `value` as the first match of it in `text`. */
function at(text: string, value: string): MatchContext {
  const start = text.indexOf(value);
  assert.notEqual(start, -1);
  return { text, start, end: start + value.length, match: Object.assign([value], { index: start, input: text }) as RegExpExecArray, hasHint: () => false };
}

describe('labels before a value (isLabelled)', () => {
  const re = labelRegex(['mi cel', 'celular', 'direct']);

  it('finds a label that starts inside a longer word of another label', () => {
    // "mi cel" runs into "celular"; the label is "celular", which starts inside it.
    assert.equal(isLabelled(at('mi celular: 655 913 482', '655 913 482'), re), true);
  });

  it('takes a label followed by its value or a suffix', () => {
    assert.equal(isLabelled(at('mi cel 655 913 482', '655 913 482'), re), true);
    assert.equal(isLabelled(at('Celular: 655 913 482', '655 913 482'), re), true);
  });

  it('refuses a label word that starts a longer word', () => {
    assert.equal(isLabelled(at('call me directly at 655 913 482', '655 913 482'), re), false);
    assert.equal(isLabelled(at('mi celda 655 913 482', '655 913 482'), re), false);
  });
});

describe('column headers (columnHeader)', () => {
  const filler = 'lorem ipsum dolor sit amet, consectetur adipiscing elit.\n'.repeat(20);

  it('reads a quoted header with a numero sign above a semicolon row, in the middle of a text', () => {
    const text = `${filler}"Клиентски №";"Адрес на обекта";"Телефон"\n"3000281744";"ж.к. Младост 1, бл. 235, ап. 8";"089 000 0000"\n${filler}`;
    assert.equal(columnHeader(at(text, 'ж.к. Младост 1')), 'адрес на обекта');
  });

  it('reads an SQL dump\'s INSERT column list as the header of its tuples', () => {
    const text = `${filler}INSERT INTO \`orders\` (\`id\`,\`delivery_lat\`,\`total\`) VALUES\n(91,30.0111721,16153),\n(92,24.8268243,11625);\n`;
    assert.equal(columnHeader(at(text, '24.8268243')), 'delivery_lat');
  });

  it('reads a Markdown row by its pipes when a cell holds a comma, under a first line with a comma', () => {
    const text = '# Draft notice, for review\n\n| Client | Address | PESEL |\n|---|---|---|\n| Anna Nowak | ul. Długa 5, 00-001 Warszawa | 79110328593 |\n';
    assert.equal(columnHeader(at(text, '79110328593')), 'pesel');
    // A CSV row with one cell holding a pipe is still read by its commas.
    assert.equal(columnHeader(at('id,note,email\n7,a|b,ana@firma.pl\n', 'ana@firma.pl')), 'email');
  });

  it('tells a pseudonymised export (two hashed or masked columns) from an ordinary one', () => {
    assert.equal(isInPseudonymisedTable(at('customer_ref,name_hash,email_hash,segment\nC100001,ab12,cd34,retail\n', 'C100001')), true);
    assert.equal(isInPseudonymisedTable(at('customer_ref,name,email_hash,segment\nC100001,Ana Ruiz,cd34,retail\n', 'C100001')), false);
  });
});

describe('trivial numbers (isTrivialNumber)', () => {
  it('reads repeats and runs up or down as trivial, allowing one step out of order in a long number', () => {
    for (const n of ['0000', '1234', '98765', '111111', '123456780', '9876543210']) assert.equal(isTrivialNumber(n), true, n);
  });
  it('does not read a short serial with two steps up as a run', () => {
    for (const n of ['2348', '1245', '30719', '4417', '482913574']) assert.equal(isTrivialNumber(n), false, n);
  });
});

describe('normalised windows of a text (normalizedSlice)', () => {
  it('reads every window as normalizeContext reads it alone, once the text is read from its lower case', () => {
    // Humps, capital sigmas (lower-cased by their neighbours), a capital that lengthens in lower
    // case (İ), cased letters beyond the BMP (Deseret) whose pairs a window may cut, Cyrillic.
    const piece = fc.constantFrom('a', 'B', 'mobilePhone', 'ΟΔΟΣ', 'Σ', 'σ', 'İ', '\u{10400}', '\u{10428}', 'ЕГН:', 'егн', 'x', ' ', '\n', '_', '9', 'ÉtÉ', 'ǅ');
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 30 }), fc.array(fc.tuple(fc.nat(200), fc.nat(60)), { minLength: 40, maxLength: 80 }), (pieces, windows) => {
        const text = pieces.join('');
        forgetTexts();
        for (const [a, n] of windows) {
          const from = Math.min(a, text.length);
          const to = Math.min(from + n, text.length);
          assert.equal(normalizedSlice(text, from, to), normalizeContext(text.slice(from, to)), `${JSON.stringify(text)} ${from}..${to}`);
        }
        forgetTexts();
      }),
      { numRuns: 300 },
    );
  });

  it('reads windows of a text long enough to be lower-cased in parts, also across and at the parts\' edges', () => {
    // Texts above 256 KB are read in parts of 16 KB.
    const part = 16 * 1024;
    const piece = fc.constantFrom('a', 'B', 'mobilePhone', 'Σ', 'σ ', 'İ', '\u{10400}', '\u{10428}', 'ЕГН:', 'x', ' ', '\n', 'ÉtÉ');
    fc.assert(
      fc.property(fc.array(piece, { minLength: 5, maxLength: 40 }), fc.array(fc.tuple(fc.nat(17), fc.integer({ min: -70, max: 70 }), fc.nat(60)), { minLength: 60, maxLength: 120 }), (pieces, windows) => {
        const unit = pieces.join('');
        const text = unit.repeat(Math.ceil((17.5 * part) / unit.length));
        forgetTexts();
        for (const [k, shift, n] of windows) {
          const from = Math.max(0, Math.min(text.length, k * part + shift));
          const to = Math.min(from + n, text.length);
          assert.equal(normalizedSlice(text, from, to), normalizeContext(text.slice(from, to)), `${JSON.stringify(unit)} ${from}..${to}`);
        }
        forgetTexts();
      }),
      { numRuns: 25 },
    );
  });
});

describe('a list\'s name as the label of its later elements (hasContext)', () => {
  const nhs = /(?<![a-z])nhs(?![a-z])/u;
  // (The values are only positions here: no checksum is read.)
  const list = 'VALID_NHS = [\n    "4010232137",\n    "4010232145",\n    "4010232161",\n    "4010232153",\n]\n';

  it('reads the label before the list for every element after the first', () => {
    assert.equal(hasContext(at(list, '4010232153'), nhs), true);
    assert.equal(hasContext(at('func TestNhs() {\n\tfor _, v := range []string{"4010232137", "4010232145", "4010232153"} {', '4010232153'), nhs), true);
  });

  it('does not read past anything but quoted elements and commas', () => {
    assert.equal(hasContext(at('VALID_NHS = [\n    "4010232137",\n    "4010232145",\n    other_value(),\n    "4010232153",\n]\n', '4010232153'), nhs), false);
    // (a list of other things, its name well away from the NHS list above it)
    assert.equal(hasContext(at(`NHS = ["4010232137"]\n# ${'-'.repeat(60)}\nrows = [\n    "x",\n    "4010232153",\n]\n`, '4010232153'), nhs), false);
  });
});
