import assert from 'node:assert/strict';
import Ajv from 'ajv';
import { FINGERPRINT_KEY } from '../../../src/cli/reporters/sarif';
import { ALL_RULES } from '../../../src/engine/index';
import { put, removeTempDirs, runCli, slackToken, tempDir } from './helpers';
import { SARIF_SUBSET_SCHEMA } from './sarifSchema';

interface SarifLog {
  $schema: string;
  version: string;
  runs: {
    tool: { driver: { name: string; version: string; informationUri: string; rules: SarifRule[] } };
    results: SarifResult[];
  }[];
}
interface SarifRule {
  id: string;
  name: string;
  shortDescription: { text: string };
  helpUri?: string;
  properties: { category: string };
  defaultConfiguration: { level: string };
}
interface SarifResult {
  ruleId: string;
  ruleIndex: number;
  level: string;
  message: { text: string };
  locations: { physicalLocation: { artifactLocation: { uri: string; uriBaseId: string }; region: Record<string, number> } }[];
  partialFingerprints: Record<string, string>;
}

const validate = new Ajv({ allErrors: true }).compile(SARIF_SUBSET_SCHEMA);

async function sarifOf(dir: string, args: string[] = ['.']): Promise<SarifLog> {
  const r = await runCli(dir, ['scan', '--format', 'sarif', ...args]);
  assert.notEqual(r.code, 2, r.stderr);
  return JSON.parse(r.stdout) as SarifLog;
}

describe('SARIF output', () => {
  after(removeTempDirs);

  it('is valid against the key parts of the SARIF 2.1.0 schema', async () => {
    const dir = tempDir();
    put(dir, 'src/one.txt', `a\n  key=${slackToken(1)}\n`);
    put(dir, 'with space/two.txt', `b=${slackToken(2)}\n`);
    const log = await sarifOf(dir);
    const ok = validate(log);
    assert.ok(ok, JSON.stringify(validate.errors, null, 2));
    assert.equal(log.version, '2.1.0');
    assert.match(log.$schema, /sarif-schema-2\.1\.0\.json$/u);
  });

  it('the schema subset rejects a log missing required parts', () => {
    assert.equal(validate({ version: '2.1.0', runs: [{ tool: {} }] }), false);
    assert.equal(validate({ version: '2.0.0', runs: [] }), false);
    assert.equal(validate({ version: '2.1.0', runs: [{ tool: { driver: { name: 'x' } }, results: [{ ruleId: 'r' }] }] }), false);
  });

  it('describes the tool and exactly the rules that have results', async () => {
    const dir = tempDir();
    put(dir, 'a.txt', `x=${slackToken(1)}\ny=${slackToken(2)}\n`);
    const log = await sarifOf(dir);
    const driver = log.runs[0]?.tool.driver;
    assert.ok(driver);
    assert.equal(driver.name, 'prompt-hygiene');
    assert.match(driver.version, /^\d+\.\d+\.\d+/u);
    assert.match(driver.informationUri, /^https:\/\//u);
    const slack = ALL_RULES.find((r) => r.id === 'slack-bot-token');
    assert.ok(slack);
    assert.deepEqual(driver.rules, [
      {
        id: 'slack-bot-token',
        name: 'SlackBotToken',
        shortDescription: { text: slack.description },
        helpUri: slack.references[0],
        defaultConfiguration: { level: 'error' },
        properties: { category: 'secret', tags: ['security', 'secret'] },
      },
    ]);
  });

  it('places results with relative URIs, 1-based regions, rule index, message and fingerprint', async () => {
    const dir = tempDir();
    const token = slackToken(3);
    put(dir, 'with space/two.txt', `line one\n\u{1F600}=${token}\n`);
    const log = await sarifOf(dir);
    const results = log.runs[0]?.results ?? [];
    assert.equal(results.length, 1);
    const res = results[0] as SarifResult;
    const rules = log.runs[0]?.tool.driver.rules ?? [];
    assert.equal(rules[res.ruleIndex]?.id, res.ruleId);
    assert.equal(res.level, 'error');
    assert.match(res.message.text, new RegExp(`: xoxb-…\\(${token.length} chars\\)$`, 'u'));
    assert.deepEqual(res.locations[0]?.physicalLocation, {
      artifactLocation: { uri: 'with%20space/two.txt', uriBaseId: '%SRCROOT%' },
      region: { startLine: 2, startColumn: 4, endLine: 2, endColumn: 4 + token.length },
    });
    assert.match(res.partialFingerprints[FINGERPRINT_KEY] ?? '', /^\S{8,}$/u);
  });

  it("lists a name's given-name and surname cells as the result's related locations, and JSON as its parts", async () => {
    const dir = tempDir();
    // An export row of an invented person, the whole name beside its parts.
    const [given, surname] = ['Oriane', 'Vasquelle'];
    put(dir, 'people.csv', `id,first_name,last_name,full_name\n7,${given},${surname},${given} ${surname}\n`);
    const log = await sarifOf(dir);
    assert.ok(validate(log), JSON.stringify(validate.errors, null, 2));
    const names = (log.runs[0]?.results ?? []).filter((r) => r.ruleId === 'person-name') as (SarifResult & { relatedLocations?: SarifResult['locations'] })[];
    // Each cell is a result; the whole name's lists the others.
    assert.deepEqual(
      names.map((r) => r.locations[0]?.physicalLocation.region.startColumn),
      [3, 4 + given.length, 5 + given.length + surname.length],
    );
    assert.deepEqual(
      names[2]?.relatedLocations?.map((l) => l.physicalLocation.region),
      [
        { startLine: 2, startColumn: 3, endLine: 2, endColumn: 3 + given.length },
        { startLine: 2, startColumn: 4 + given.length, endLine: 2, endColumn: 4 + given.length + surname.length },
      ],
    );
    const json = JSON.parse((await runCli(dir, ['scan', '--format', 'json', '.'])).stdout) as { findings: { ruleId: string; parts?: unknown[] }[] };
    assert.deepEqual(json.findings.filter((f) => f.ruleId === 'person-name').map((f) => f.parts?.length), [undefined, undefined, 2]);
  });

  it('is valid and has an empty rule list when nothing is found', async () => {
    const dir = tempDir();
    put(dir, 'a.txt', 'clean\n');
    const log = await sarifOf(dir);
    assert.ok(validate(log), JSON.stringify(validate.errors));
    assert.deepEqual(log.runs[0]?.results, []);
    assert.deepEqual(log.runs[0]?.tool.driver.rules, []);
  });
});
