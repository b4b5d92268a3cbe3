// esbuild plugin: escapes the bundles' remaining non-ASCII characters as `\uXXXX`. esbuild
// escapes them in strings already but leaves regular-expression literals as written (`d['’]`,
// `[A-ZÀ-ÖØ-Þ]`), and one character above U+00FF anywhere in a file makes V8 hold the whole
// source as a two-byte string: 2.8 MB instead of 1.4 MB for the CLI's main bundle, again for its
// scan worker (each thread keeps its own copy). An escape means the same code unit in a string,
// a template, an identifier and a regular expression with or without `u` (a surrogate pair of
// escapes reads as one code point under `u`). Production builds only: the escapes move columns,
// which development builds' source maps point at.
import { readFile, writeFile } from 'node:fs/promises';

/** The text with every code unit above U+007F written as a `\uXXXX` escape. */
export function toAsciiSource(text) {
  return text.replace(/[^\x00-\x7f]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

export const asciiOutput = {
  name: 'ascii-output',
  setup(build) {
    build.onEnd(async (result) => {
      if (result.errors.length > 0) return;
      const { outfile, outdir, entryPoints } = build.initialOptions;
      const files = outfile ? [outfile] : Object.keys(entryPoints).map((name) => `${outdir}/${name}.js`);
      for (const file of files) {
        const text = await readFile(file, 'utf8');
        const ascii = toAsciiSource(text);
        if (ascii !== text) await writeFile(file, ascii);
      }
    });
  },
};
