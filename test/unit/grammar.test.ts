import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as oniguruma from 'vscode-oniguruma';
import * as vsctm from 'vscode-textmate';
import { redact, scan } from '../../src/engine/index';
import { fake } from '../../src/engine/rules/defineRule';

// Tokenizes samples with the same TextMate engine VS Code uses (vscode-textmate + the
// Oniguruma WebAssembly build) and checks the scopes our grammars give them.

const root = join(__dirname, '..', '..', '..');
const INJECTION = 'prompt-hygiene.injection';
const COMMENTS_INJECTION = 'prompt-hygiene.comments.injection';
const IGNORE = 'source.prompthygieneignore';
const HOST = 'source.phtest';

interface GrammarContribution {
  readonly language?: string;
  readonly scopeName: string;
  readonly path: string;
  readonly injectTo?: string[];
}
interface LanguageContribution {
  readonly id: string;
  readonly filenames?: string[];
  readonly configuration?: string;
}
const manifest = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as {
  contributes: { grammars?: GrammarContribution[]; languages?: LanguageContribution[] };
};
const grammars = manifest.contributes.grammars ?? [];
const languages = manifest.contributes.languages ?? [];

/**
 * A tiny host language for the injection tests: `//` and `/* *\/` comments, double-quoted
 * strings, a keyword. Like real grammars (TypeScript, Python, shell...) it writes comments and
 * strings as begin/end rules; an injection cannot reach inside a single `match` token.
 */
const HOST_GRAMMAR = {
  scopeName: HOST,
  patterns: [
    { begin: '//', end: '$', name: 'comment.line.double-slash.phtest', beginCaptures: { '0': { name: 'punctuation.definition.comment.phtest' } } },
    { begin: '/\\*', end: '\\*/', name: 'comment.block.phtest', beginCaptures: { '0': { name: 'punctuation.definition.comment.begin.phtest' } }, endCaptures: { '0': { name: 'punctuation.definition.comment.end.phtest' } } },
    { begin: '"', end: '"', name: 'string.quoted.double.phtest', beginCaptures: { '0': { name: 'punctuation.definition.string.begin.phtest' } }, endCaptures: { '0': { name: 'punctuation.definition.string.end.phtest' } } },
    { match: '\\b(const|let)\\b', name: 'storage.type.phtest' },
  ],
};

/**
 * A stand-in for the real shell grammar, which writes a whole `# comment` as one token (as do
 * C#, Rust, JSON with comments...). It takes the real grammar's scope name because the
 * comments injection is selected by language.
 */
const SHELL = 'source.shell';
const SHELL_GRAMMAR = {
  scopeName: SHELL,
  patterns: [
    { match: '(?:^|[ \\t]+)(#).*$', name: 'comment.line.number-sign.shell', captures: { '1': { name: 'punctuation.definition.comment.shell' } } },
    { begin: '"', end: '"', name: 'string.quoted.double.shell' },
    { match: '\\b(echo|export)\\b', name: 'support.function.builtin.shell' },
  ],
};

/** The contributed grammar file of a scope, as a raw grammar. */
function contributedGrammar(scopeName: string): vsctm.IRawGrammar {
  const g = grammars.find((x) => x.scopeName === scopeName);
  if (!g) throw new Error(`package.json contributes no grammar for ${scopeName}`);
  const path = join(root, g.path);
  return vsctm.parseRawGrammar(readFileSync(path, 'utf8'), path);
}

let registryPromise: Promise<vsctm.Registry> | undefined;

/** One registry per run: the Oniguruma WebAssembly module can be loaded only once per process. */
function registry(): Promise<vsctm.Registry> {
  registryPromise ??= (async () => {
    const wasm = readFileSync(require.resolve('vscode-oniguruma/release/onig.wasm'));
    await oniguruma.loadWASM(wasm.buffer.slice(wasm.byteOffset, wasm.byteOffset + wasm.byteLength));
    return new vsctm.Registry({
      onigLib: Promise.resolve({
        createOnigScanner: (sources: string[]) => new oniguruma.OnigScanner(sources),
        createOnigString: (text: string) => new oniguruma.OnigString(text),
      }),
      loadGrammar: (scopeName: string) => {
        if (scopeName === HOST) return Promise.resolve(vsctm.parseRawGrammar(JSON.stringify(HOST_GRAMMAR), 'host.json'));
        if (scopeName === SHELL) return Promise.resolve(vsctm.parseRawGrammar(JSON.stringify(SHELL_GRAMMAR), 'shell.json'));
        if (scopeName === INJECTION || scopeName === COMMENTS_INJECTION || scopeName === IGNORE) return Promise.resolve(contributedGrammar(scopeName));
        return Promise.resolve(null);
      },
      // As VS Code does with `injectTo`: the test hosts get the injections like any listed language.
      getInjections: (scopeName: string) => (scopeName === HOST || scopeName === SHELL ? [INJECTION, COMMENTS_INJECTION] : undefined),
    });
  })();
  return registryPromise;
}

/** One token: its text and its scope stack, outermost first. */
interface Token {
  readonly text: string;
  readonly scopes: readonly string[];
}

/** Tokenizes `text` (several lines allowed) with the grammar of `scopeName`. */
async function tokenize(scopeName: string, text: string): Promise<Token[][]> {
  const grammar = await (await registry()).loadGrammar(scopeName);
  if (!grammar) throw new Error(`no grammar for ${scopeName}`);
  let stack = vsctm.INITIAL;
  const lines: Token[][] = [];
  for (const line of text.split('\n')) {
    const r = grammar.tokenizeLine(line, stack);
    lines.push(r.tokens.map((t) => ({ text: line.slice(t.startIndex, t.endIndex), scopes: t.scopes })));
    stack = r.ruleStack;
  }
  return lines;
}

/** The scopes of the token whose text is exactly `text` (the first one, or the `nth`). */
function scopesOf(tokens: readonly Token[], text: string, nth = 0): readonly string[] {
  const found = tokens.filter((t) => t.text === text);
  const token = found[nth];
  if (!token) assert.fail(`no token ${JSON.stringify(text)} in ${JSON.stringify(tokens.map((t) => t.text))}`);
  return token.scopes;
}

/** True when some scope in the stack starts with `prefix`. */
function has(scopes: readonly string[], prefix: string): boolean {
  return scopes.some((s) => s === prefix || s.startsWith(`${prefix}.`));
}

/** Every token of a line that carries one of our scopes. */
function ours(tokens: readonly Token[]): Token[] {
  return tokens.filter((t) => t.scopes.some((s) => s.endsWith('.prompt-hygiene')));
}

async function line(scopeName: string, text: string): Promise<Token[]> {
  const [tokens] = await tokenize(scopeName, text);
  return tokens ?? [];
}

describe('TextMate grammars', () => {
  describe('package.json contributions', () => {
    it('contributes the injection grammar to the common languages, markdown and prompt files', () => {
      const g = grammars.find((x) => x.scopeName === INJECTION);
      assert.ok(g, 'the injection grammar is contributed');
      assert.ok(existsSync(join(root, g.path)), g.path);
      for (const scope of ['source.ts', 'source.js', 'source.python', 'source.go', 'source.java', 'source.yaml', 'source.json', 'source.dotenv', 'source.shell', 'text.html.markdown', 'text.html.markdown.prompt', 'text.git-commit']) {
        assert.ok(g.injectTo?.includes(scope), `injected into ${scope}`);
      }
      assert.equal(contributedGrammar(INJECTION).injectionSelector !== undefined, true, 'the grammar has an injection selector');
    });

    it('contributes the one-token-comment injection to exactly the languages its selector names', () => {
      const g = grammars.find((x) => x.scopeName === COMMENTS_INJECTION);
      assert.ok(g && existsSync(join(root, g.path)), 'the comments injection grammar is contributed');
      const selector = contributedGrammar(COMMENTS_INJECTION).injectionSelector ?? '';
      const named = [...selector.matchAll(/L:(\S+)/gu)].map((m) => m[1] ?? '').sort();
      assert.deepEqual([...(g.injectTo ?? [])].sort(), named);
      for (const scope of named) assert.ok(grammars.find((x) => x.scopeName === INJECTION)?.injectTo?.includes(scope), `${scope} also gets the main injection`);
    });

    it('contributes the prompthygieneignore language for .prompthygieneignore files, with its grammar and comment syntax', () => {
      const lang = languages.find((l) => l.id === 'prompthygieneignore');
      assert.ok(lang, 'the language is contributed');
      assert.deepEqual(lang.filenames, ['.prompthygieneignore']);
      assert.ok(lang.configuration && existsSync(join(root, lang.configuration)), 'its language configuration exists');
      const config = JSON.parse(readFileSync(join(root, lang.configuration), 'utf8')) as { comments?: { lineComment?: string } };
      assert.equal(config.comments?.lineComment, '#');
      const g = grammars.find((x) => x.language === 'prompthygieneignore');
      assert.equal(g?.scopeName, IGNORE);
      assert.ok(g && existsSync(join(root, g.path)), 'its grammar exists');
    });
  });

  describe('directives and placeholders (injection grammar)', () => {
    it('highlights an allow-next-line directive and its rule id inside a // comment', async () => {
      const tokens = await line(HOST, 'let a = 1; // prompt-hygiene:allow-next-line slack-bot-token');
      const word = scopesOf(tokens, 'prompt-hygiene');
      assert.ok(has(word, 'comment.line.double-slash'), 'still inside the comment');
      assert.ok(has(word, 'meta.directive.prompt-hygiene'));
      assert.ok(has(word, 'storage.type.directive.prompt-hygiene'));
      assert.ok(has(scopesOf(tokens, 'allow-next-line'), 'keyword.control.directive.prompt-hygiene'));
      assert.ok(has(scopesOf(tokens, 'slack-bot-token'), 'variable.parameter.rule-id.prompt-hygiene'));
      assert.ok(!has(scopesOf(tokens, 'let'), 'meta.directive'), 'code before the comment is untouched');
    });

    it('highlights disable with several comma-separated rule ids in a block comment, and the comment still ends', async () => {
      const tokens = await line(HOST, '/* prompt-hygiene:disable email-address, phone-number */ const x = 1;');
      assert.ok(has(scopesOf(tokens, 'disable'), 'keyword.control.directive.prompt-hygiene'));
      assert.ok(has(scopesOf(tokens, 'email-address'), 'variable.parameter.rule-id.prompt-hygiene'));
      assert.ok(has(scopesOf(tokens, 'phone-number'), 'variable.parameter.rule-id.prompt-hygiene'));
      assert.ok(has(scopesOf(tokens, ','), 'punctuation.separator.comma.prompt-hygiene'));
      assert.ok(has(scopesOf(tokens, '*/'), 'punctuation.definition.comment.end.phtest'));
      assert.ok(has(scopesOf(tokens, 'const'), 'storage.type.phtest'), 'code after the comment is the host grammar again');
      assert.ok(!has(scopesOf(tokens, 'const'), 'comment'));
    });

    it('highlights allow and enable without rule ids, also outside comments (the engine reads them anywhere)', async () => {
      const [first = [], second = []] = await tokenize(HOST, '// prompt-hygiene:enable\nprompt-hygiene:allow');
      assert.ok(has(scopesOf(first, 'enable'), 'keyword.control.directive.prompt-hygiene'));
      assert.ok(has(scopesOf(second, 'allow'), 'keyword.control.directive.prompt-hygiene'));
    });

    it('leaves look-alikes that the engine ignores unhighlighted', async () => {
      for (const text of ['// prompt-hygiene:ignore this', '// prompt_hygiene:allow', '// prompt-hygiene allow', '// see [REDACTED] and [REDACTED:Foo]', '// <email_1> <EMAIL> <EMAIL_0> <_1>']) {
        assert.deepEqual(ours(await line(HOST, text)), [], text);
      }
    });

    it('highlights a directive in a language whose grammar writes a comment as one token (shell)', async () => {
      const [own = [], trailing = [], plain = [], quoted = []] = await tokenize(
        SHELL,
        '# prompt-hygiene:allow-next-line github-classic-pat\nexport A=1 # prompt-hygiene:allow\n# just a note\necho "# not a comment"',
      );
      assert.ok(has(scopesOf(own, 'allow-next-line'), 'keyword.control.directive.prompt-hygiene'));
      assert.ok(has(scopesOf(own, 'github-classic-pat'), 'variable.parameter.rule-id.prompt-hygiene'));
      assert.ok(has(scopesOf(own, 'allow-next-line'), 'comment.line.number-sign'), 'still a comment for themes');
      assert.ok(has(scopesOf(trailing, 'allow'), 'keyword.control.directive.prompt-hygiene'));
      assert.ok(has(scopesOf(trailing, 'export'), 'support.function.builtin.shell'), 'the code before it is untouched');
      assert.deepEqual(ours(plain), [], 'comments without a directive stay with the host grammar');
      assert.ok(quoted.every((t) => !has(t.scopes, 'comment')), 'a # inside a string is not a comment');
    });

    it('highlights a [REDACTED:rule-id] placeholder inside a string, and the string still ends', async () => {
      const tokens = await line(HOST, 'const key = "[REDACTED:openai-api-key]"; const y = 2;');
      const id = scopesOf(tokens, 'openai-api-key');
      assert.ok(has(id, 'string.quoted.double.phtest'), 'inside the string');
      assert.ok(has(id, 'constant.other.placeholder.redacted.prompt-hygiene'));
      assert.ok(has(id, 'variable.other.rule-id.prompt-hygiene'));
      assert.ok(has(scopesOf(tokens, 'REDACTED'), 'keyword.other.redacted.prompt-hygiene'));
      assert.ok(has(scopesOf(tokens, '"', 1), 'punctuation.definition.string.end.phtest'));
      assert.ok(!has(scopesOf(tokens, 'const', 1), 'string'), 'the string closed where it should');
    });

    it('highlights pseudonyms such as <EMAIL_1> and <AWS_SECRET_12> in comments, strings and plain code', async () => {
      const tokens = await line(HOST, '// ask <EMAIL_1> about "<AWS_SECRET_12>"');
      assert.ok(has(scopesOf(tokens, 'EMAIL'), 'constant.other.placeholder.pseudonym.prompt-hygiene'));
      assert.ok(has(scopesOf(tokens, 'EMAIL'), 'comment.line.double-slash'));
      assert.ok(has(scopesOf(tokens, 'AWS_SECRET'), 'variable.other.label.prompt-hygiene'));
      assert.ok(has(scopesOf(tokens, '12'), 'constant.numeric.counter.prompt-hygiene'));
      const bare = await line(HOST, 'OWNER=<PERSON_NAME_3>');
      assert.ok(has(scopesOf(bare, 'PERSON_NAME'), 'constant.other.placeholder.pseudonym.prompt-hygiene'));
    });

    it('highlights exactly the placeholders that redact() writes, for both placeholder and pseudonym strategies', async () => {
      const email = ['maria.schneider', 'contoso-mail.de'].join('@');
      const text = `SLACK_BOT_TOKEN=${fake('xoxb-{d11}-{d12}-{a24}', 42)}\n// contact: ${email}`;
      const findings = scan(text);
      assert.ok(findings.length >= 2, 'the sample has a secret and an e-mail address');
      for (const strategy of ['placeholder', 'pseudonym'] as const) {
        const { text: redacted, mapping } = redact(text, findings, strategy);
        const lines = await tokenize(HOST, redacted);
        const highlighted = lines.flatMap((tokens) => {
          // Joins consecutive placeholder tokens back into whole placeholders.
          const out: string[] = [];
          let current = '';
          for (const t of tokens) {
            if (has(t.scopes, 'constant.other.placeholder')) current += t.text;
            else if (current) {
              out.push(current);
              current = '';
            }
          }
          if (current) out.push(current);
          return out;
        });
        assert.deepEqual(highlighted, mapping.map((m) => m.placeholder), strategy);
      }
    });
  });

  describe('.prompthygieneignore files', () => {
    it('scopes a # line as a comment, and an escaped \\# as a pattern', async () => {
      const [comment = [], escaped = []] = await tokenize(IGNORE, '# fixtures hold fake keys\n\\#literal-hash');
      assert.ok(has(scopesOf(comment, '#'), 'punctuation.definition.comment.prompthygieneignore'));
      assert.ok(has(scopesOf(comment, ' fixtures hold fake keys'), 'comment.line.number-sign.prompthygieneignore'));
      assert.ok(has(scopesOf(escaped, '\\#'), 'constant.character.escape.prompthygieneignore'));
      assert.ok(!escaped.some((t) => has(t.scopes, 'comment')), 'not a comment');
    });

    it('scopes a leading ! as negation of the whole pattern', async () => {
      const tokens = await line(IGNORE, '!keep/*.env');
      assert.ok(has(scopesOf(tokens, '!'), 'keyword.control.negation.prompthygieneignore'));
      assert.ok(has(scopesOf(tokens, 'keep'), 'meta.pattern.negated.prompthygieneignore'));
      assert.ok(has(scopesOf(tokens, '*'), 'constant.character.glob.wildcard.prompthygieneignore'));
    });

    it('scopes globstars, wildcards, single-character wildcards, path separators and a trailing directory slash', async () => {
      const tokens = await line(IGNORE, '**/fixtures/secret?.txt/');
      assert.ok(has(scopesOf(tokens, '**'), 'constant.character.glob.globstar.prompthygieneignore'));
      assert.ok(has(scopesOf(tokens, '/'), 'punctuation.separator.path.prompthygieneignore'));
      assert.ok(has(scopesOf(tokens, '?'), 'constant.character.glob.single.prompthygieneignore'));
      assert.ok(has(scopesOf(tokens, '/', 2), 'storage.modifier.directory.prompthygieneignore'), 'the last slash means "folders only"');
      assert.ok(has(scopesOf(tokens, 'fixtures'), 'meta.pattern.prompthygieneignore'));
      assert.ok(!has(scopesOf(tokens, 'fixtures'), 'meta.pattern.negated'));
    });

    it('scopes a leading / as an anchor and a ** inside a name as a plain wildcard', async () => {
      const tokens = await line(IGNORE, '/build/a**b');
      assert.ok(has(scopesOf(tokens, '/'), 'keyword.control.anchor.prompthygieneignore'));
      assert.ok(has(scopesOf(tokens, '**'), 'constant.character.glob.wildcard.prompthygieneignore'));
    });

    it('scopes character classes with ranges, negation and escapes', async () => {
      const tokens = await line(IGNORE, 'log[0-9].txt tmp[!a\\]].bak');
      assert.ok(has(scopesOf(tokens, '['), 'punctuation.definition.character-class.begin.prompthygieneignore'));
      assert.ok(has(scopesOf(tokens, '-'), 'keyword.operator.range.prompthygieneignore'));
      assert.ok(has(scopesOf(tokens, '0'), 'meta.character-class.prompthygieneignore'));
      assert.ok(has(scopesOf(tokens, '!'), 'keyword.control.negation.prompthygieneignore'), 'negated class');
      assert.ok(has(scopesOf(tokens, '\\]'), 'constant.character.escape.prompthygieneignore'));
      assert.ok(has(scopesOf(tokens, ']', 1), 'punctuation.definition.character-class.end.prompthygieneignore'));
    });

    it('flags trailing whitespace, which git ignores unless escaped', async () => {
      const tokens = await line(IGNORE, 'notes.txt  ');
      assert.ok(has(scopesOf(tokens, '  '), 'invalid.deprecated.trailing-whitespace.prompthygieneignore'));
    });
  });
});
