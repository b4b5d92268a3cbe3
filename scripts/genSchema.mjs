// Writes schemas/policy.schema.json from the zod schema in src/engine/policy/schema.ts.
// The schema module is bundled on the fly with esbuild (zod included) into a temporary CommonJS
// file, so this works from a clean checkout without compiling first.
//   node scripts/genSchema.mjs           regenerate the file
//   node scripts/genSchema.mjs --check   exit 1 when the committed file is stale
// test/unit/engine/policy/schemaFile.test.ts fails when the committed file is stale, too.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as esbuild from 'esbuild';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const target = join(root, 'schemas', 'policy.schema.json');

const dir = mkdtempSync(join(tmpdir(), 'ph-schema-'));
try {
  const bundle = join(dir, 'schema.cjs');
  await esbuild.build({
    entryPoints: [join(root, 'src/engine/policy/schema.ts')],
    bundle: true,
    platform: 'node',
    format: 'cjs',
    outfile: bundle,
    logLevel: 'warning',
  });
  const { toPolicyJsonSchema } = createRequire(import.meta.url)(bundle);
  const text = `${JSON.stringify(toPolicyJsonSchema(), null, 2)}\n`;
  if (process.argv.includes('--check')) {
    let current = '';
    try {
      current = readFileSync(target, 'utf8');
    } catch {
      // missing counts as stale
    }
    if (current !== text) {
      console.error('schemas/policy.schema.json is stale: run `npm run gen:schema`.');
      process.exit(1);
    }
    console.log('schemas/policy.schema.json is up to date.');
  } else {
    writeFileSync(target, text);
    console.log(`wrote ${target}`);
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
