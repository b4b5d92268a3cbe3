import assert from 'node:assert/strict';
import { scan } from '../../../src/engine/index';
import { sharedKeys } from '../../../src/engine/scan/shared';

const phones = (text: string): string[] => scan(text).filter((f) => f.ruleId === 'phone-number').map((f) => text.slice(f.range.start, f.range.end));

// Invented numbers, valid for their regions (German mobiles, a Munich landline).
const CUSTOMERS = ['+49 151 48203917', '+49 160 93715284', '+49 171 5839204', '+49 176 41829037'];
const SERVICE = '+49 89 21604 7000';

describe('shared values: the other end of many records is no one person', () => {
  it('finds a key that stands on three lines beside three different keys', () => {
    const text = 'a x\nb x\nc x\n';
    const at = (s: string, from = 0): number => text.indexOf(s, from);
    const items = [
      { start: at('a'), key: 'a' }, { start: at('x'), key: 'x' },
      { start: at('b'), key: 'b' }, { start: at('x', at('b')), key: 'x' },
      { start: at('c'), key: 'c' }, { start: at('x', at('c')), key: 'x' },
    ];
    assert.deepEqual([...sharedKeys(text, items)], ['x']);
  });

  it('leaves a value alone when its partners repeat or its lines are few', () => {
    // Three lines, one partner: a customer writing to the service three times.
    const text = 'a x\na x\na x\n';
    const items = [0, 4, 8].flatMap((s) => [{ start: s, key: 'a' }, { start: s + 2, key: 'x' }]);
    assert.equal(sharedKeys(text, items).size, 0);
    // Two lines with different partners: not yet a pattern.
    const two = 'a x\nb x\n';
    assert.equal(sharedKeys(two, [{ start: 0, key: 'a' }, { start: 2, key: 'x' }, { start: 4, key: 'b' }, { start: 6, key: 'x' }]).size, 0);
  });

  it("drops an SMS gateway's own number from its log and keeps every sender's", () => {
    const log = CUSTOMERS.map((c, i) => `2024-05-2${i}T10:00:00Z inbound From=${c} To=${SERVICE} Body=ok`).join('\n');
    const found = phones(log);
    assert.equal(found.filter((p) => p === SERVICE).length, 0, 'the service number');
    assert.deepEqual(found, CUSTOMERS, 'each sender, once per line');
  });

  it("keeps an on-call rota's mobiles: each recurs beside different backups, on some of the weeks only", () => {
    const rota = [[0, 1], [1, 2], [2, 3], [3, 0], [0, 2], [1, 3], [2, 0], [3, 1]].map(([a, b], w) => `${w + 14},on-call,${CUSTOMERS[a as number]},${CUSTOMERS[b as number]}`).join('\n');
    assert.equal(phones(rota).length, 16);
  });

  it("keeps a courier's mobile that heads every row beside each customer's: a mobile column is a person's", () => {
    const rows = CUSTOMERS.map((c, i) => `V-${i},Anna Beispiel,+49 152 20418375,${c}`);
    const found = phones(`visit,courier,courier_mobile,customer_mobile\n${rows.join('\n')}`);
    assert.equal(found.filter((p) => p === '+49 152 20418375').length, 4, "the courier's mobile, on every row");
    assert.equal(found.length, 8);
    // (Under a column of the office's line it is the other end of every record again.)
    const office = phones(`visit,courier,office_phone,customer_mobile\n${CUSTOMERS.map((c, i) => `V-${i},Anna Beispiel,${SERVICE},${c}`).join('\n')}`);
    assert.deepEqual(office, CUSTOMERS);
  });

  it('keeps a number that recurs beside the same few others: a conversation, not a directory', () => {
    const chat = [0, 1, 2, 3].map((i) => `msg ${i} from ${CUSTOMERS[0]} to ${CUSTOMERS[1]}`).join('\n');
    assert.equal(phones(chat).length, 8);
  });
});
