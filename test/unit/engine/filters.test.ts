import assert from 'node:assert/strict';
import * as fc from 'fast-check';
import { isSequentialOrRepetitive, toFalsePositiveReason } from '../../../src/engine/scan/filters';
import { ALL_RULES, scan } from '../../../src/engine/index';
import type { MatchContext, Rule } from '../../../src/engine/index';

describe('isSequentialOrRepetitive', () => {
  it('reads runs, sequences and two sequences woven together', () => {
    assert.equal(isSequentialOrRepetitive('aaaaaaaa'), 'low-entropy');
    assert.equal(isSequentialOrRepetitive('abcdefghij'), 'sequential');
    assert.equal(isSequentialOrRepetitive('9876543210'), 'sequential');
    // a fixture's key: digits counting down in one strand, hex letters in the other
    assert.equal(isSequentialOrRepetitive('test_7a6b5c4d3e2f1a0b9c8d7e6f'), 'sequential');
    assert.equal(isSequentialOrRepetitive('a1b2c3d4e5f6g7h8'), 'sequential');
    // a guide's key: a prefix word, then a counting run the prefix would dilute
    assert.equal(isSequentialOrRepetitive('llk_pub_0123456789abcdef0123'), 'sequential');
    assert.equal(isSequentialOrRepetitive('sk-demo-abcdefghijklmnop'), 'sequential');
  });

  it('leaves random tokens alone', () => {
    assert.equal(isSequentialOrRepetitive('test_9fK2xQ7mLp4ZvB8nR3tW'), undefined);
    assert.equal(isSequentialOrRepetitive('acme_live_0123x9Kq2LmZ8vT4wR7p'), undefined);
    assert.equal(isSequentialOrRepetitive('0e9a7c55b3f14d2a8e6b'), undefined);
    // Random hex and base62 values of key lengths: a strand steps by one at about one place in eight,
    // so none reaches seven in ten (a fixed seed keeps the run the same every time).
    const alphabet = (chars: string, min: number, max: number) =>
      fc.array(fc.constantFrom(...chars.split('')), { minLength: min, maxLength: max }).map((a) => a.join(''));
    fc.assert(
      fc.property(fc.oneof(alphabet('0123456789abcdef', 20, 64), alphabet('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789', 20, 64)), (v) => {
        assert.equal(isSequentialOrRepetitive(v), undefined, `${v.length} characters`);
      }),
      { seed: 4901, numRuns: 2000 },
    );
  });
});

describe('shell history timestamps', () => {
  it("reads bash's `#<unix time>` lines as times, not ids or phone numbers", () => {
    const history = '#1711993031\nkubectl -n kyc get pods\n#1709953696\npsql -h db -U app -c "select cpr, telefon from customers limit 5"\n#1709951838\nvault kv get -field=password secret/app\n';
    assert.deepEqual(scan(history).map((f) => f.ruleId), []);
    // (The same digits as a value in a command are still read.)
    const cpr = 'psql -c "select * from customers where cpr = \'1709951838\'"';
    assert.ok(scan(cpr).some((f) => f.ruleId === 'dk-cpr'));
  });
});

describe('stand-ins and references the shared filters read', () => {
  const rule = ALL_RULES.find((r) => r.id === 'generic-password') as Rule;
  const reason = (value: string): string | undefined => {
    const text = `value: ${value}\n`;
    const start = text.indexOf(value);
    return toFalsePositiveReason(rule, value, { text, start, end: start + value.length } as MatchContext);
  };

  it('reads a SOPS value cut short, a Symfony parameter, a stand-in to set and a textbook password', () => {
    assert.equal(reason('ENC[AES256_GCM,data:n0tReAlCiPhErTeXt/0AbCdEfGhIjKlMnOpQrStUvWxYz0123456789+AbCd'), 'template-reference');
    assert.equal(reason('%app.police.ses.password%'), 'template-reference');
    assert.equal(reason('set-me-in-console'), 'placeholder');
    assert.equal(reason('hunter2hunter2'), 'placeholder');
  });

  it('leaves a password with percent signs or the same words inside it alone', () => {
    assert.equal(reason('%Kx9!vQ2mZp%'), undefined);
    assert.equal(reason('offset-me7Qz9vKp2'), undefined);
    assert.equal(reason('hunter2Kx9vQ2mZp'), undefined);
  });
});
