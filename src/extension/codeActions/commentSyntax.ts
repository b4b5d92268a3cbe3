// Pure: how to write a `prompt-hygiene:allow` directive as a comment in each language.
// No `vscode` import.

/** A language's comment syntax: a line comment, or a block comment's delimiters. */
export type CommentSyntax = { readonly line: string } | { readonly block: readonly [string, string] };

const HASH: CommentSyntax = { line: '#' };
const SLASHES: CommentSyntax = { line: '//' };
const DASHES: CommentSyntax = { line: '--' };
const PERCENT: CommentSyntax = { line: '%' };
const SEMI: CommentSyntax = { line: ';' };
const HTML: CommentSyntax = { block: ['<!--', '-->'] };
const C_BLOCK: CommentSyntax = { block: ['/*', '*/'] };

/**
 * Comment syntax by VS Code language id. Languages without comments (json, plaintext) are
 * absent: for them the quick fix offers the team allowlist instead.
 */
export const COMMENT_SYNTAX: Readonly<Record<string, CommentSyntax>> = {
  // `//`
  javascript: SLASHES,
  javascriptreact: SLASHES,
  typescript: SLASHES,
  typescriptreact: SLASHES,
  jsonc: SLASHES,
  json5: SLASHES,
  java: SLASHES,
  kotlin: SLASHES,
  scala: SLASHES,
  groovy: SLASHES,
  c: SLASHES,
  cpp: SLASHES,
  'objective-c': SLASHES,
  'objective-cpp': SLASHES,
  csharp: SLASHES,
  fsharp: SLASHES,
  go: SLASHES,
  rust: SLASHES,
  swift: SLASHES,
  dart: SLASHES,
  php: SLASHES,
  scss: SLASHES,
  less: SLASHES,
  hcl: HASH,
  terraform: HASH,
  proto: SLASHES,
  proto3: SLASHES,
  zig: SLASHES,
  // `#`
  python: HASH,
  ruby: HASH,
  perl: HASH,
  r: HASH,
  julia: HASH,
  elixir: HASH,
  shellscript: HASH,
  powershell: HASH,
  yaml: HASH,
  'github-actions-workflow': HASH,
  dockercompose: HASH,
  toml: HASH,
  dockerfile: HASH,
  makefile: HASH,
  cmake: HASH,
  properties: HASH,
  dotenv: HASH,
  ignore: HASH,
  coffeescript: HASH,
  nim: HASH,
  tcl: HASH,
  'git-commit': HASH,
  'git-rebase': HASH,
  nginx: HASH,
  // `--`
  sql: DASHES,
  lua: DASHES,
  haskell: DASHES,
  elm: DASHES,
  ada: DASHES,
  vhdl: DASHES,
  // `%`
  latex: PERCENT,
  tex: PERCENT,
  bibtex: PERCENT,
  erlang: PERCENT,
  matlab: PERCENT,
  prolog: PERCENT,
  // `;`
  ini: SEMI,
  clojure: SEMI,
  lisp: SEMI,
  scheme: SEMI,
  asm: SEMI,
  // other line comments
  bat: { line: 'REM' },
  vb: { line: "'" },
  fortran: { line: '!' },
  'fortran-modern': { line: '!' },
  // block comments only
  css: C_BLOCK,
  html: HTML,
  xml: HTML,
  xsl: HTML,
  svg: HTML,
  markdown: HTML,
  vue: HTML,
  svelte: HTML,
  razor: { block: ['@*', '*@'] },
  handlebars: { block: ['{{!--', '--}}'] },
  ocaml: { block: ['(*', '*)'] },
};

/** The comment syntax for a language, or undefined when it has none we can use. */
export function toCommentSyntax(languageId: string): CommentSyntax | undefined {
  return COMMENT_SYNTAX[languageId];
}

/** Wraps `body` in the language's comment. */
export function toComment(syntax: CommentSyntax, body: string): string {
  return 'line' in syntax ? `${syntax.line} ${body}` : `${syntax.block[0]} ${body} ${syntax.block[1]}`;
}

/** A change on one line: replace characters `[character, endCharacter)` (UTF-16) with `text`. */
export interface DirectiveInsertion {
  readonly line: number;
  readonly character: number;
  /** Equal to `character` for a pure insertion; larger when trailing whitespace is replaced. */
  readonly endCharacter: number;
  readonly text: string;
}

/**
 * Where and what to insert so that a finding on `line` is allowed:
 * - for a single-line finding, `<comment> prompt-hygiene:allow <ruleId>` at the end of the line;
 * - for a finding spanning lines (a PEM block), `prompt-hygiene:allow-next-line <ruleId>` on a
 *   new line above it, indented like it, so the value itself is untouched.
 * Returns undefined for languages without comments.
 */
export function toAllowDirectiveInsertion(
  languageId: string,
  ruleId: string,
  line: number,
  lineText: string,
  multiLine: boolean,
): DirectiveInsertion | undefined {
  const syntax = toCommentSyntax(languageId);
  if (!syntax) return undefined;
  if (multiLine) {
    const indent = /^[ \t]*/u.exec(lineText)?.[0] ?? '';
    return { line, character: 0, endCharacter: 0, text: `${indent}${toComment(syntax, `prompt-hygiene:allow-next-line ${ruleId}`)}\n` };
  }
  const trimmedEnd = lineText.replace(/[ \t]+$/u, '');
  const sep = trimmedEnd.length === 0 ? '' : ' ';
  return {
    line,
    character: trimmedEnd.length,
    endCharacter: lineText.length,
    text: `${sep}${toComment(syntax, `prompt-hygiene:allow ${ruleId}`)}`,
  };
}
