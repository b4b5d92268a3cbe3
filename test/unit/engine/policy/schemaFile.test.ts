import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { toPolicyJsonSchema } from '../../../../src/engine/index';
import { REPO_ROOT } from './helpers';

describe('schemas/policy.schema.json', () => {
  it('is up to date with the zod schema (run `npm run gen:schema` after changing it)', () => {
    const committed = readFileSync(join(REPO_ROOT, 'schemas/policy.schema.json'), 'utf8');
    assert.equal(committed, `${JSON.stringify(toPolicyJsonSchema(), null, 2)}\n`);
  });

  it('rejects unknown properties, so editors flag typos too', () => {
    const schema = toPolicyJsonSchema() as { additionalProperties?: unknown; required?: unknown };
    assert.equal(schema.additionalProperties, false);
    assert.deepEqual(schema.required, ['version', 'team', 'reviewedOn']);
  });

  it('is contributed to VS Code for the policy file', () => {
    const pkg = JSON.parse(readFileSync(join(REPO_ROOT, 'package.json'), 'utf8')) as { contributes?: { jsonValidation?: { fileMatch: unknown; url: string }[] } };
    const entry = pkg.contributes?.jsonValidation?.find((v) => v.url === './schemas/policy.schema.json');
    assert.ok(entry, 'package.json contributes.jsonValidation has no entry for the policy schema');
  });
});
