import assert from 'node:assert/strict';
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
