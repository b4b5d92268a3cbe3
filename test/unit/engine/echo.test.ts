import assert from 'node:assert/strict';
import { redact, scan } from '../../../src/engine/index';
import { fake, secretEchoes } from '../../../src/engine/rules/defineRule';
import { personEchoes, isEchoValue } from '../../../src/engine/rules/pii/_echo';
import { echoOccurrences, MAX_ECHO_VALUES } from '../../../src/engine/scan/echo';

const found = (text: string): string[] => scan(text).map((f) => `${f.ruleId}:${text.slice(f.range.start, f.range.end)}`);

describe('echo: a name or login found in context, found again where it recurs', () => {
  it('takes names of two words, logins with a separator and CJK names of three characters', () => {
    for (const v of ['Zorven Quillat', 'hwang.dayeon', 'a.kobayashi', 'o-nakagawa', '박서준', '佐藤 健一']) assert.equal(isEchoValue(v), true, v);
  });

  it('leaves single words, short values and multi-line values alone', () => {
    for (const v of ['Grace', 'mapbox', 'jsmith', 'Al B', '田中', 'a.b', 'Anna\nBerg', `${'x'.repeat(40)} ${'y'.repeat(40)}`]) assert.equal(isEchoValue(v), false, v);
  });

  it("takes a distinctive value itself, never a full name's given name alone", () => {
    assert.deepEqual(personEchoes('Marcus Ferreira-Boyd'), ['Marcus Ferreira-Boyd']);
    assert.deepEqual(personEchoes('Anne-Marie Okafor'), ['Anne-Marie Okafor']);
    assert.deepEqual(personEchoes('park.seojun'), ['park.seojun']);
    assert.deepEqual(personEchoes('Marcus'), []);
    assert.deepEqual(personEchoes('mpatel'), ['mpatel'], 'an initial and a surname');
    assert.deepEqual(personEchoes('mapbox'), [], 'a login of one word that spells no one');
  });

  it('finds a phone number found in context again where it recurs as written, and redacts both', () => {
    const mobile = `0917 ${fake('{d3}', 101063)} ${fake('{d4}', 101064)}`;
    const text = `country,full_name,mobile,payout_account\nPH,A. Example,${mobile},GCASH:${mobile}\n`;
    assert.deepEqual(
      found(text).filter((f) => f.startsWith('phone-number:')),
      [`phone-number:${mobile}`, `phone-number:${mobile}`],
    );
    assert.equal(redact(text, scan(text), 'placeholder').text.includes(mobile), false);
    assert.deepEqual(found(`ticket 0917 ${fake('{d3}', 101063)} ${fake('{d4}', 101064)} closed`), [], 'without its context it stays unreported');
  });

  it("leaves a full name's given name alone where it recurs", () => {
    assert.deepEqual(found('x = f(Marcus)'), [], 'nothing reads a lone name here');
    assert.deepEqual(found('customer_name: Marcus Ferreira-Boyd\nx = f(Marcus)'), ['person-name:Marcus Ferreira-Boyd']);
  });

  it('finds whole-word recurrences only, in one pass or value by value alike', () => {
    const line = 'by hwang.dayeon; xhwang.dayeon and hwang.dayeonx are others; (hwang.dayeon) 박서준님 ';
    for (const text of [line, line.repeat(200)]) {
      const values = ['hwang.dayeon', '박서준', 'Zorven Quillat'];
      const hits = echoOccurrences(text, values, true);
      const perLine = text === line ? 1 : 200;
      assert.equal(hits.filter(([, v]) => v === 'hwang.dayeon').length, 2 * perLine, 'not inside a longer login');
      assert.equal(hits.filter(([, v]) => v === '박서준').length, perLine, 'a Korean name takes its particle');
      for (const [at, v] of hits) assert.equal(text.slice(at, at + v.length), v);
    }
  });

  it('finds a Hebrew, Greek, Cyrillic or Arabic name only as a whole word', () => {
    for (const [name, inside, alone] of <[string, string, string][]>[
      ['נועה', 'הרכב בתנועה איטית', 'תודה נועה!'],
      ['Νίκος', 'ο Νίκοςς', 'ευχαριστώ Νίκος,'],
      ['Ирина', 'Иринаа', 'спасибо Ирина!'],
      ['رامي', 'الرامية', 'شكرا رامي،'],
    ]) {
      for (const text of [inside, `${inside} ${'x'.repeat(9000)}`]) assert.deepEqual(echoOccurrences(text, [name, 'a b', 'c d'], true), [], `${name} inside a word`);
      assert.equal(echoOccurrences(alone, [name], true).length, 1, `${name} alone`);
    }
  });

  it('prefers the longer of two values that begin alike, in one pass', () => {
    const text = 'Li Dubois met Li Du. '.repeat(600);
    const hits = echoOccurrences(text, ['Li Du', 'Li Dubois', 'Ann Lee'], false);
    assert.equal(hits.filter(([, v]) => v === 'Li Dubois').length, 600);
    assert.equal(hits.filter(([, v]) => v === 'Li Du').length, 600);
  });

  it("reports an audit log's operator on every row, past the header's reach", () => {
    const rows = Array.from({ length: 120 }, (_, i) => `2024-06-11 09:${String(i % 60).padStart(2, '0')}:00 | hwang.dayeon | kr | grant | item=gem qty=${i}`);
    const text = `# fields: ts | operator | region | action | detail\n${rows.join('\n')}\n`;
    // (Logins are opt-in since the fifty-second session: a level switches user-name on.)
    const logins = scan(text, { severity: { 'user-name': 'info' } })
      .map((f) => `${f.ruleId}:${text.slice(f.range.start, f.range.end)}`)
      .filter((f) => f === 'user-name:hwang.dayeon');
    assert.equal(logins.length, 120);
  });

  it('reports a full name again where no context names it, but not a lone given name', () => {
    assert.deepEqual(found('x = f(Zorven Quillat)'), [], 'a name outside the lexicon, with nothing around it');
    assert.deepEqual(found('customer_name: Zorven Quillat\n\nx = f(Zorven Quillat)'), ['person-name:Zorven Quillat', 'person-name:Zorven Quillat']);
    // (A first-name field: a greeting's lone given name is not reported at all since session 31.)
    assert.deepEqual(found('first_name: Grace\nthe grace period ends; see GRACE_MS and Grace.config.'), ['person-name:Grace']);
  });

  it("honours an allow comment on a recurrence's own line, and on its source's", () => {
    const text = 'customer_name: Zorven Quillat\nx = f(Zorven Quillat) # prompt-hygiene:allow\ny = f(Zorven Quillat)';
    const lines = (t: string): number[] => scan(t).map((f) => t.slice(0, f.range.start).split('\n').length);
    assert.deepEqual(lines(text), [1, 3]);
    // An allowed source: what was found only through it is not reported either.
    assert.deepEqual(lines('customer_name: Zorven Quillat # prompt-hygiene:allow\nx = f(Zorven Quillat)'), []);
  });

  it(`looks for at most ${MAX_ECHO_VALUES} values per text`, () => {
    const given = ['mira', 'tomas', 'anja', 'kofi', 'lena', 'ravi', 'yuki', 'omar', 'ines', 'pavel', 'noor', 'emeka'];
    const names = given.flatMap((g) => ['okoro', 'brandt', 'silva', 'novak', 'haddad', 'moreau', 'lindqvist', 'tanaka', 'kowal', 'osei', 'varga', 'rossi'].map((s) => `${g}.${s}`));
    assert.ok(names.length > MAX_ECHO_VALUES);
    const header = 'ts,operator,region\n';
    const rows = names.map((n) => `2024-06-11,${n},kr`).join('\n');
    const recurrences = names.map((n) => `seen ${n} again`).join('\n');
    const text = `${header}${rows}\n\n${recurrences}\n`;
    const again = scan(text, { severity: { 'user-name': 'info' } }).filter((f) => text.slice(0, f.range.start).includes('\n\n'));
    assert.equal(again.length, MAX_ECHO_VALUES);
  });
});

describe('echo: a secret found in context, found again where its value recurs', () => {
  const sid = fake('{l32}', 100884);
  const trace = `Local vars:\ncached = '${sid}'\nrequest_path = '/checkout/'\nHTTP_COOKIE = 'django_language=en; sessionid=${sid}'\n`;

  it('reports the value in a traceback\'s locals once its Cookie header gives it away, and redacts both', () => {
    const at = scan(trace).filter((f) => f.category === 'secret').map((f) => f.range.start);
    assert.deepEqual(at, [trace.indexOf(sid), trace.lastIndexOf(sid)]);
    assert.ok(!redact(trace, scan(trace), 'placeholder').text.includes(sid));
  });

  it('does not look for a short value again, and finds nothing where no context gave the value away', () => {
    assert.deepEqual(secretEchoes('hunter2!x'), []);
    assert.deepEqual(secretEchoes('base64_encoded_64_byte_salt'), [], 'words');
    assert.deepEqual(secretEchoes('Arquivo ileg\\u00EDvel'), [], 'an escape or a space');
    assert.deepEqual(secretEchoes(sid), [sid]);
    assert.deepEqual(scan(`cached = '${sid}'\n`), [], 'the local alone says nothing');
  });
});
