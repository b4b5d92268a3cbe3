import type { Severity } from '../../engine/index';
import type { LocatedRegion } from '../fileScan';
import type { RuleInfo, ScanReport } from './report';

/** Where the SARIF 2.1.0 schema is published (OASIS, errata 01). */
export const SARIF_SCHEMA = 'https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json';

/** Key of our entry in `partialFingerprints`; bump the version if the fingerprint recipe changes. */
export const FINGERPRINT_KEY = 'promptHygiene/v1';

/** What the SARIF reporter needs besides the report. */
export interface SarifOptions {
  readonly version: string;
  readonly informationUri: string;
  /** `file:` URI (ending in `/`) of the folder that `%SRCROOT%` stands for. */
  readonly srcRootUri?: string;
}

/** SARIF levels: our `info` and `hint` are both `note`. */
export function toSarifLevel(severity: Severity): 'error' | 'warning' | 'note' {
  return severity === 'error' ? 'error' : severity === 'warning' ? 'warning' : 'note';
}

/** `slack-bot-token` → `SlackBotToken` (SARIF's "friendly name" for a rule). */
function toRuleName(id: string): string {
  return id
    .split(/[^A-Za-z0-9]+/u)
    .filter(Boolean)
    .map((w) => w.charAt(0).toUpperCase() + w.slice(1))
    .join('');
}

/** A relative path as a URI reference: each segment percent-encoded, `/` kept. */
function toUriReference(file: string): string {
  return file
    .split('/')
    .map((s) => (s === '..' || s === '.' ? s : encodeURIComponent(s)))
    .join('/');
}

/** A SARIF physical location: the file under %SRCROOT% and a 1-based region. */
function toPhysicalLocation(file: string, r: LocatedRegion): object {
  return {
    artifactLocation: { uri: toUriReference(file), uriBaseId: '%SRCROOT%' },
    region: { startLine: r.line, startColumn: r.column, endLine: r.endLine, endColumn: r.endColumn },
  };
}

/**
 * A SARIF 2.1.0 log with one run. `rules` lists only the rules that have results; each result
 * points at its rule by id and index, carries the description plus the preview as its message,
 * a region in 1-based UTF-16 columns (end exclusive), and our fingerprint.
 */
export function toSarif(report: ScanReport, options: SarifOptions): string {
  const ruleIds = [...new Set(report.findings.map((f) => f.ruleId))].sort();
  const ruleIndex = new Map(ruleIds.map((id, i) => [id, i]));
  const infoOf = (id: string): RuleInfo => {
    const known = report.rules.get(id);
    const f = report.findings.find((x) => x.ruleId === id);
    return known ?? { id, description: id, category: f?.category ?? 'secret', severity: f?.severity ?? 'warning' };
  };
  const rules = ruleIds.map((id) => {
    const info = infoOf(id);
    return {
      id,
      name: toRuleName(id),
      shortDescription: { text: info.description },
      ...(info.helpUri ? { helpUri: info.helpUri } : {}),
      defaultConfiguration: { level: toSarifLevel(info.severity) },
      properties: { category: info.category, tags: ['security', info.category] },
    };
  });
  const results = report.findings.map((f) => ({
    ruleId: f.ruleId,
    ruleIndex: ruleIndex.get(f.ruleId) as number,
    level: toSarifLevel(f.severity),
    message: { text: `${infoOf(f.ruleId).description}: ${f.preview}` },
    locations: [{ physicalLocation: toPhysicalLocation(f.file, f) }],
    partialFingerprints: { [FINGERPRINT_KEY]: f.fingerprint },
    // A name's given-name and surname cells, which redaction replaces with it (Finding.parts).
    ...(f.parts !== undefined
      ? {
          relatedLocations: f.parts.map((p, id) => ({
            id,
            physicalLocation: toPhysicalLocation(f.file, p),
            message: { text: 'Part of the same name' },
          })),
        }
      : {}),
  }));
  const log = {
    $schema: SARIF_SCHEMA,
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'prompt-hygiene',
            informationUri: options.informationUri,
            version: options.version,
            semanticVersion: options.version,
            rules,
          },
        },
        ...(options.srcRootUri ? { originalUriBaseIds: { '%SRCROOT%': { uri: options.srcRootUri } } } : {}),
        columnKind: 'utf16CodeUnits',
        results,
      },
    ],
  };
  return `${JSON.stringify(log, null, 2)}\n`;
}
