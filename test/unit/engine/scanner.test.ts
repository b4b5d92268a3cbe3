import assert from 'node:assert/strict';
import fc from 'fast-check';
import { defineRule, fake } from '../../../src/engine/rules/defineRule';
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { join } from 'node:path';
import { redact, restore, scan, sha256Hex, toFingerprint, withRange } from '../../../src/engine/index';
import type { Rule } from '../../../src/engine/index';
import { sharedHints } from '../../../src/engine/scan/sharedHints';

// Small rules made for these tests, so the pipeline is tested apart from the built-in rule set.
const tok: Rule = defineRule({
  id: 'test-token',
  category: 'secret',
  description: 'test token',
  keywords: ['tst_'],
  pattern: /(?<![\w-])tst_[A-Za-z0-9]{20}(?![A-Za-z0-9])/gu,
  publicPrefix: 4,
  envName: 'TEST_TOKEN',
  references: ['https://example.org'],
  examples: { positive: [], negative: [] },
});
const generic: Rule = defineRule({
  id: 'test-generic',
  category: 'secret',
  description: 'generic',
  generic: true,
  keywords: ['key'],
  pattern: /key\s?=\s?"([^"]{8,60})"/gu,
  secretGroup: 1,
  references: ['https://example.org'],
  examples: { positive: [], negative: [] },
});
const mail: Rule = defineRule({
  id: 'test-mail',
  category: 'pii',
  description: 'mail',
  keywords: ['@'],
  pattern: /[a-z0-9.]{1,20}@[a-z0-9.]{1,20}\.[a-z]{2,6}/gu,
  redactAs: 'email',
  examples: { positive: [], negative: [] },
});
const rules = [tok, generic, mail];
const T1 = fake('tst_{a20}');
const T2 = fake('tst_{a20}', 7);

describe('scan()', () => {
  it("does not report vendors' documentation samples, which pass their rules' format checks", () => {
    // Public samples from Telegram's bot API docs, Azurite's docs, Slack's docs, Safaricom's, PayU's and Redsys's sandboxes, Binance's API docs; split so
    // that other scanners reading this file don't stop at them.
    const samples = [
      ['TELEGRAM_TOKEN = "110201543:' + 'AAHdqTcvCH1vGWJxfSeofSAs0K5PALDsaw"', 'generic-api-key'],
      ['TELEGRAM_TOKEN = "123456:' + 'ABC-DEF1234ghIkl-zyx57W2v1u123ew11"', 'generic-api-key'],
      ['AccountKey=' + 'Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==', 'azure-storage-account-key'],
      ['SLACK_BOT_TOKEN=' + 'xoxb-17653672481-19874698323-' + 'pdFZKVeTuE8sk7oOcBrzbqgy', 'slack-bot-token'],
      ['MPESA_PASSKEY=' + 'bfb279f9aa9bdbcf158e97dd71a467cd' + '2e0c893059b10f78e6b72ada1ed2c919', 'generic-password'],
      ['PAYU_CLIENT_SECRET=' + '2ee86a66e5d97e3f' + 'adc400c9f19b065d', 'generic-api-key'],
      // the B2C initiator password of Safaricom's Daraja sandbox
      ['MPESA_INITIATOR_PASSWORD=' + 'Safaricom' + '999!*!', 'generic-password'],
      // Redsys's test merchant secret
      ['REDSYS_SECRET=' + 'sq7HjrUOBfKmC576' + 'ILgskD5srU870gJ7', 'generic-api-key'],
      // Binance's documented API key and secret (its signed-endpoint example)
      ['api_key = ' + 'vmPUZE6mv9SD5VNHk4HlWFsOr6aKE2zvsw0M' + 'uIgwCIPy6utIco14y7Ju91duEh8A', 'generic-api-key'],
      ['api_secret = ' + 'NhqPtmdSJYdKjVHjA7PZj4Mge3R5YNiP1e3U' + 'ZjInClVN65XAbvqqM6A7H5fATj0j', 'generic-api-key'],
    ] as const;
    for (const [text, ruleId] of samples) {
      assert.deepEqual(scan(text).map((f) => f.ruleId), [], ruleId);
      // The same shapes with other characters are still found: only the samples are skipped.
      const at = text.length - 12;
      const other = text.slice(0, at) + (text[at] === 'q' ? 'r' : 'q') + text.slice(at + 1);
      assert.notEqual(other, text);
      assert.equal(scan(other).length, 1, `${ruleId}: a non-sample of the same shape is still found`);
    }
  });

  it("reads a given name beside a cell that starts with a placeholder surname's word (`Public Link`)", () => {
    const text = 'First Name,Last Name,Email,Invitation Type,Status\nBastian,Examplewood,b.examplewood@posteo.de,Public Link,Accepted\n';
    const names = scan(text)
      .filter((f) => f.ruleId === 'person-name')
      .map((f) => text.slice(f.range.start, f.range.end));
    assert.deepEqual(names, ['Bastian', 'Examplewood']);
    // A placeholder surname that ends the name still marks the row as a stand-in's.
    const standIn = 'first,last,email\nJane,Public,jane@mail.example.net\n';
    assert.deepEqual(scan(standIn).filter((f) => f.ruleId === 'person-name'), []);
  });

  it('reports UTF-16 offsets of the secret, after astral characters', () => {
    const text = `😀 ${T1}`;
    const [f] = scan(text, { rules });
    assert.ok(f);
    assert.equal(text.slice(f.range.start, f.range.end), T1);
    assert.equal(f.range.start, 3);
  });

  it('builds a preview from the public prefix and the length, without the value', () => {
    const [f] = scan(`t=${T1}`, { rules });
    assert.equal(f?.preview, 'tst_…(24 chars)');
  });

  it('shows no characters of personal data in its preview', () => {
    const [f] = scan('write to anna.berg@mailhost.se', { rules });
    assert.equal(f?.preview, 'email (21 chars)');
  });

  it('keeps the provider-specific finding when a generic rule overlaps it', () => {
    const found = scan(`key = "${T1}"`, { rules });
    assert.deepEqual(found.map((f) => f.ruleId), ['test-token']);
  });

  it('keeps the personal data found in a context when a generic personal-data rule overlaps it, and the longer span otherwise', () => {
    // Two personal-data rules over the same name: one reads a label, one (generic) any capitalised pair.
    const labelled = defineRule({
      id: 'test-labelled-name',
      category: 'pii',
      description: 'name after a label',
      keywords: ['owner:'],
      pattern: /owner: ([A-Z][a-z]+ [A-Z][a-z]+)/gu,
      secretGroup: 1,
      redactAs: 'name',
      examples: { positive: [], negative: [] },
    });
    const anyPair = defineRule({
      id: 'test-any-name',
      category: 'pii',
      description: 'any capitalised pair',
      generic: true,
      keywords: [],
      pattern: /[A-Z][a-z]+ [A-Z][a-z]+(?: [A-Z][a-z]+)?/gu,
      redactAs: 'name',
      examples: { positive: [], negative: [] },
    });
    // The generic rule's match is longer (three words), yet the labelled one wins the overlap.
    const text = 'owner: Dorothea Finch Harbour';
    assert.deepEqual(scan(text, { rules: [anyPair, labelled] }).map((f) => [f.ruleId, text.slice(f.range.start, f.range.end)]), [['test-labelled-name', 'Dorothea Finch']]);
    // Where the context rule finds nothing, the generic rule still reports.
    assert.deepEqual(scan('met Leopold Ashdown today', { rules: [anyPair, labelled] }).map((f) => f.ruleId), ['test-any-name']);
  });

  it('returns findings sorted by offset', () => {
    const found = scan(`${T2} a@b.com\n${T1}`, { rules });
    const starts = found.map((f) => f.range.start);
    assert.deepEqual(starts, [...starts].sort((a, b) => a - b));
    assert.equal(found.length, 3);
  });

  it('drops findings on lines with an allow directive', () => {
    assert.equal(scan(`t=${T1} # gitleaks:allow`, { rules }).length, 0);
    assert.equal(scan(`t=${T1} # gitleaks:allow`, { rules, directives: false }).length, 1);
  });

  it('drops allowlisted fingerprints and values matching allow regexes', () => {
    const fp = toFingerprint('test-token', T1);
    assert.equal(scan(`t=${T1}`, { rules, allowFingerprints: [fp] }).length, 0);
    assert.equal(scan(`t=${T1}`, { rules, allowRegexes: [/^tst_/u] }).length, 0);
    assert.equal(scan(`t=${T1}`, { rules, allowFingerprints: ['0000000000000000'] }).length, 1);
  });

  it('gives the same value the same fingerprint wherever it stands, and a salt changes it', () => {
    const a = scan(`a=${T1}`, { rules })[0]?.fingerprint;
    const b = scan(`\n\n  b: ${T1}`, { rules })[0]?.fingerprint;
    const c = scan(`a=${T1}`, { rules, fingerprintSalt: 'team-salt' })[0]?.fingerprint;
    assert.equal(a, b);
    assert.notEqual(a, c);
    assert.match(a ?? '', /^[0-9a-f]{16}$/u);
  });

  it('keeps the value out of what copies a finding (spread, keys, JSON), and withRange copies it whole', () => {
    const f = scan(`API_TOKEN=${T1}`, { rules })[0];
    assert.ok(f);
    const copies = [JSON.stringify(f), JSON.stringify({ ...f }), Object.keys(f).join(' '), Object.values(f).map(String).join(' ')];
    for (const copy of copies) assert.ok(!copy.includes(T1), copy);
    const moved = withRange(f, { start: 1, end: 2 });
    assert.deepEqual(moved.range, { start: 1, end: 2 });
    assert.equal(moved.fingerprint, f.fingerprint);
    assert.equal(moved.envName, f.envName);
    assert.equal(moved.envName, 'API_TOKEN');
    assert.equal(moved.preview, f.preview);
  });

  it('hashes as SHA-256 does, over one block and over several, ASCII or not', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ maxLength: 130 }), fc.string({ unit: 'binary', maxLength: 70 })), (s) => {
        assert.equal(sha256Hex(s), createHash('sha256').update(s, 'utf8').digest('hex'));
      }),
      { numRuns: 400 },
    );
    for (let n = 50; n <= 70; n++) assert.equal(sha256Hex('a'.repeat(n)), createHash('sha256').update('a'.repeat(n)).digest('hex'), `${n} characters`);
  });

  it('skips disabled rules and categories', () => {
    assert.equal(scan(`${T1} a@b.com`, { rules, disabledRules: ['test-token'] }).length, 1);
    assert.equal(scan(`${T1} a@b.com`, { rules, categories: { pii: false } }).length, 1);
  });

  it('runs an opt-in rule only when given a level, as a policy or a setting gives it', () => {
    const optIn: Rule = { ...tok, id: 'test-opt-in', optIn: true };
    assert.deepEqual(scan(T1, { rules: [optIn] }), []);
    assert.equal(scan(T1, { rules: [optIn], severity: { 'test-opt-in': 'info' } })[0]?.severity, 'info');
    assert.deepEqual(scan(T1, { rules: [optIn], severity: { 'test-opt-in': 'info' }, disabledRules: ['test-opt-in'] }), []);
  });

  it('applies severity overrides', () => {
    assert.equal(scan(T1, { rules, severity: { 'test-token': 'info' } })[0]?.severity, 'info');
  });

  it('suggests an environment-variable name from the assignment key', () => {
    assert.equal(scan(`const githubToken = "${T1}"`, { rules })[0]?.envName, 'GITHUB_TOKEN');
    assert.equal(scan(`${T1}`, { rules })[0]?.envName, 'TEST_TOKEN');
  });

  it('filters placeholders, template references and data URIs', () => {
    assert.equal(scan('key = "${SERVICE_KEY_VALUE}"', { rules }).length, 0);
    assert.equal(scan('key = "your-api-key-here"', { rules }).length, 0);
    assert.equal(scan('key = "process.env.SOMETHING"', { rules }).length, 0);
    // build tools' filter tokens: a replacer's `$NAME$` (escaped in a pom) and Maven's and Ant's `@name@`
    assert.equal(scan('key = "\\$BUILD_TIME\\$"', { rules }).length, 0);
    assert.equal(scan('key = "@db.password@"', { rules }).length, 0);
    assert.equal(scan('key = "@db.password@x"', { rules }).length, 1);
    assert.equal(scan(`<img src="data:image/png;base64,iVBORw0K${T1}">`, { rules }).length, 0);
  });

  it('filters a value cut short for display, not the whole value', () => {
    const secrets = (text: string): number => scan(text).filter((f) => f.category === 'secret').length;
    const sealed = fake('{b32}', 101103);
    assert.equal(secrets(`    WEBHOOK_HMAC_SECRET: ${sealed}...   # output of kubeseal`), 0);
    assert.equal(secrets(`    WEBHOOK_HMAC_SECRET: ${sealed}`), 1);
    // (Also when the text cuts the value and writes the ellipsis after it: a log's truncated token.)
    const cut = fake('{a32}', 101295);
    assert.equal(secrets(`token=${cut}…(truncated)`), 0);
    assert.equal(secrets(`token=${cut}...`), 0);
    assert.equal(secrets(`token=${cut}`), 1);
    // (And with the note of the cut glued to the value, quoted with it: a docs page's sample response.)
    assert.equal(secrets(`"access_token": "${cut}...<truncated>"`), 0);
    assert.equal(secrets(`"access_token": "${cut}...[snip]"`), 0);
    assert.equal(secrets(`"access_token": "${cut}"`), 1);
  });

  it('filters "your password here" written in other languages', () => {
    const secrets = (text: string): number => scan(text).filter((f) => f.category === 'secret').length;
    for (const stand of ['su-contraseña-aquí', 'sua_senha_aqui', 'votre-mot-de-passe', 'dein-passwort', 'jouw-wachtwoord']) {
      assert.equal(secrets(`ALTER USER informes WITH PASSWORD '${stand}';`), 0, stand);
      assert.equal(secrets(`db_password = "${stand}"`), 0, stand);
    }
    // The word for password itself in a guide's URL, and a German "your key here" with its umlaut written out.
    for (const url of ['https://usuario:contrasena@sandbox.example-bureau.mx/v1', 'postgres://app:passwort@localhost:5432/app', 'postgres://app:senha@db:5432/app']) {
      assert.equal(secrets(`DATABASE_URL=${url}`), 0, url);
    }
    assert.equal(secrets('PIPEWELL_API_KEY=acme_live_IhrSchluesselHier'), 0);
    // The words inside another word are no stand-in.
    assert.equal(secrets(`db_password = "${fake('{w6}', 100936)}tusuclave${fake('{d4}', 100937)}"`), 1);
    assert.equal(secrets(`ALTER USER informes WITH PASSWORD '${fake('{w8}', 100938)}${fake('{d3}', 100939)}!';`), 1);
  });

  it('drops the visible part of a masked value, not a value in markdown bold', () => {
    // (user-name is opt-in since the fifty-second session: a level switches it on.)
    const ids = (text: string): string[] => scan(text, { severity: { 'user-name': 'info' } }).map((f) => f.ruleId);
    assert.ok(ids('Access-Request user=sanna.lindqvist realm=bredband').includes('user-name'));
    assert.ok(!ids('Access-Request user=sanna.****vist realm=bredband').includes('user-name'));
    const bold = (text: string): number => scan(text).filter((f) => f.category === 'pii').length;
    assert.equal(bold('**Customer name:** Sanna Lindqvist'), 1);
    assert.equal(bold('Signed-off-by: **Sanna Lindqvist**'), 1);
    // An X12 segment's empty elements before a qualifier are separators, not a mask over the first name.
    const x12 = scan('NM1*IL*1*HALVARSSON*SANNA****MI*XQP204418863~').filter((f) => f.ruleId === 'x12-person-name');
    assert.equal(x12.length, 2);
    // A name cell whose surname is masked whole: the given name left is part of a masked value.
    const names = (text: string): number => scan(text).filter((f) => f.category === 'pii').length;
    assert.equal(names('id,full_name,dept\nE1,"Sanna Halvarsson",QA\nE2,"Viggo ***",QA\n'), 1);
    // A number shown by its first digits only, the rest starred to the cell's end; its whole is a phone.
    const phones = (text: string): number => scan(text).filter((f) => f.ruleId === 'phone-number').length;
    assert.equal(phones('agent,mobile,note\nA-7,2670418*******,ok\n'), 0);
    assert.equal(phones('agent,mobile,note\nA-7,01067041832,ok\n'), 1);
  });

  it('filters hex values on a line about hashing, and SSH key fingerprints, but not a value beside "sharing"', () => {
    const hex = fake('{h32}', 11);
    assert.equal(scan(`key = "${hex}" # sha256 of the build`, { rules }).length, 0);
    assert.equal(scan(`key = "${hex}" # gitSha`, { rules }).length, 0);
    assert.equal(scan(`key = "${hex}" # before sharing`, { rules }).length, 1);
    assert.equal(scan(`key = "${hex}" # from Natasha, rotate monthly`, { rules }).length, 1);
    assert.equal(scan(`SHADOWFAX_WEBHOOK_key = "${hex}"`, { rules }).length, 1);
    assert.equal(scan(`key = "${hex}" # the build's gitSHA`, { rules }).length, 0);
    assert.equal(scan(`key = "${hex}" # SHA-256 of the archive`, { rules }).length, 0);
    assert.equal(scan(`key = "${hex}" # committed by mistake`, { rules }).length, 1);
    // a hashing word counts as written, not as letters of a random token beside the value
    assert.equal(scan(`key = "${hex}" # Commit of the release`, { rules }).length, 0);
    assert.equal(scan(`key = "${hex}", csrf = "${fake('{a8}', 13)}coMMiT${fake('{a8}', 14)}"`, { rules }).length, 1);
    assert.equal(scan(`key = "${hex}", csrf = "${fake('{a8}', 13)}HaSh${fake('{a8}', 14)}"`, { rules }).length, 1);
    assert.equal(scan(`key = "SHA256:${fake('{b43}', 12)}"`, { rules }).length, 0);
  });

  it('filters ciphertext under an encryption marker, but not a plain-text token left beside it', () => {
    const wide: Rule = defineRule({
      id: 'test-wide',
      category: 'secret',
      description: 'long values',
      generic: true,
      keywords: ['key'],
      pattern: /key\s?=\s?"([^"]{8,200})"/gu,
      secretGroup: 1,
      references: ['https://example.org'],
      examples: { positive: [], negative: [] },
    });
    const vault = 'db_password: !vault |\n  $ANSIBLE_VAULT;1.1;AES256\n  6131\n';
    const cipher = fake('{b80}', 21);
    const token = `https://hooks.acme-chat.io/services/${fake('{a30}', 22)}/${fake('{a30}', 23)}`;
    assert.equal(scan(`key = "${cipher}"`, { rules: [wide] }).length, 1);
    assert.equal(scan(`${vault}key = "${cipher}"`, { rules: [wide] }).length, 0);
    assert.equal(scan(`${vault}key = "${token}"`, { rules: [wide] }).length, 1);
    assert.equal(scan(`${vault}key = "xoxp-${fake('{d12}', 24)}-${fake('{d12}', 25)}-${fake('{h40}', 26)}"`, { rules: [wide] }).length, 1);
  });

  it('filters the alphabet in mixed case as a sequence', () => {
    assert.equal(scan('key = "ABCdefGhIJKlmNoPQRsTUVwxyZ"', { rules }).length, 0);
    assert.equal(scan('key = "zyXWvuTSRqpo"', { rules }).length, 0);
    assert.equal(scan(`key = "${fake('{a24}', 6)}"`, { rules, filters: true }).length, 1);
  });

  it('runs a windowed rule only near its keywords, with offsets into the whole text', () => {
    const windowed: Rule = defineRule({
      id: 'test-windowed',
      category: 'secret',
      description: 'windowed context rule',
      keywords: ['acme'],
      pattern: /(?<![A-Za-z0-9])[A-Za-z0-9]{24}(?![A-Za-z0-9])/gu,
      window: { before: 10, after: 40 },
      references: ['https://example.org'],
      examples: { positive: [], negative: [] },
    });
    const near = fake('{a24}', 1);
    const far = fake('{a24}', 2);
    const text = `${far}${' '.repeat(200)}ACME_TOKEN = "${near}"${' '.repeat(200)}${far}`;
    const found = scan(text, { rules: [windowed] });
    assert.equal(found.length, 1);
    assert.equal(text.slice(found[0]?.range.start, found[0]?.range.end), near);
  });

  it('gives the keywords named in keywordWindows their own, wider window', () => {
    const base = { category: 'secret' as const, references: ['https://example.org'], examples: { positive: [], negative: [] } };
    const value = fake('{a24}', 4);
    const pattern = /(?<![A-Za-z0-9])[A-Za-z0-9]{24}(?![A-Za-z0-9])/gu;
    const narrow = defineRule({ ...base, id: 'test-narrow', description: 'one window', keywords: ['acme', 'acme_rows'], pattern, window: { before: 10, after: 40 } });
    const wide = defineRule({ ...narrow, id: 'test-wide', keywordWindows: { acme_rows: { before: 10, after: 1000 } } });
    const far = `ACME_ROWS${' '.repeat(500)}${value}`;
    assert.equal(scan(far, { rules: [narrow] }).length, 0);
    assert.equal(scan(far, { rules: [wide] }).length, 1);
    // The other keywords keep the rule's window.
    assert.equal(scan(`ACME${' '.repeat(500)}${value}`, { rules: [wide] }).length, 0);
  });

  it('opens windows for keywordsAfterWord only where the keyword follows a word (an address, not a JSDoc tag)', () => {
    const base = { category: 'pii' as const, references: ['https://example.org'], examples: { positive: [], negative: [] } };
    const value = fake('{a24}', 5);
    const pattern = /(?<![A-Za-z0-9])[A-Za-z0-9]{24}(?![A-Za-z0-9])/gu;
    const rule = defineRule({ ...base, id: 'test-after-word', description: 'after a word', keywords: ['@'], pattern, window: { before: 40, after: 10 }, keywordsAfterWord: ['@'] });
    const filler = 'lorem ipsum dolor sit amet '.repeat(40);
    // The value before a JSDoc tag opens no window; before an address it does.
    assert.equal(scan(`${filler}${value} @param x\n${filler}`, { rules: [rule] }).length, 0);
    assert.equal(scan(`${filler}${value} anna@example.org\n${filler}`, { rules: [rule] }).length, 1);
    // Without the option, the tag's window finds it.
    assert.equal(scan(`${filler}${value} @param x\n${filler}`, { rules: [{ ...rule, keywordsAfterWord: undefined }] }).length, 1);
  });

  it('finds in merged keyword windows exactly what the pattern finds in the text those windows cover', () => {
    // Keywords with two window sizes, overlapping, touching and far apart: the scanner's merged
    // windows must equal the covered runs of a plain coverage array, computed here the slow way.
    const rule = defineRule({
      id: 'test-windows',
      category: 'secret',
      description: 'three digits near a keyword',
      keywords: ['ab', 'xyz'],
      keywordWindows: { xyz: { before: 2, after: 25 } },
      pattern: /\d{3}/gu,
      window: { before: 4, after: 9 },
      skipFilters: true,
      references: ['https://example.org'],
      examples: { positive: [], negative: [] },
    });
    const piece = fc.constantFrom('ab', 'xyz', 'AB', '123', '4567', ' ', '  ', 'q', '8', '\n', 'abxyz');
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 60 }), (pieces) => {
        const text = pieces.join('');
        const covered = new Uint8Array(text.length);
        const lower = text.toLowerCase();
        for (const [kw, before, after] of [['ab', 4, 9], ['xyz', 2, 25]] as const) {
          for (let at = lower.indexOf(kw); at !== -1; at = lower.indexOf(kw, at + 1)) {
            for (let i = Math.max(0, at - before); i < Math.min(text.length, at + kw.length + after); i++) covered[i] = 1;
          }
        }
        const expected: string[] = [];
        for (let i = 0; i < text.length; ) {
          if (covered[i] === 0) {
            i++;
            continue;
          }
          let j = i;
          while (j < text.length && covered[j] === 1) j++;
          for (const m of text.slice(i, j).matchAll(/\d{3}/gu)) expected.push(`${i + (m.index ?? 0)}:${m[0]}`);
          i = j;
        }
        const found = scan(text, { rules: [rule], filters: false }).map((f) => `${f.range.start}:${text.slice(f.range.start, f.range.end)}`);
        assert.deepEqual(found, expected);
      }),
      { numRuns: 400 },
    );
  });

  it('reads the text before a window, so \\b and lookbehinds at its start see what is there', () => {
    const rule = defineRule({
      id: 'test-window-start',
      category: 'secret',
      description: 'a word at a word boundary',
      keywords: ['set pass'],
      window: { before: 0, after: 40 },
      pattern: /\bset pass=(\w{8,})/gu,
      secretGroup: 1,
      skipFilters: true,
      references: ['https://example.org'],
      examples: { positive: [], negative: [] },
    });
    const value = fake('{a12}', 5);
    assert.equal(scan(`Reset pass=${value}`, { rules: [rule], filters: false }).length, 0);
    assert.equal(scan(`x; set pass=${value}`, { rules: [rule], filters: false }).length, 1);
  });

  it('places a secret group by its own offset, also when its text occurs earlier in the match or lies in a lookahead', () => {
    const base = { category: 'secret' as const, references: ['https://example.org'], examples: { positive: [], negative: [] } };
    const value = fake('{a20}', 3);
    const twice = defineRule({ ...base, id: 'test-twice', description: 'group text twice', keywords: ['pair'], pattern: /pair=(\w{20});pair2=(\w{20})/gu, secretGroup: 2 });
    const text = `pair=${value};pair2=${value}`;
    // (The group's own finding is the second occurrence; the first is the same secret again, its echo.)
    const found = scan(text, { rules: [twice], filters: false }).map((f) => f.range.start);
    assert.deepEqual(found, [text.indexOf(value), text.lastIndexOf(value)]);
    const [f] = scan(`pair=${fake('{a20}', 4)};pair2=${value}`, { rules: [twice], filters: false });
    assert.equal(f?.range.start, 32);
    const ahead = defineRule({ ...base, id: 'test-ahead', description: 'group in a lookahead', keywords: ['tok'], pattern: /tok:(?=(\w{20}))/gu, secretGroup: 1 });
    const [g] = scan(`x tok:${value}`, { rules: [ahead], filters: false });
    assert.deepEqual(g?.range, { start: 6, end: 26 });
  });

  it("tells a validator whether its rule's hints occur anywhere in the text, case-insensitively", () => {
    const base = { category: 'pii' as const, references: ['https://example.org'], examples: { positive: [], negative: [] } };
    const seen: boolean[] = [];
    const hinted = defineRule({
      ...base,
      id: 'test-hinted',
      description: 'reports a cell only when a "surname" header occurs somewhere',
      keywords: [],
      hints: ['surname'],
      pattern: /\b[A-Z][a-z]{2,10}\b/gu,
      validate: (_s, ctx) => {
        seen.push(ctx.hasHint('surname'));
        return ctx.hasHint('surname');
      },
    });
    assert.deepEqual(scan('id;SURNAME\n1;Okafor', { rules: [hinted] }).map((f) => f.range), [{ start: 13, end: 19 }]);
    assert.deepEqual(scan('id;family\n1;Okafor', { rules: [hinted] }), []);
    assert.deepEqual(seen, [true, false]);
    // A word no rule declared is a programming error: the validator throws, which rejects the match.
    const undeclared = defineRule({ ...hinted, id: 'test-undeclared', hints: [], validate: (_s, ctx) => ctx.hasHint('surname') || true });
    assert.deepEqual(scan('Okafor', { rules: [undeclared] }), []);
  });

  it("answers a shared helper's hints for a rule that declares none (sharedHints)", () => {
    const base = { category: 'pii' as const, references: ['https://example.org'], examples: { positive: [], negative: [] } };
    const word = 'prompt-hygiene-test-shared-hint';
    sharedHints([word]);
    const caller = defineRule({
      ...base,
      id: 'test-shared-hint-caller',
      description: 'asks about a word only a helper registered',
      keywords: [],
      pattern: /\b[A-Z][a-z]{2,10}\b/gu,
      validate: (_s, ctx) => ctx.hasHint(word),
    });
    assert.deepEqual(scan(`${word.toUpperCase()}\nOkafor`, { rules: [caller] }).map((f) => f.range.start), [word.length + 1]);
    assert.deepEqual(scan('nothing here\nOkafor', { rules: [caller] }), []);
  });

  it('reads a text written with combining marks (NFD) as composed, and maps the ranges back', () => {
    const composed = 'customer_name: José García\nemail: josé.garcía@correo.es\nKontakt: Jürgen Weiß, Tel. +49 30 901820\n';
    const decomposed = composed.normalize('NFD');
    assert.notEqual(decomposed.length, composed.length);
    const inNfc = scan(composed).map((f) => [f.ruleId, composed.slice(f.range.start, f.range.end)]);
    const inNfd = scan(decomposed).map((f) => [f.ruleId, decomposed.slice(f.range.start, f.range.end).normalize('NFC')]);
    assert.ok(inNfc.length >= 4, JSON.stringify(inNfc.map(([id]) => id)));
    assert.deepEqual(inNfd, inNfc);
    // Each range covers whole clusters: no mark is left outside, none cut off its letter.
    for (const f of scan(decomposed)) {
      assert.ok(!/^[\u0300-\u036f]/u.test(decomposed.slice(f.range.end)), f.ruleId);
      assert.ok(!/^[\u0300-\u036f]/u.test(decomposed.slice(f.range.start)), f.ruleId);
    }
    const redacted = redact(decomposed, scan(decomposed), 'placeholder').text;
    assert.ok(!redacted.normalize('NFC').includes('García') && !redacted.includes('correo.es'), redacted);
  });

  it('keeps ranges in bounds on texts full of combining marks', () => {
    const pieces = fc.constantFrom('e\u0301', 'a\u0308', '\u0301', '\u0327', 'Jose\u0301 Garci\u0301a', 'name: ', ' ', '\n', 'x', '@correo.es', '\ud83d\ude00', 'Mu\u0308ller');
    fc.assert(
      fc.property(fc.array(pieces, { maxLength: 40 }), (parts) => {
        const text = parts.join('');
        for (const f of scan(text)) {
          assert.ok(f.range.start >= 0 && f.range.start < f.range.end && f.range.end <= text.length);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('stops at maxFindings', () => {
    const text = Array.from({ length: 50 }, (_v, i) => fake('tst_{a20}', i)).join('\n');
    assert.equal(scan(text, { rules, maxFindings: 10 }).length, 10);
  });

  it('finds every value of a long text by default: 12,000 tokens, past the per-rule bound of 5,000 matches', () => {
    const values = Array.from({ length: 12_000 }, (_v, i) => fake('tst_{a20}', i));
    const text = values.join('\n');
    // What the same values give in texts of 1,000 (a few fakes fail the filters, as anywhere).
    let expected = 0;
    for (let i = 0; i < values.length; i += 1000) expected += scan(values.slice(i, i + 1000).join('\n'), { rules: [tok] }).length;
    assert.ok(expected > 11_900);
    assert.equal(scan(text, { rules: [tok] }).length, expected);
  });

  it('reads a column header any number of rows up, in a table that is not at the top of the text', () => {
    const given = ['Hendrik', 'Marieke', 'Joris', 'Femke'];
    const rows = Array.from({ length: 300 }, (_v, i) => `${i + 1};${given[i % 4]};${1000 + i}`);
    const text = `Export from the member system, as requested:\n\nnr;voornaam;bedrag\n${rows.join('\n')}\n`;
    const names = scan(text).filter((f) => f.label === 'name');
    assert.equal(names.length, 300);
  });

  describe('windows over tables', () => {
    const base = { references: ['https://example.org'], examples: { positive: [], negative: [] } };
    const value = /(?<=^|,)[A-Z][a-z]{2,12}(?=,|$)/gmu;
    const named = (category: 'pii' | 'secret', columns = true): Rule =>
      defineRule({ ...base, id: `test-column-${category}-${columns}`, description: 'a cell under a name column', category, keywords: ['name'], pattern: value, window: { before: 20, after: 200 }, columns });
    const rows = Array.from({ length: 400 }, (_v, i) => `${i + 1},Cell${String.fromCharCode(97 + (i % 26))}x,${i * 7}`);
    const csv = `id,first_name,amount\n${rows.join('\n')}\n`;

    it("runs the window of a rule that reads columns from a header keyword to the table's end", () => {
      // Row 400 is ~6,000 characters below the header, far past the window's 200.
      const found = scan(csv, { rules: [named('pii')] });
      assert.equal(found.length, 400);
      assert.equal(csv.slice(found.at(-1)?.range.start, found.at(-1)?.range.end), 'Celljx');
    });

    it('stops at the first row without the header\'s delimiters, and leaves other rules to their own windows', () => {
      const after = `${csv}\nprose below the table\n${rows.slice(0, 50).join('\n')}\n`;
      assert.equal(scan(after, { rules: [named('pii')] }).length, 400);
      // A rule that does not read columns keeps its own window.
      assert.ok(scan(csv, { rules: [named('pii', false)] }).length < 20);
      assert.equal(scan(csv, { rules: [named('secret')] }).length, 400);
    });

    it("runs such a window through a pg_dump COPY block, whose COPY line is its rows' header, up to the block's end", () => {
      const tab = /(?<=^|\t)[A-Z][a-z]{2,12}(?=\t|$)/gmu;
      const rule = defineRule({ ...base, id: 'test-copy-column', description: 'a cell under a name column', category: 'pii', keywords: ['first_name'], pattern: tab, window: { before: 20, after: 200 }, columns: true });
      const tsv = rows.map((r) => r.replace(/,/gu, '\t'));
      const dump = `-- dump\nCOPY public.people (id, first_name, amount) FROM stdin;\n${tsv.join('\n')}\n\\.\n\n${tsv.slice(0, 30).join('\n')}\n`;
      // Every row of the block, and none of the tab-separated rows after its end (no header there).
      assert.equal(scan(dump, { rules: [rule] }).length, 400);
      // Without a COPY line above them, the same rows have no header: the window stays its own.
      assert.ok(scan(`-- dump\nid first_name amount\n${tsv.join('\n')}\n`, { rules: [rule] }).length < 20);
    });

    it('does not take a run of code lines with commas for a table, nor a keyword in a data row for a header', () => {
      const code = `const name = pick(a, b, c);\n${rows.map((r) => `call(${r});`).join('\n')}\n`;
      assert.ok(scan(code, { rules: [named('pii')] }).length < 20);
      const noHeader = `id,word,amount\n${rows.slice(0, 5).join('\n')}\n1,name,2\n${rows.join('\n')}\n`;
      assert.ok(scan(noHeader, { rules: [named('pii')] }).length < 30);
    });
  });
});

describe('redact() and restore()', () => {
  const text = `token=${T1} mail a@b.com and again a@b.com, other ${T2}`;
  const found = scan(text, { rules });

  it('replaces values with [REDACTED:<rule-id>] placeholders', () => {
    const r = redact(text, found, 'placeholder');
    assert.equal(r.text, 'token=[REDACTED:test-token] mail [REDACTED:test-mail] and again [REDACTED:test-mail], other [REDACTED:test-token]');
  });

  it('gives the same value the same pseudonym and different values different ones', () => {
    const r = redact(text, found, 'pseudonym');
    assert.equal(r.text, 'token=<TEST_TOKEN_1> mail <EMAIL_1> and again <EMAIL_1>, other <TEST_TOKEN_2>');
  });

  it('keeps the public prefix when masking a secret and stars all of personal data', () => {
    const r = redact(text, found, 'mask');
    assert.ok(r.text.startsWith(`token=tst_${'*'.repeat(20)} mail *@*.*** `));
  });

  it('replaces a quoted value with the language’s environment reference', () => {
    const src = `const apiToken = "${T1}";`;
    const f = scan(src, { rules });
    assert.equal(redact(src, f, 'env', { languageId: 'typescript' }).text, 'const apiToken = process.env.API_TOKEN;');
    assert.equal(redact(src, f, 'env', { languageId: 'python' }).text, 'const apiToken = os.environ["API_TOKEN"];');
    assert.equal(redact(`API_TOKEN=${T1}`, scan(`API_TOKEN=${T1}`, { rules }), 'env', { languageId: 'dotenv' }).text, 'API_TOKEN=${API_TOKEN}');
  });

  it('never names an environment reference after a key that holds a redacted value', () => {
    // Two assignments run together: the second key reads as `<value>AWS_ACCESS_KEY_ID`.
    const key = fake('AKIA{u16}', 101722);
    const src = `AWS_ACCESS_KEY_ID=${key}AWS_ACCESS_KEY_ID=${key}`;
    const out = redact(src, scan(src), 'env').text;
    assert.ok(out.endsWith('=${AWS_ACCESS_KEY_ID}'), out.replaceAll(key, '<key>'));
    assert.equal(out.split(key).length - 1, 1);
  });

  for (const strategy of ['placeholder', 'pseudonym', 'mask', 'env'] as const) {
    it(`restores the original text from the ${strategy} mapping`, () => {
      const r = redact(text, found, strategy);
      assert.ok(!r.text.includes(T1) && !r.text.includes(T2));
      if (strategy !== 'mask') assert.equal(restore(r.text, r.mapping), text);
    });
  }

  it('restores values inside an answer that moved the placeholders around', () => {
    const r = redact(text, found, 'pseudonym');
    const answer = 'Send <EMAIL_1> the key <TEST_TOKEN_2>.';
    assert.equal(restore(answer, r.mapping), `Send a@b.com the key ${T2}.`);
  });
});

describe('searching windows past an emoji', () => {
  it('goes on after a skipped match that starts with a surrogate pair (a hang before)', () => {
    // A window's search starts a few characters before it; a match there is skipped. With a `u`
    // pattern, `lastIndex` one code unit on falls inside the emoji's pair, V8 moves it back to the
    // pair's start, and the search found the same match forever. Run in a child process, so that a
    // hang fails this test instead of stalling the suite.
    const script = `
      const { scan } = require(${JSON.stringify(join(__dirname, '../../../src/engine/index.js'))});
      const { defineRule } = require(${JSON.stringify(join(__dirname, '../../../src/engine/rules/defineRule.js'))});
      const rule = defineRule({ id: 'test-line-head', category: 'pii', description: 'a line head', keywords: ['marker'],
        window: { before: 0, after: 40 }, pattern: /^\\S{2,8}/gmu, references: ['https://example.org'], examples: { positive: [], negative: [] } });
      const text = 'lorem ipsum dolor sit amet\\n'.repeat(200) + '\\u{1F62C}abc\\nmarker here\\n' + 'lorem ipsum\\n'.repeat(200);
      process.stdout.write(JSON.stringify(scan(text, { rules: [rule], filters: false }).map((f) => text.slice(f.range.start, f.range.end))));`;
    const run = spawnSync(process.execPath, ['-e', script], { encoding: 'utf8', timeout: 15_000 });
    assert.equal(run.signal, null, 'the scan finished');
    assert.equal(run.status, 0, run.stderr);
    const found = JSON.parse(run.stdout) as string[];
    // The window's matches (the keyword's line and the lines after, within its reach), not the
    // skipped one before it.
    assert.equal(found[0], 'marker');
    assert.ok(found.length >= 2 && found.slice(1).every((f) => f === 'lorem'), run.stdout);
  });
});
