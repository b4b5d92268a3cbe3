import assert from 'node:assert/strict';
import fc from 'fast-check';
import { KEYWORD_PREFIX, KeywordAutomaton, KeywordPositions, MAX_POSITIONS, MAX_RECORDED } from '../../../src/engine/scan/prefilter';
import { NEAR_DIGITS, TextView } from '../../../src/engine/scan/textView';

function hitsOf(keywords: string[], text: string): string[] {
  const a = new KeywordAutomaton(keywords);
  const hits = new Uint8Array(keywords.length);
  a.find(text, hits);
  return keywords.filter((_k, i) => hits[i] === 1);
}

describe('keyword prefilter (Aho-Corasick)', () => {
  it('finds keywords case-insensitively, including overlapping ones', () => {
    assert.deepEqual(hitsOf(['xoxb-', 'ghp_', 'hp_a', 'token'], 'const T = "GHP_abc"; // XOXB-1'), ['xoxb-', 'ghp_', 'hp_a']);
  });

  it('finds a keyword that is a suffix of another keyword (failure links)', () => {
    assert.deepEqual(hitsOf(['password', 'word', 'sword'], 'my passwor sword'), ['word', 'sword']);
  });

  it('reads other scripts as no letter, without false hits', () => {
    assert.deepEqual(hitsOf(['key'], 'ключ 鍵 kлy'), []);
  });

  it('reads accented Latin letters as their base letter, in both reading modes', () => {
    assert.deepEqual(hitsOf(['haslo', 'cle secrete', 'contrasena', 'losenord'], 'Nowe HASŁO, la clé secrète, contraseña'), ['haslo', 'cle secrete', 'contrasena']);
    const long = `${'x'.repeat(5000)} Lösenord ${'y'.repeat(5000)}`;
    const a = new KeywordAutomaton(['losenord']);
    const positions = new KeywordPositions([true]);
    assert.equal(a.find(long, new Uint8Array(1), positions), 1);
    assert.equal(positions.count[0], 1);
  });

  it('reads Romanian and Vietnamese letters past Latin Extended-A as their base letter, in both reading modes', () => {
    // ș and ț (Latin Extended-B), ơ and ư, and the stacked marks of Latin Extended Additional (ố, ạ)
    const keywords = ['data nasterii', 'so dien thoai', 'ho ten', 'tuoi'];
    assert.deepEqual(hitsOf(keywords, 'Data nașterii: 01.03.1968, SỐ ĐIỆN THOẠI 0903, Họ tên'), ['data nasterii', 'so dien thoai', 'ho ten']);
    assert.deepEqual(hitsOf(keywords, 'tươi, tu oi'), ['tuoi']);
    const a = new KeywordAutomaton(['so dien thoai']);
    const positions = new KeywordPositions([true]);
    assert.equal(a.find(`${'x'.repeat(5000)} số điện thoại ${'y'.repeat(5000)}`, new Uint8Array(1), positions), 1);
    assert.equal(positions.count[0], 1);
    // A letter the second table reads still marks its block: a rule needing block 0x1e is told so.
    assert.equal(a.mayHold(0x1e00, 0x1eff), true);
  });

  it('rejects non-ASCII keywords at construction', () => {
    assert.throws(() => new KeywordAutomaton(['clé']), /ASCII/u);
  });

  it('agrees with a naive lower-cased includes() on random inputs', () => {
    fc.assert(
      fc.property(
        // (Up to twelve characters: past KEYWORD_PREFIX, a keyword's tail is compared with the text.)
        fc.array(fc.stringMatching(/^[a-z_-]{1,12}$/u), { minLength: 1, maxLength: 8 }),
        fc.string({ maxLength: 200 }),
        (kws, text) => {
          const keywords = [...new Set(kws)];
          const expected = keywords.filter((k) => text.toLowerCase().includes(k));
          // toLowerCase also folds non-ASCII; the automaton folds ASCII only, so compare on ASCII text.
          if (/[^\x00-\x7f]/u.test(text)) return true;
          assert.deepEqual(hitsOf(keywords, text), expected);
          return true;
        },
      ),
    );
  });

  it('records every occurrence once, also on long texts read as two streams', () => {
    // From 4 KB on, the automaton reads both halves at once; an occurrence across the middle must
    // be found once, by exactly one of them.
    fc.assert(
      fc.property(
        fc.array(fc.stringMatching(/^[a-c]{1,11}$/u), { minLength: 1, maxLength: 6 }),
        fc.array(fc.constantFrom('a', 'b', 'c', 'A', 'x', '\n', 'é'), { minLength: 4096, maxLength: 6000 }),
        (kws, chars) => {
          const keywords = [...new Set(kws)];
          const text = chars.join('');
          const a = new KeywordAutomaton(keywords);
          const hits = new Uint8Array(keywords.length);
          const positions = new KeywordPositions(keywords.map(() => true));
          a.find(text, hits, positions);
          const lower = text.toLowerCase();
          keywords.forEach((k, i) => {
            const expected: number[] = [];
            for (let at = lower.indexOf(k); at !== -1 && expected.length < 5000; at = lower.indexOf(k, at + 1)) expected.push(at + k.length);
            const got = positions.list(i).sort((x, y) => x - y);
            if (expected.length < 5000) assert.deepEqual(got, expected, k);
            assert.equal(hits[i], expected.length > 0 ? 1 : 0);
          });
          return true;
        },
      ),
      { numRuns: 60 },
    );
  });

  it('finds the same keywords with a 16-bit table and with a 32-bit one (past 32,768 states)', () => {
    // 6,000 keywords of 12 random letters make over 32,768 states of their first KEYWORD_PREFIX
    // letters, past the 16-bit table; 2,500 make fewer. Each automaton must find exactly its planted keywords.
    const letters = 'abcdefghijklmnopqrstuvwxyz';
    let seed = 7;
    const next = (): number => (seed = (Math.imul(seed, 1103515245) + 12345) >>> 0);
    const keywords: string[] = [];
    while (keywords.length < 6000) keywords.push(Array.from({ length: 12 }, () => letters[(next() >>> 16) % 26]).join(''));
    const text = `${keywords[5]} ${(keywords[2600] as string).toUpperCase()}; ${keywords[5999] as string} ${(keywords[1] as string).slice(0, 11)}`;
    for (const [count, wide] of [[2500, false], [6000, true]] as const) {
      const subset = keywords.slice(0, count);
      assert.equal(new KeywordAutomaton(subset).states > 0x8000, wide, `${count} keywords`);
      const found = hitsOf(subset, text);
      const expected = subset.filter((k) => text.toLowerCase().includes(k));
      assert.deepEqual(found, expected, `${count} keywords`);
      assert.ok(found.includes(keywords[5] as string), `${count} keywords: the first planted one`);
    }
    assert.deepEqual(hitsOf(keywords, text).length, 3);
  });

  it("compares a long keyword's tail where its prefix occurs, and places its occurrence at the tail's end", () => {
    const keyword = 'authorization_bearer';
    assert.ok(keyword.length > KEYWORD_PREFIX);
    const a = new KeywordAutomaton([keyword, 'author']);
    const positions = new KeywordPositions([true, true]);
    const hits = new Uint8Array(2);
    // the prefix alone, the prefix with another tail, then the whole keyword (upper case, with an accented letter)
    const text = `x authoriz; authorization_basic; AUTHORIZATIÓN_BEARER`;
    assert.equal(a.find(text, hits, positions), 2);
    assert.deepEqual(positions.list(0), [text.length]);
    assert.deepEqual(positions.list(1).length, 3);
    assert.deepEqual(a.keywordsIn('authorization_bear'), [1]);
    assert.deepEqual(a.keywordsIn('the authorization_bearer'), [1, 0]);
  });

  it('clears positions between texts and records only tracked keywords', () => {
    const a = new KeywordAutomaton(['key', 'pat', 'ey']);
    const positions = new KeywordPositions([true, false, true]);
    const hits = new Uint8Array(3);
    a.find('key pat KEY key', hits, positions);
    assert.deepEqual([positions.list(0), positions.list(1), positions.list(2)], [[3, 11, 15], [], [3, 11, 15]]);
    hits.fill(0);
    a.find('a pat', hits, positions);
    assert.deepEqual([...hits], [0, 1, 0]);
    assert.deepEqual([positions.list(0), positions.list(1), positions.list(2)], [[], [], []]);
  });

  it('keeps at most MAX_POSITIONS occurrences of a keyword, and grows its buffers past 4096 entries', () => {
    const a = new KeywordAutomaton(['ab', 'b']);
    const positions = new KeywordPositions([true, true]);
    a.find('ab'.repeat(MAX_POSITIONS + 1000), new Uint8Array(2), positions);
    assert.equal(positions.list(0).length, MAX_POSITIONS);
    assert.equal(positions.list(1).length, MAX_POSITIONS);
    assert.equal(positions.size, 2 * MAX_POSITIONS);
    assert.deepEqual([...positions.count], [MAX_POSITIONS, MAX_POSITIONS]);
  });

  it('stops recording at MAX_RECORDED occurrences in all, and marks every keyword it then drops as past MAX_POSITIONS', () => {
    const keywords = Array.from({ length: 26 }, (_, i) => `q${String.fromCharCode(97 + i)}`);
    const a = new KeywordAutomaton(keywords);
    const positions = new KeywordPositions(keywords.map(() => true));
    // Each keyword 30,000 times, one after another: 780,000 occurrences, more than MAX_RECORDED.
    const text = keywords.map((k) => `${k} `.repeat(30_000)).join('');
    a.find(text, new Uint8Array(keywords.length), positions);
    assert.equal(positions.size, MAX_RECORDED);
    // (A long text is read as two halves at once, so which keywords fill the buffers first depends
    // on the reading order.) A keyword keeps its whole list or counts as too many, never a part.
    let complete = 0;
    let dropped = 0;
    for (let k = 0; k < keywords.length; k++) {
      if (positions.count[k] === MAX_POSITIONS) dropped++;
      else {
        assert.equal(positions.list(k).length, 30_000, keywords[k]);
        complete++;
      }
    }
    assert.ok(complete >= 1 && dropped >= 1, `${complete} complete, ${dropped} dropped`);
  });

  it('keeps the OR of the code units it read, in both reading modes', () => {
    const a = new KeywordAutomaton(['key']);
    const hits = new Uint8Array(1);
    for (const long of [false, true]) {
      const pad = long ? 'x'.repeat(5000) : '';
      a.find(`${pad}key → 1${pad}`, hits, new KeywordPositions([true]));
      assert.ok(a.seenCodeUnits >= 0x2192 && a.seenCodeUnits < 0x3000, 'an arrow stays below the CJK blocks');
      a.find(`${pad}key = 1${pad}密`, hits, new KeywordPositions([true]));
      assert.ok(a.seenCodeUnits >= 0x5bc6);
    }
  });

  it('tells whether the text it read held a non-ASCII character, in both reading modes', () => {
    const a = new KeywordAutomaton(['key']);
    const hits = new Uint8Array(1);
    for (const long of [false, true]) {
      const pad = long ? 'x'.repeat(5000) : '';
      a.find(`${pad}key = 1${pad}`, hits, new KeywordPositions([true]));
      assert.equal(a.seenCodeUnits >= 0x80, false);
      a.find(`${pad}key = 1${pad}密`, hits, new KeywordPositions([true]));
      assert.equal(a.seenCodeUnits >= 0x80, true);
      a.find(`密${pad}key = 1${pad}`, hits, new KeywordPositions([true]));
      assert.equal(a.seenCodeUnits >= 0x80, true);
    }
  });

  it('tells which ranges of code units the text may hold, from the blocks it read, in both reading modes', () => {
    const a = new KeywordAutomaton(['key']);
    const hits = new Uint8Array(1);
    for (const long of [false, true]) {
      const pad = long ? 'x'.repeat(5000) : '';
      a.find(`${pad}key = 1${pad}`, hits, new KeywordPositions([true]));
      assert.equal(a.mayHold(0x621, 0x6d3), false, 'ASCII holds no Arabic letter');
      a.find(`${pad}key = 1${pad}密`, hits, new KeywordPositions([true]));
      assert.equal(a.mayHold(0x621, 0x6d3), false, 'a CJK ideograph is no Arabic letter');
      assert.equal(a.mayHold(0x900, 0xd7f), false);
      assert.equal(a.mayHold(0x3005, 0xfaff), true, 'block 0x5b lies wholly inside the CJK range');
      assert.equal(a.mayHold(0x5bc7, 0x9fff), undefined, 'block 0x5b straddles the floor: only the text can tell');
      a.find(`${pad}اسم key${pad}`, hits, new KeywordPositions([true]));
      assert.equal(a.mayHold(0x621, 0x6d3), undefined, 'one block, both ends inside it');
      assert.equal(a.mayHold(0x600, 0x6ff), true);
      assert.equal(a.mayHold(0x3005, 0xfaff), false);
      a.find(`${pad}café key${pad}`, hits, new KeywordPositions([true]));
      assert.equal(a.mayHold(0x80, 0xff), undefined, 'below the classed range the blocks are not kept');
      assert.equal(a.mayHold(0x3005, 0xfaff), false);
      // A range from Latin-1's letters (Vietnamese's, from Â): a text with none of 0x80 to 0x17f is
      // read from its blocks above, one with any sends the caller to the text.
      assert.equal(a.mayHold(0xc2, 0x1ef3), undefined, 'é is below the classed range');
      a.find(`${pad}key 秘密${pad}`, hits, new KeywordPositions([true]));
      assert.equal(a.mayHold(0xc2, 0x1ef3), false, 'no Latin letter and no block of the range');
      assert.equal(a.mayHold(0xc2, 0xff), false);
      a.find(`${pad}key Ơn${pad}`, hits, new KeywordPositions([true]));
      assert.equal(a.mayHold(0xc2, 0x1ef3), true, 'Ơ (0x1a0) lies wholly inside the range');
      a.find(`${pad}key ő Ơ${pad}`, hits, new KeywordPositions([true]));
      assert.equal(a.mayHold(0xc2, 0x1ef3), undefined, 'ő (0x151) is below the classed range: only the text can tell');
    }
  });
});

describe('positions of high code units', () => {
  /** A deterministic text of ASCII, CJK, Cyrillic, punctuation and astral characters. */
  function mixed(length: number, seed: number): string {
    const parts = ['a', ' ', '\n', 'key', '秘', '密', '—', '’', 'Ж', 'é', '😀', 'x'.repeat(40), 'ア'];
    let x = seed;
    let out = '';
    while (out.length < length) {
      x = (x * 1103515245 + 12345) % 2147483648;
      out += parts[x % parts.length] as string;
    }
    return out;
  }

  it('lets a view near a script be built from the keyword pass, the same view as a pass over the text', () => {
    const a = new KeywordAutomaton(['key']);
    const hits = new Uint8Array(1);
    let compared = 0;
    for (const [length, seed] of [[300, 1], [3000, 2], [6000, 3], [9001, 4]] as const) {
      const text = mixed(length, seed);
      a.find(text, hits, new KeywordPositions([true]));
      const high = a.highPositions(text);
      assert.ok(high !== undefined, 'positions kept');
      for (let i = 1; i < high.length; i++) assert.ok((high[i] as number) > (high[i - 1] as number), 'in order, once each');
      for (const [floor, ceiling, before, after] of [[0x43b, 0xff1a, 40, 80], [0x3005, 0xfaff, 16, 32], [0x401, 0x4e8, 10, 10]] as const) {
        const byText = TextView.nearRange(text, floor, ceiling, before, after);
        const byPositions = TextView.nearPositions(text, high, floor, ceiling, before, after);
        assert.equal(byPositions?.text, byText?.text);
        if (byText !== undefined) for (const at of [0, byText.text.length >> 1, byText.text.length - 1]) assert.equal(byPositions?.deltaAt(at), byText.deltaAt(at));
        compared++;
      }
    }
    assert.equal(compared, 12);
  });

  it('builds the views near digit runs and near a script from run ends as a search for each whole run does', () => {
    // The reference: the view from every match of the run pattern, start and end as exec reports them.
    const near = (TextView as unknown as { near(text: string, runs: RegExp, before: number, after: number): TextView | undefined }).near;
    const unit = fc.constantFrom('1', '23', '4567', 'a', ' ', '\n', 'ж', 'жж', '密', '\u{1F600}', '-', '.');
    fc.assert(
      fc.property(fc.array(unit, { maxLength: 120 }), fc.nat(12), fc.nat(12), (parts, before, after) => {
        const text = parts.join('');
        const pairs: [TextView | undefined, TextView | undefined][] = [
          [TextView.nearRange(text, 0x400, 0x4ff, before, after), near.call(TextView, text, /[\u0400-\u04ff]+/g, before, after)],
        ];
        for (const [view, reference] of pairs) {
          assert.equal(view?.text, reference?.text, JSON.stringify(text));
          if (view !== undefined && reference !== undefined) for (let at = 0; at < view.text.length; at++) assert.equal(view.deltaAt(at), reference.deltaAt(at));
        }
        // (The digit view pads by NEAR_DIGITS, and most short texts fall back to the whole text: repeat to a longer one.)
        const long = `${'x'.repeat(400)}${text}${'y'.repeat(400)}`.repeat(3);
        const digits = TextView.nearDigits(long);
        const digitsReference = near.call(TextView, long, /\d{2,}/gu, NEAR_DIGITS.before, NEAR_DIGITS.after);
        assert.equal(digits?.text, digitsReference?.text, JSON.stringify(text));
      }),
      { numRuns: 500 },
    );
  });

  it('keeps no positions for a text with more high code units than it records', () => {
    const a = new KeywordAutomaton(['key']);
    const dense = `key ${'秘'.repeat(5000)}`;
    a.find(dense, new Uint8Array(1), new KeywordPositions([true]));
    assert.equal(a.highPositions(dense), undefined);
    a.find('key 秘密', new Uint8Array(1), new KeywordPositions([true]));
    assert.deepEqual([...(a.highPositions('key 秘密') ?? [])], [4, 5]);
    assert.equal(a.highPositions('another text'), undefined, 'positions belong to the text read');
  });
});

