import assert from 'node:assert/strict';
import { scan } from '../../../src/engine/index';
import { evaluate } from '../../corpus/evaluate';
import { generateCorpus } from '../../corpus/generateCorpus';

describe('accuracy on the labelled corpus', () => {
  // 400 generated documents: configs, code, logs, chat, CSV and lockfiles with planted secrets and
  // personal data among hard negatives (documentation keys, placeholders, references, UUIDs,
  // hashes, data URIs, private IPs, test cards, failed checksums, versions…).
  const result = evaluate(generateCorpus(20261129, 400), (text) => scan(text));
  const detail = `missed ${JSON.stringify(result.missedByKind)}; false positives ${JSON.stringify(result.falseByRule)}`;

  for (const category of ['secret', 'pii'] as const) {
    it(`finds ${category} values with precision and recall of at least 0.95`, () => {
      const s = result[category];
      assert.ok(s.tp > 50, `too few ${category} labels matched to mean anything (${s.tp}); ${detail}`);
      assert.ok(s.precision >= 0.95, `precision ${s.precision.toFixed(3)}; ${detail}`);
      assert.ok(s.recall >= 0.95, `recall ${s.recall.toFixed(3)}; ${detail}`);
    });
  }
});
