// Bundles the extension (dist/extension.js) and the CLI (dist/cli.js, a launcher that loads
// dist/cliMain.js or re-runs itself, plus the scan worker dist/scanWorker.js).
// `--production` minifies without sourcemaps; `--watch` rebuilds on change.
import * as esbuild from 'esbuild';
import { stripRuleExamples } from './scripts/stripRuleExamples.mjs';
import { asciiOutput } from './scripts/asciiOutput.mjs';

const production = process.argv.includes('--production');
const watch = process.argv.includes('--watch');

/** Prints errors in the format VS Code's esbuild problem matcher understands. */
const problemMatcher = {
  name: 'esbuild-problem-matcher',
  setup(build) {
    build.onStart(() => console.log('[watch] build started'));
    build.onEnd((result) => {
      for (const { text, location } of result.errors) {
        console.error(`✘ [ERROR] ${text}`);
        if (location) console.error(`    ${location.file}:${location.line}:${location.column}:`);
      }
      console.log('[watch] build finished');
    });
  },
};

/**
 * zod's classic API re-exports every locale (`z.locales`, ~250 KB of error messages in 40+
 * languages) through a namespace that bundlers cannot tree-shake. We only use English: resolve
 * the locale index to a module exporting just `en`.
 */
const zodEnglishOnly = {
  name: 'zod-english-only',
  setup(build) {
    build.onResolve({ filter: /^\.\.\/locales\/index\.js$/ }, (args) => {
      if (!/[\\/]zod[\\/]v4[\\/](?:classic|core)[\\/]/.test(args.importer)) return undefined;
      return { path: 'zod-locales-en', namespace: 'zod-english-only', pluginData: { dir: args.resolveDir } };
    });
    build.onLoad({ filter: /.*/, namespace: 'zod-english-only' }, (args) => ({
      contents: `export { default as en } from ${JSON.stringify(args.pluginData.dir + '/../locales/en.js')};`,
      resolveDir: args.pluginData.dir,
    }));
  },
};

const common = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  minify: production,
  sourcemap: !production,
  sourcesContent: false,
  logLevel: 'warning',
  // Prefer packages' ESM builds: jsonc-parser's UMD main loads its modules through a dynamic
  // require that a bundle cannot resolve ("Cannot find module './impl/format'").
  mainFields: ['module', 'main'],
  plugins: [problemMatcher, stripRuleExamples, zodEnglishOnly, ...(production ? [asciiOutput] : [])],
};

const contexts = await Promise.all([
  esbuild.context({ ...common, entryPoints: ['src/extension/extension.ts'], outfile: 'dist/extension.js', external: ['vscode'] }),
  esbuild.context({
    ...common,
    entryPoints: { cli: 'src/cli/launcher.ts', cliMain: 'src/cli/bin.ts', scanWorker: 'src/cli/scanWorker.ts' },
    outdir: 'dist',
    banner: { js: '#!/usr/bin/env node' },
  }),
]);

if (watch) {
  await Promise.all(contexts.map((c) => c.watch()));
} else {
  await Promise.all(contexts.map((c) => c.rebuild()));
  await Promise.all(contexts.map((c) => c.dispose()));
}
