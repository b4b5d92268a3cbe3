import assert from 'node:assert/strict';
import { parsePolicy } from '../../../src/engine/index';
import { applyAllowlistEdit, toAllowlistEdit } from '../../../src/extension/codeActions/allowlistEdit';

const FP = '0123456789abcdef';
const FP2 = 'fedcba9876543210';
const fields = { teamName: 'workspace', today: '2025-01-31' };

function fingerprintsOf(text: string): unknown {
  const parsed = parsePolicy(text);
  assert.ok(parsed.ok, `policy is valid: ${parsed.ok ? '' : JSON.stringify(parsed.issues)}`);
  return parsed.policy.detection?.allowlist?.fingerprints;
}

describe('toAllowlistEdit', () => {
  it('creates a minimal valid policy when there is no file', () => {
    const edit = toAllowlistEdit(undefined, FP, fields);
    assert.equal(edit.kind, 'create');
    const text = applyAllowlistEdit(undefined, edit) as string;
    assert.deepEqual(fingerprintsOf(text), [FP]);
  });

  it('treats an empty file like a missing one', () => {
    assert.equal(toAllowlistEdit('  \n', FP, fields).kind, 'create');
  });

  it('appends to an existing fingerprint list and keeps comments', () => {
    const before = `{
  // Our team policy
  "version": 1,
  "team": { "name": "t", "owner": "o" },
  "reviewedOn": "2025-01-01",
  "detection": { "allowlist": { "fingerprints": ["${FP2}"] } }
}
`;
    const edit = toAllowlistEdit(before, FP, fields);
    assert.equal(edit.kind, 'edit');
    const after = applyAllowlistEdit(before, edit) as string;
    assert.ok(after.includes('// Our team policy'));
    assert.deepEqual(fingerprintsOf(after), [FP2, FP]);
  });

  it('creates the detection and allowlist objects when they are missing', () => {
    const before = '{\n  "version": 1,\n  "team": { "name": "t", "owner": "o" },\n  "reviewedOn": "2025-01-01"\n}\n';
    const after = applyAllowlistEdit(before, toAllowlistEdit(before, FP, fields)) as string;
    assert.deepEqual(fingerprintsOf(after), [FP]);
  });

  it('keeps other allowlist entries', () => {
    const before = '{"version":1,"team":{"name":"t","owner":"o"},"reviewedOn":"2025-01-01","detection":{"allowlist":{"paths":["fixtures/"]}}}';
    const after = applyAllowlistEdit(before, toAllowlistEdit(before, FP, fields)) as string;
    const parsed = parsePolicy(after);
    assert.ok(parsed.ok);
    assert.deepEqual(parsed.policy.detection?.allowlist, { paths: ['fixtures/'], fingerprints: [FP] });
  });

  it('changes nothing when the fingerprint is already listed', () => {
    const before = `{"detection":{"allowlist":{"fingerprints":["${FP}"]}}}`;
    assert.deepEqual(toAllowlistEdit(before, FP, fields), { kind: 'unchanged' });
  });

  it('writes CRLF line endings when asked', () => {
    const edit = toAllowlistEdit(undefined, FP, fields, { insertSpaces: true, tabSize: 2, eol: '\r\n' });
    assert.equal(edit.kind, 'create');
    assert.ok(edit.kind === 'create' && edit.content.includes('\r\n') && !/[^\r]\n/u.test(edit.content));
  });
});
