import assert from 'node:assert/strict';
import path from 'node:path';
import { scan } from '../../../src/engine/index';

const phones = (text: string): string[] => scan(text).filter((f) => f.ruleId === 'phone-number').map((f) => text.slice(f.range.start, f.range.end));

describe('phone numbers under a company column', () => {
  const row = (header: string): string =>
    `id,razao_social,cnpj,pais,contato_nome,contato_email,contato_telefone,email_operacional,${header},plano\n` +
    'CLI-1,"Exemplo Distribuidora Ltda",11.222.333/0001-81,BR,Marina Tavares Quental,marina.quental@exemplodistribuidora.com.br,+55 81 99812-4471,logistica@exemplodistribuidora.com.br,+55 81 3421-5566,Essencial\n';

  it("reports the contact person's number and leaves the business line of a company column alone", () => {
    assert.deepEqual(phones(row('telefone_comercial')), ['+55 81 99812-4471']);
    assert.deepEqual(phones(row('business-phone')), ['+55 81 99812-4471']);
  });

  it('reports both under a column that names no company line', () => {
    assert.deepEqual(phones(row('telefone')), ['+55 81 99812-4471', '+55 81 3421-5566']);
  });
});

describe("a call-detail record's parties", () => {
  it("reports the subscribers' MSISDNs and leaves a business's free-phone and shared-cost lines alone", () => {
    const cdr =
      'call_type,call_id,answered_at,a_party,b_party,imsi\n' +
      'VOICE_OUT,510001,2025-03-02T08:00:00+11:00,61438207519,61397412863,505029876501234\n' +
      'VOICE_OUT,510002,2025-03-02T08:01:10+11:00,61438207519,611800934275,505029876501234\n' +
      'VOICE_OUT,510003,2025-03-02T08:02:20+11:00,61438207519,611300472918,505029876501234\n';
    assert.deepEqual([...new Set(phones(cdr))], ['61438207519', '61397412863']);
  });
});

// (Not a rule example: reading Argentina's numbers compiles its metadata's patterns, about 16 KB of
// regex bytecode, which the examples' budget in nativeRegex.test.ts cannot spare.)
describe("Argentina's shared-cost lines", () => {
  it("leaves a shop's 0810 line alone where the text's numbers are Argentine (not a Nigerian mobile), and keeps its manager's mobile", () => {
    const csv = 'Sucursales (desde el exterior: +54 9)\nsucursal,ciudad,telefono,celular_gerente\nAR-1,CABA,0810-977-4421,+54 9 11 4739-2816\n';
    assert.deepEqual(phones(csv), ['+54 9 11 4739-2816']);
  });
});

describe('a number in a comma-separated cell', () => {
  it('reads a comma and two digits after it as the next cell, not as a decimal part', () => {
    const csv = 'subscriber,msisdn,score\nS-1,61438275901,93\nS-2,61438275917,7\n';
    assert.deepEqual(phones(csv), ['61438275901', '61438275917']);
  });

  it('still reads a decimal comma outside a cell as part of an amount', () => {
    assert.deepEqual(phones('Betrag 61438275901,93 EUR\n'), []);
  });
});

describe("libphonenumber's metadata, as readPhone reads it", () => {
  it('has number types for every region, so a number without a type is not a valid one', () => {
    // readPhone takes "no type" for "not valid": isValid is that test only where a region's metadata has types.
    // (The Metadata class is not among the package's exports; its build file is read by path.)
    const dir = path.dirname(require.resolve('libphonenumber-js/package.json'));
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const Metadata = (require(path.join(dir, 'build/metadata.js')) as { default: new (json: unknown) => { selectNumberingPlan(c: string): void; hasTypes(): boolean } }).default;
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const json = require('libphonenumber-js/metadata.max.json') as { countries: Record<string, unknown>; nonGeographic?: Record<string, unknown> };
    const metadata = new Metadata(json);
    const regions = Object.keys(json.countries);
    assert.ok(regions.length > 200, `${regions.length} regions`);
    const withoutTypes = regions.filter((c) => {
      metadata.selectNumberingPlan(c);
      return !metadata.hasTypes();
    });
    assert.deepEqual(withoutTypes, []);
  });
});
