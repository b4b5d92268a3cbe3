import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseJsonl, put, removeTempDirs, runCli, slackToken, tempDir } from './helpers';

const JSONL_KEYS = ['file', 'line', 'column', 'endLine', 'endColumn', 'ruleId', 'category', 'severity', 'preview'];

describe('prompt-hygiene scan', () => {
  after(removeTempDirs);

  describe('exit codes', () => {
    it('exits 0 and says so when nothing is found', async () => {
      const dir = tempDir();
      put(dir, 'clean.txt', 'nothing to see here\n');
      const r = await runCli(dir, ['scan', 'clean.txt']);
      assert.equal(r.code, 0);
      assert.match(r.stdout, /No findings in 1 file scanned\./u);
    });

    it('exits 1 when a secret is found', async () => {
      const dir = tempDir();
      put(dir, 'a.env', `SLACK_BOT_TOKEN=${slackToken()}\n`);
      const r = await runCli(dir, ['scan', 'a.env']);
      assert.equal(r.code, 1);
    });

    it('exits 2 with a clear message on an unknown flag', async () => {
      const r = await runCli(tempDir(), ['scan', '--frobnicate']);
      assert.equal(r.code, 2);
      assert.match(r.stderr, /unknown option '--frobnicate'/u);
      assert.equal(r.stdout, '');
    });

    it('exits 2 when a named file does not exist', async () => {
      const r = await runCli(tempDir(), ['scan', 'missing.txt']);
      assert.equal(r.code, 2);
      assert.match(r.stderr, /no such file or directory: missing\.txt/u);
    });

    it('exits 2 on an unknown format or category', async () => {
      const dir = tempDir();
      assert.equal((await runCli(dir, ['scan', '--format', 'xml', '.'])).code, 2);
      const r = await runCli(dir, ['scan', '--category', 'passwords', '.']);
      assert.equal(r.code, 2);
      assert.match(r.stderr, /--category/u);
    });

    it('exits 2 on a malformed --max-file-size', async () => {
      const r = await runCli(tempDir(), ['scan', '--max-file-size', 'lots', '.']);
      assert.equal(r.code, 2);
      assert.match(r.stderr, /--max-file-size/u);
    });

    it('exits 2 on an unknown command, and 0 for --help and --version', async () => {
      const dir = tempDir();
      assert.equal((await runCli(dir, ['scna'])).code, 2);
      const help = await runCli(dir, ['scan', '--help']);
      assert.equal(help.code, 0);
      assert.match(help.stdout, /^Usage: prompt-hygiene scan/u);
      assert.match(help.stdout, /node_modules/u);
      for (const cmd of ['redact', 'restore']) {
        const h = await runCli(dir, [cmd, '--help']);
        assert.equal(h.code, 0);
        assert.match(h.stdout, new RegExp(`^Usage: prompt-hygiene ${cmd}`, 'u'));
      }
      const v = await runCli(dir, ['--version']);
      assert.equal(v.code, 0);
      assert.match(v.stdout, /^\d+\.\d+\.\d+/u);
    });

    it('treats a path in place of a command as scan, and anything else as an unknown command', async () => {
      const dir = tempDir();
      put(dir, 'a.txt', `x=${slackToken()}\n`);
      const r = await runCli(dir, ['.']);
      assert.equal(r.code, 1);
      assert.match(r.stdout, /^a\.txt:1:3 /u);
      const typo = await runCli(dir, ['sacn', '.']);
      assert.equal(typo.code, 2);
      assert.match(typo.stderr, /unknown command 'sacn'/u);
    });
  });

  describe('formats', () => {
    it('prints text as file:line:col, severity, rule id and preview, then a summary', async () => {
      const dir = tempDir();
      put(dir, 'src/config.txt', `first line\n  token: ${slackToken()}\n`);
      const r = await runCli(dir, ['scan', '.']);
      assert.equal(r.code, 1);
      const lines = r.stdout.trimEnd().split('\n');
      assert.match(lines[0] as string, /^src\/config\.txt:2:10 {2}error {2}slack-bot-token {2}xoxb-…\(\d+ chars\)$/u);
      assert.match(lines[lines.length - 1] as string, /^1 finding \(1 secret, 0 personal data\) in 1 file of 1 scanned\.$/u);
    });

    it('writes jsonl with the documented key order and 1-based UTF-16 columns, after a non-BMP character', async () => {
      const dir = tempDir();
      const token = slackToken();
      // U+1F600 takes two UTF-16 code units: the token starts at code unit 8, column 9.
      put(dir, 'emoji.txt', `ok\n\u{1F600} key: ${token}\n`);
      const r = await runCli(dir, ['scan', '--format', 'jsonl', 'emoji.txt']);
      assert.equal(r.code, 1);
      const [rec] = parseJsonl(r.stdout);
      assert.ok(rec);
      assert.deepEqual(Object.keys(rec), JSONL_KEYS);
      assert.equal(rec.file, 'emoji.txt');
      assert.equal(rec.line, 2);
      assert.equal(rec.column, 9);
      assert.equal(rec.endLine, 2);
      assert.equal(rec.endColumn, 9 + token.length);
      assert.equal(rec.ruleId, 'slack-bot-token');
      assert.equal(rec.category, 'secret');
      assert.equal(rec.severity, 'error');
      assert.equal(rec.preview, `xoxb-…(${token.length} chars)`);
    });

    it('writes nothing in jsonl when clean', async () => {
      const dir = tempDir();
      put(dir, 'a.txt', 'clean\n');
      const r = await runCli(dir, ['scan', '-f', 'jsonl', '.']);
      assert.equal(r.code, 0);
      assert.equal(r.stdout, '');
    });

    it('writes json with version, findings with fingerprints, and a summary', async () => {
      const dir = tempDir();
      put(dir, 'a.txt', `x=${slackToken(1)}\n`);
      put(dir, 'b.txt', 'clean\n');
      const r = await runCli(dir, ['scan', '--format', 'json', '.']);
      assert.equal(r.code, 1);
      const doc = JSON.parse(r.stdout) as Record<string, unknown>;
      assert.deepEqual(Object.keys(doc), ['version', 'findings', 'summary']);
      assert.equal(doc.version, 1);
      const findings = doc.findings as Record<string, unknown>[];
      assert.equal(findings.length, 1);
      assert.deepEqual(Object.keys(findings[0] as object), [...JSONL_KEYS, 'fingerprint']);
      assert.match((findings[0] as { fingerprint: string }).fingerprint, /^\S{8,}$/u);
      const bytes = Buffer.byteLength(`x=${slackToken(1)}\n`) + Buffer.byteLength('clean\n');
      assert.deepEqual(doc.summary, { files: 2, skipped: 0, findings: 1, bytes });
    });

    it('writes the report to --output instead of stdout', async () => {
      const dir = tempDir();
      put(dir, 'in/a.txt', `x=${slackToken()}\n`);
      const r = await runCli(dir, ['scan', '--format', 'jsonl', '--output', 'report.jsonl', 'in']);
      assert.equal(r.code, 1);
      assert.equal(r.stdout, '');
      const recs = parseJsonl(readFileSync(join(dir, 'report.jsonl'), 'utf8'));
      assert.equal(recs.length, 1);
      assert.equal(recs[0]?.file, 'in/a.txt');
    });

    it('exits 2 when --output cannot be written', async () => {
      const dir = tempDir();
      put(dir, 'a.txt', 'clean\n');
      const r = await runCli(dir, ['scan', '--output', 'no/such/folder/out.txt', 'a.txt']);
      assert.equal(r.code, 2);
      assert.match(r.stderr, /cannot write/u);
    });

    it('suppresses the summary and notes with --quiet but still reports findings', async () => {
      const dir = tempDir();
      put(dir, 'a.txt', `x=${slackToken()}\n`);
      put(dir, 'b.png', 'not really an image\n');
      const r = await runCli(dir, ['scan', '--quiet', '.']);
      assert.equal(r.code, 1);
      assert.equal(r.stdout.trimEnd().split('\n').length, 1);
      assert.equal(r.stderr, '');
    });

    it('leaves credits out with --no-attributions, in-process and on worker threads, and in redact', async () => {
      const dir = tempDir();
      const text = '# Author: Hedda Lindqvist <hedda.lindqvist@posteo.de>\nSigned-off-by: Kofi Mensah <kofi.mensah@gmx.net>\nsupport: ines.carvalho@sapo.pt\n';
      for (let i = 0; i < 4; i++) put(dir, `n${i}.txt`, text);
      const all = await runCli(dir, ['scan', '-f', 'jsonl', 'n0.txt']);
      assert.deepEqual([...new Set(parseJsonl(all.stdout).map((x) => x.line))], [1, 2, 3]);
      const local = await runCli(dir, ['scan', '-f', 'jsonl', '--no-attributions', '.']);
      const pooled = await runCli(dir, ['scan', '-f', 'jsonl', '--no-attributions', '.'], { env: { PROMPT_HYGIENE_WORKERS: '2' } });
      assert.deepEqual(parseJsonl(local.stdout).map((x) => `${x.file}:${x.line}:${x.ruleId}`), ['n0.txt:3:email-address', 'n1.txt:3:email-address', 'n2.txt:3:email-address', 'n3.txt:3:email-address']);
      assert.equal(pooled.stdout, local.stdout);
      const redacted = await runCli(dir, ['redact', '--no-attributions', 'n0.txt']);
      assert.equal(redacted.stdout, text.replace('ines.carvalho@sapo.pt', '[REDACTED:email-address]'));
    });

    it('filters by --category', async () => {
      const dir = tempDir();
      put(dir, 'a.txt', `x=${slackToken()}\n`);
      assert.equal((await runCli(dir, ['scan', '--category', 'pii', '.'])).code, 0);
      assert.equal((await runCli(dir, ['scan', '--category', 'secret', '.'])).code, 1);
    });
  });

  describe('file selection', () => {
    it('honours .gitignore at every level and .prompthygieneignore, and skips node_modules by default', async () => {
      const dir = tempDir();
      const t = `x=${slackToken()}\n`;
      put(dir, '.gitignore', 'ignored.txt\nbuild/\n*.log\n');
      put(dir, '.prompthygieneignore', 'private/\n');
      put(dir, 'kept.txt', t);
      put(dir, 'ignored.txt', t);
      put(dir, 'build/out.txt', t);
      put(dir, 'debug.log', t);
      put(dir, 'private/notes.txt', t);
      put(dir, 'sub/.gitignore', 'local.txt\n!keep.log\n');
      put(dir, 'sub/local.txt', t);
      put(dir, 'sub/keep.log', t);
      put(dir, 'sub/.prompthygieneignore', 'secret-fixture.txt\n');
      put(dir, 'sub/secret-fixture.txt', t);
      put(dir, 'node_modules/pkg/index.js', t);
      put(dir, '.git/config', t);
      const r = await runCli(dir, ['scan', '-f', 'jsonl', '.']);
      assert.deepEqual(parseJsonl(r.stdout).map((x) => x.file), ['kept.txt', 'sub/keep.log']);
      const all = await runCli(dir, ['scan', '-f', 'jsonl', '--no-default-excludes', '.']);
      assert.deepEqual(parseJsonl(all.stdout).map((x) => x.file), ['kept.txt', 'node_modules/pkg/index.js', 'sub/keep.log']);
    });

    it('scans a git-ignored file named explicitly, but not one in .prompthygieneignore', async () => {
      const dir = tempDir();
      put(dir, '.git/HEAD', 'ref: refs/heads/main\n');
      put(dir, '.gitignore', '.env\n');
      put(dir, '.prompthygieneignore', 'fixture.txt\n');
      put(dir, '.env', `SLACK_BOT_TOKEN=${slackToken()}\n`);
      put(dir, 'fixture.txt', `x=${slackToken(2)}\n`);
      assert.equal((await runCli(dir, ['scan', '.env'])).code, 1);
      assert.equal((await runCli(dir, ['scan', 'fixture.txt'])).code, 0);
    });

    it('scans git-ignored files with --no-gitignore, still leaving out .prompthygieneignore and node_modules', async () => {
      const dir = tempDir();
      put(dir, '.git/HEAD', 'ref: refs/heads/main\n');
      put(dir, '.gitignore', '.env\nbuild/\n');
      put(dir, '.prompthygieneignore', 'fixture.txt\n');
      put(dir, '.env', `SLACK_BOT_TOKEN=${slackToken()}\n`);
      put(dir, 'build/out.js', `x=${slackToken(2)}\n`);
      put(dir, 'fixture.txt', `x=${slackToken(3)}\n`);
      put(dir, 'node_modules/pkg/index.js', `x=${slackToken(4)}\n`);
      const honoured = await runCli(dir, ['scan', '-f', 'jsonl', '.']);
      assert.equal(honoured.code, 0);
      const all = await runCli(dir, ['scan', '-f', 'jsonl', '--no-gitignore', '.']);
      assert.equal(all.code, 1);
      assert.deepEqual(parseJsonl(all.stdout).map((x) => x.file).sort(), ['.env', 'build/out.js']);
    });

    it('scans a git-ignored folder named explicitly, with the ignore files inside it', async () => {
      const dir = tempDir();
      const t = `x=${slackToken()}\n`;
      put(dir, '.git/HEAD', 'ref: refs/heads/main\n');
      put(dir, '.gitignore', 'dist/\n');
      put(dir, '.prompthygieneignore', 'vendor/\n');
      put(dir, 'dist/bundle.js', t);
      put(dir, 'dist/.gitignore', '*.map\n');
      put(dir, 'dist/bundle.js.map', t);
      put(dir, 'vendor/lib.js', t);
      const r = await runCli(dir, ['scan', '-f', 'jsonl', 'dist', 'vendor']);
      assert.deepEqual(parseJsonl(r.stdout).map((x) => x.file), ['dist/bundle.js']);
      assert.equal((await runCli(dir, ['scan', '.'])).code, 0);
    });

    it('reads .gitignore files inside a git work tree only, as git and ripgrep do', async () => {
      const dir = tempDir();
      put(dir, 'unpacked/.gitignore', '.env\n');
      put(dir, 'unpacked/.prompthygieneignore', 'fixture.txt\n');
      put(dir, 'unpacked/.env', `SLACK_BOT_TOKEN=${slackToken()}\n`);
      put(dir, 'unpacked/fixture.txt', `x=${slackToken(2)}\n`);
      put(dir, 'unpacked/repo/.git/HEAD', 'ref: refs/heads/main\n');
      put(dir, 'unpacked/repo/.gitignore', '.env\n');
      put(dir, 'unpacked/repo/.env', `SLACK_BOT_TOKEN=${slackToken(3)}\n`);
      const r = await runCli(dir, ['scan', '-f', 'jsonl', 'unpacked']);
      assert.deepEqual(parseJsonl(r.stdout).map((x) => x.file), ['unpacked/.env'], 'the archive\'s .gitignore hides nothing; the nested repository\'s does');
    });

    it('skips binary and oversized files and reports the counts on stderr', async () => {
      const dir = tempDir();
      const t = `x=${slackToken()}\n`;
      put(dir, 'nul.dat', Buffer.concat([Buffer.from(t), Buffer.from([0, 1, 2])]));
      put(dir, 'image.png', t);
      put(dir, 'big.txt', t + 'a'.repeat(2048));
      put(dir, 'small.txt', 'clean\n');
      const r = await runCli(dir, ['scan', '--max-file-size', '1k', '.']);
      assert.equal(r.code, 0);
      assert.match(r.stdout, /No findings in 1 file scanned/u);
      assert.match(r.stderr, /Skipped 3 files: 2 binary, 1 larger than 1 KB\./u);
      const json = await runCli(dir, ['scan', '--max-file-size', '1k', '-f', 'json', '.']);
      assert.equal((JSON.parse(json.stdout) as { summary: { skipped: number } }).summary.skipped, 3);
      assert.equal(json.stderr, '');
      assert.equal((await runCli(dir, ['scan', '--max-file-size', '5m', 'big.txt'])).code, 1);
    });

    it('reads UTF-16 files (either byte order) and Latin-1 files without crashing, with correct columns', async () => {
      const dir = tempDir();
      const token = slackToken();
      const text = `é line\nkey = ${token}\n`;
      put(dir, 'le.txt', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]));
      const be = Buffer.from(text, 'utf16le').swap16();
      put(dir, 'be.txt', Buffer.concat([Buffer.from([0xfe, 0xff]), be]));
      // Latin-1: é is the single byte 0xE9, read as Windows-1252's é (one code unit).
      put(dir, 'latin1.txt', Buffer.from(`caf\u00e9 = ${token}\n`, 'latin1'));
      const r = await runCli(dir, ['scan', '-f', 'jsonl', '.']);
      assert.equal(r.code, 1);
      const recs = parseJsonl(r.stdout);
      assert.deepEqual(
        recs.map((x) => [x.file, x.line, x.column, x.endColumn]),
        [
          ['be.txt', 2, 7, 7 + token.length],
          ['latin1.txt', 1, 8, 8 + token.length],
          ['le.txt', 2, 7, 7 + token.length],
        ],
      );
    });

    it('gets columns right in a minified one-line file', async () => {
      const dir = tempDir();
      const prefix = 'var a=1;'.repeat(25_000);
      const token = slackToken();
      put(dir, 'app.min.js', `${prefix}var t="${token}";`);
      const r = await runCli(dir, ['scan', '-f', 'jsonl', 'app.min.js']);
      const [rec] = parseJsonl(r.stdout);
      assert.equal(rec?.line, 1);
      assert.equal(rec?.column, prefix.length + 'var t="'.length + 1);
    });

    it('reads standard input for "-", and for no path when input is piped', async () => {
      const dir = tempDir();
      const stdin = `hello\nSLACK=${slackToken()}\n`;
      const dash = await runCli(dir, ['scan', '-f', 'jsonl', '-'], { stdin });
      assert.equal(dash.code, 1);
      assert.equal(parseJsonl(dash.stdout)[0]?.file, '<stdin>');
      assert.equal(parseJsonl(dash.stdout)[0]?.line, 2);
      const piped = await runCli(dir, ['scan'], { stdin, stdinIsPiped: true });
      assert.equal(piped.code, 1);
      assert.match(piped.stdout, /^<stdin>:2:7 /u);
    });

    it('scans the current folder when no path is given and input is not piped', async () => {
      const dir = tempDir();
      put(dir, 'a.txt', `x=${slackToken()}\n`);
      const r = await runCli(dir, ['scan', '-f', 'jsonl'], { stdin: 'clean', stdinIsPiped: false });
      assert.equal(parseJsonl(r.stdout)[0]?.file, 'a.txt');
    });

    it('scans only the staged content with --staged', async () => {
      const dir = tempDir();
      const git = (...args: string[]): void => void execFileSync('git', args, { cwd: dir, stdio: 'ignore' });
      git('init', '-q');
      put(dir, 'staged.txt', `x=${slackToken()}\n`);
      put(dir, 'unstaged.txt', `x=${slackToken(3)}\n`);
      git('add', 'staged.txt');
      // The working copy is clean now; only the index still holds the token.
      put(dir, 'staged.txt', 'clean\n');
      const r = await runCli(dir, ['scan', '--staged', '-f', 'jsonl']);
      assert.equal(r.code, 1, r.stderr);
      assert.deepEqual(parseJsonl(r.stdout).map((x) => x.file), ['staged.txt']);
      assert.equal((await runCli(dir, ['scan', 'staged.txt'])).code, 0);
    });

    it('exits 2 for --staged outside a git repository', async () => {
      const r = await runCli(tempDir(), ['scan', '--staged']);
      assert.equal(r.code, 2);
      assert.match(r.stderr, /--staged needs a git repository/u);
    });
  });

  describe('progress', () => {
    it('draws progress on a terminal and erases it at the end', async () => {
      const dir = tempDir();
      put(dir, 'a.txt', 'clean\n');
      put(dir, 'b.txt', 'clean\n');
      const tty = await runCli(dir, ['scan', '.'], { isTTY: true });
      assert.match(tty.stderr, /scanning 2\/2 files, [\d.]+ MB\/s/u);
      assert.ok(tty.stderr.endsWith('\r\x1b[K'));
      const pipe = await runCli(dir, ['scan', '.'], { isTTY: false });
      assert.doesNotMatch(pipe.stderr, /scanning/u);
    });
  });
});
