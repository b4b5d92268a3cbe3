import assert from 'node:assert/strict';
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { put, removeTempDirs, runCli, slackToken, tempDir } from './helpers';

describe('prompt-hygiene redact and restore', () => {
  after(removeTempDirs);

  const token = slackToken(7);
  const source = `const a = 1;\nSLACK_TOKEN = "${token}"\n`;

  it('replaces findings with [REDACTED:rule-id] by default', async () => {
    const dir = tempDir();
    put(dir, 'a.txt', source);
    const r = await runCli(dir, ['redact', 'a.txt']);
    assert.equal(r.code, 0);
    assert.equal(r.stdout, 'const a = 1;\nSLACK_TOKEN = "[REDACTED:slack-bot-token]"\n');
  });

  it('masks all but the public prefix with --strategy mask', async () => {
    const dir = tempDir();
    put(dir, 'a.txt', source);
    const r = await runCli(dir, ['redact', '--strategy', 'mask', 'a.txt']);
    assert.equal(r.code, 0);
    assert.ok(!r.stdout.includes(token));
    assert.match(r.stdout, /SLACK_TOKEN = "xoxb-\*{10,}"/u);
  });

  it('names repeated values alike with --strategy pseudonym', async () => {
    const dir = tempDir();
    put(dir, 'a.txt', `a=${token}\nb=${token}\nc=${slackToken(8)}\n`);
    const r = await runCli(dir, ['redact', '-s', 'pseudonym', 'a.txt']);
    assert.equal(r.stdout, 'a=<SLACK_BOT_TOKEN_1>\nb=<SLACK_BOT_TOKEN_1>\nc=<SLACK_BOT_TOKEN_2>\n');
  });

  it('writes an environment reference in the file language with --strategy env', async () => {
    const dir = tempDir();
    put(dir, 'settings.py', source);
    const inferred = await runCli(dir, ['redact', '--strategy', 'env', 'settings.py']);
    assert.equal(inferred.stdout, 'const a = 1;\nSLACK_TOKEN = os.environ["SLACK_TOKEN"]\n');
    const explicit = await runCli(dir, ['redact', '--strategy', 'env', '--language', 'go', 'settings.py']);
    assert.equal(explicit.stdout, 'const a = 1;\nSLACK_TOKEN = os.Getenv("SLACK_TOKEN")\n');
  });

  it('reads standard input with "-"', async () => {
    const r = await runCli(tempDir(), ['redact', '-'], { stdin: `t=${token}` });
    assert.equal(r.stdout, 't=[REDACTED:slack-bot-token]');
  });

  it('writes a private mapping only on request, warns about it, and restore puts the values back', async () => {
    const dir = tempDir();
    put(dir, 'a.txt', source);
    const plain = await runCli(dir, ['redact', 'a.txt']);
    assert.equal(plain.stderr, '');
    const r = await runCli(dir, ['redact', '--strategy', 'pseudonym', '--mapping', 'map.json', 'a.txt']);
    assert.equal(r.code, 0);
    assert.match(r.stderr, /map\.json holds the original values/u);
    assert.ok(!r.stderr.includes(token));
    if (process.platform !== 'win32') assert.equal(statSync(join(dir, 'map.json')).mode & 0o777, 0o600);
    const mapping = JSON.parse(readFileSync(join(dir, 'map.json'), 'utf8')) as { version: number; entries: unknown[] };
    assert.equal(mapping.version, 1);
    assert.equal(mapping.entries.length, 1);
    put(dir, 'answer.txt', `Rotate <SLACK_BOT_TOKEN_1> today.\n${r.stdout}`);
    const restored = await runCli(dir, ['restore', '--mapping', 'map.json', 'answer.txt']);
    assert.equal(restored.code, 0);
    assert.equal(restored.stdout, `Rotate ${token} today.\n${source}`);
  });

  it('exits 2 on a bad strategy, a missing file, a missing or malformed mapping', async () => {
    const dir = tempDir();
    put(dir, 'a.txt', source);
    put(dir, 'bad.json', '{"entries": 3}');
    assert.equal((await runCli(dir, ['redact', '--strategy', 'shred', 'a.txt'])).code, 2);
    const missing = await runCli(dir, ['redact', 'nope.txt']);
    assert.equal(missing.code, 2);
    assert.match(missing.stderr, /no such file: nope\.txt/u);
    assert.equal((await runCli(dir, ['redact'])).code, 2);
    const noMapping = await runCli(dir, ['restore', 'a.txt']);
    assert.equal(noMapping.code, 2);
    assert.match(noMapping.stderr, /--mapping FILE is required/u);
    const bad = await runCli(dir, ['restore', '--mapping', 'bad.json', 'a.txt']);
    assert.equal(bad.code, 2);
    assert.match(bad.stderr, /not a mapping file/u);
  });

  it('refuses binary input', async () => {
    const dir = tempDir();
    put(dir, 'a.bin', Buffer.from([65, 0, 66]));
    const r = await runCli(dir, ['redact', 'a.bin']);
    assert.equal(r.code, 2);
    assert.match(r.stderr, /looks binary/u);
  });
});
