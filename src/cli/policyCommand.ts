import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { relative, resolve, sep } from 'node:path';
import {
  POLICY_FILE_NAME,
  PROVIDER_TEMPLATES,
  TEMPLATE_KEYS,
  parsePolicy,
  resolvePolicy,
  toConsentSummary,
  toStarterPolicy,
} from '../engine/index';
import type { ConsentSummary, ParsedPolicy, PolicyIssue, ProviderConsent, ResolvedPolicy } from '../engine/index';
import { UsageError, flag, listOption, parseCommandArgs, stringOption } from './args';
import type { OptionSpec } from './args';
import type { CliIo } from './io';

/** Help for `prompt-hygiene policy`. */
export const POLICY_HELP = `Usage: prompt-hygiene policy <check|show|init> [file] [options]

Work with the team policy file (default: ${POLICY_FILE_NAME} in the current folder).

  policy check [file]      Validate the policy; prints file:line:col per problem.
                           Exit 0 valid (warnings allowed), 2 invalid or missing.
  policy show [file]       Print the effective policy: team, review status, providers
                           (tier, training, retention, verified, allowed), detection.
                           Without a policy file, shows the built-in defaults.
  policy init [file]       Write a commented starter policy. Never overwrites a file.

Options:
  --format text|json       Output format for check and show (default text)
  --template KEYS          init: provider templates to include, comma-separated
                           (default all; see --list-templates)
  --team NAME              init: team name
  --owner NAME             init: policy owner
  --list-templates         init: list the template keys and exit
  -h, --help               Show this help

Exit codes: 0 ok, 2 invalid policy, missing file or usage error.
`;

const OPTIONS: OptionSpec = {
  format: { type: 'string' },
  template: { type: 'string', multiple: true },
  team: { type: 'string' },
  owner: { type: 'string' },
  'list-templates': { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
};

/** Runs `prompt-hygiene policy …`; returns the exit code. */
export async function runPolicyCommand(args: string[], io: CliIo): Promise<number> {
  const [sub, ...rest] = args;
  if (sub === undefined || sub === '--help' || sub === '-h' || sub === 'help') {
    (sub === undefined ? io.stderr : io.stdout)(POLICY_HELP);
    return sub === undefined ? 2 : 0;
  }
  const { values, positionals } = parseCommandArgs(`policy ${sub}`, rest, OPTIONS);
  if (flag(values, 'help')) {
    io.stdout(POLICY_HELP);
    return 0;
  }
  if (positionals.length > 1) throw new UsageError(`policy ${sub}: expected at most one file, got ${positionals.length}`);
  const format = stringOption(values, 'format') ?? 'text';
  if (format !== 'text' && format !== 'json') throw new UsageError(`policy ${sub}: --format must be text or json`);
  const explicit = positionals[0];
  const file = resolve(io.cwd, explicit ?? POLICY_FILE_NAME);
  const shown = displayPath(io.cwd, file);
  switch (sub) {
    case 'check':
      return checkCommand(io, file, shown, format);
    case 'show':
      return showCommand(io, file, shown, format, explicit !== undefined);
    case 'init':
      return initCommand(io, file, shown, values);
    default:
      throw new UsageError(`policy: unknown subcommand '${sub}' (expected check, show or init)`);
  }
}

function readPolicy(io: CliIo, file: string, shown: string): string | undefined {
  if (!existsSync(file)) {
    io.stderr(`prompt-hygiene: policy file not found: ${shown}\n`);
    return undefined;
  }
  try {
    return readFileSync(file, 'utf8');
  } catch (e) {
    io.stderr(`prompt-hygiene: cannot read policy file ${shown}: ${errorText(e)}\n`);
    return undefined;
  }
}

/** `file:line:col severity: message (path)`: the format editors' and CI problem matchers read. */
export function toIssueLine(shown: string, issue: PolicyIssue): string {
  const at = issue.path !== '' ? ` (${issue.path})` : '';
  return `${shown}:${issue.line}:${issue.column} ${issue.severity}: ${issue.message}${at}`;
}

function issuesOf(parsed: ParsedPolicy): readonly PolicyIssue[] {
  return parsed.ok ? parsed.warnings : parsed.issues;
}

function checkCommand(io: CliIo, file: string, shown: string, format: string): number {
  const text = readPolicy(io, file, shown);
  if (text === undefined) return 2;
  const parsed = parsePolicy(text);
  const issues = issuesOf(parsed);
  if (format === 'json') {
    io.stdout(`${JSON.stringify({ file: shown, valid: parsed.ok, issues: issues.map((i) => toJsonIssue(i)) }, null, 2)}\n`);
    return parsed.ok ? 0 : 2;
  }
  for (const issue of issues) (parsed.ok ? io.stdout : io.stderr)(`${toIssueLine(shown, issue)}\n`);
  if (!parsed.ok) {
    const n = issues.filter((i) => i.severity === 'error').length;
    io.stderr(`${shown}: invalid policy (${n} ${n === 1 ? 'error' : 'errors'}); the built-in defaults would apply.\n`);
    return 2;
  }
  const p = parsed.policy;
  const providers = p.providers?.length ?? 0;
  const rules = p.detection?.customRules?.length ?? 0;
  const warn = issues.length > 0 ? `, ${issues.length} ${issues.length === 1 ? 'warning' : 'warnings'}` : '';
  io.stdout(`${shown}: valid policy (${providers} ${providers === 1 ? 'provider' : 'providers'}, ${rules} custom ${rules === 1 ? 'rule' : 'rules'}${warn})\n`);
  return 0;
}

function toJsonIssue(i: PolicyIssue): Record<string, unknown> {
  return { line: i.line, column: i.column, endLine: i.endLine, endColumn: i.endColumn, severity: i.severity, code: i.code, path: i.path, message: i.message };
}

function showCommand(io: CliIo, file: string, shown: string, format: string, explicit: boolean): number {
  let parsed: ParsedPolicy | undefined;
  if (existsSync(file) || explicit) {
    const text = readPolicy(io, file, shown);
    if (text === undefined) return 2;
    parsed = parsePolicy(text);
  }
  const today = new Date();
  const resolved = resolvePolicy(parsed);
  const summary = toConsentSummary(
    parsed === undefined ? undefined : parsed.ok ? { kind: 'valid', policy: parsed.policy, warnings: parsed.warnings } : { kind: 'invalid', issues: parsed.issues },
    today,
  );
  if (format === 'json') {
    io.stdout(
      `${JSON.stringify(
        {
          file: parsed === undefined ? null : shown,
          source: resolved.source,
          state: summary.state,
          reviewDueOn: summary.reviewDueOn ?? null,
          reviewOverdue: summary.reviewOverdue,
          shortestRetentionDays: summary.shortestRetentionDays ?? null,
          longestRetentionDays: summary.longestRetentionDays ?? null,
          policy: resolved.policy,
          problems: resolved.problems,
          issues: summary.issues.map(toJsonIssue),
        },
        null,
        2,
      )}\n`,
    );
    return parsed !== undefined && !parsed.ok ? 2 : 0;
  }
  if (parsed !== undefined && !parsed.ok) {
    for (const issue of parsed.issues) io.stderr(`${toIssueLine(shown, issue)}\n`);
    io.stderr(`${shown}: invalid policy; the built-in defaults apply.\n`);
  }
  io.stdout(toShowText(parsed === undefined ? undefined : shown, resolved, summary));
  return parsed !== undefined && !parsed.ok ? 2 : 0;
}

const STATE_TEXT: Record<ConsentSummary['state'], string> = {
  'training-off': 'training off for every allowed assistant',
  'training-on': 'TRAINING ON for an allowed assistant',
  unknown: 'training status not verified for an allowed assistant',
  'review-overdue': 'training off, but the policy review is overdue',
  'no-policy': 'no team policy; built-in defaults apply',
  invalid: 'policy invalid; built-in defaults apply',
  untrusted: 'policy not loaded (untrusted workspace)',
};

/** The text of `policy show`: a summary people can read in a CI log. */
export function toShowText(shown: string | undefined, resolved: ResolvedPolicy, summary: ConsentSummary): string {
  const out: string[] = [];
  const p = resolved.policy;
  out.push(`Policy:    ${shown ?? `(none: no ${POLICY_FILE_NAME})`}${resolved.source === 'file' ? '' : ` [${resolved.source}]`}`);
  out.push(`Status:    ${STATE_TEXT[summary.state]}`);
  if (p.team) out.push(`Team:      ${p.team.name} · owner: ${p.team.owner}${p.team.contact !== undefined ? ` (${p.team.contact})` : ''}`);
  if (p.reviewedOn) {
    const due = summary.reviewDueOn !== undefined ? `, next review ${summary.reviewDueOn}${summary.reviewOverdue ? ' (OVERDUE)' : ''}` : '';
    out.push(`Review:    reviewed ${p.reviewedOn}, every ${p.reviewEveryDays} days${due}`);
  }
  if (summary.allowedCount > 0) {
    const longest = summary.longestRetentionDays !== undefined ? `${summary.longestRetentionDays} days` : 'unknown for some';
    const shortest = summary.shortestRetentionDays !== undefined ? `, shortest ${summary.shortestRetentionDays} days` : '';
    out.push(`Retention: longest ${longest}${shortest} (allowed assistants)`);
  }
  if (resolved.source === 'file') {
    out.push('', 'Providers:');
    if (summary.providers.length === 0) out.push('  (none listed)');
    else out.push(...providerTable(summary.providers));
  }
  const d = p.detection;
  const offRules = Object.entries(d.rules).filter(([, l]) => l === 'off').map(([id]) => id);
  const levelRules = Object.entries(d.rules).filter(([, l]) => l !== 'off');
  const customIds = new Set(d.customRules.map((r) => r.id));
  const customNames = resolved.scanOptions.rules.filter((r) => customIds.has(r.id)).map((r) => r.id);
  out.push('', 'Detection:');
  out.push(`  categories:   secret ${d.categories.secret ? 'on' : 'OFF'}, pii ${d.categories.pii ? 'on' : 'OFF'}`);
  out.push(`  rules off:    ${offRules.length === 0 ? 'none' : offRules.join(', ')}`);
  out.push(`  severities:   ${levelRules.length === 0 ? 'defaults' : levelRules.map(([id, l]) => `${id}=${l}`).join(', ')}`);
  out.push(`  custom rules: ${customNames.length === 0 ? 'none' : customNames.join(', ')}`);
  out.push(
    `  allowlist:    ${d.allowlist.paths.length} path ${plural(d.allowlist.paths.length, 'glob')}, ${d.allowlist.regexes.length} ${plural(d.allowlist.regexes.length, 'regex', 'regexes')}, ${d.allowlist.fingerprints.length} ${plural(d.allowlist.fingerprints.length, 'fingerprint')}`,
  );
  out.push(`  attributions: ${d.attributions ? 'reported' : 'left out'}`);
  out.push(`  fingerprints: ${d.fingerprintSalt !== undefined ? 'team salt' : 'default salt'}`);
  out.push(`Guard:     copy ${p.guard.copy}, paste ${p.guard.paste}, hooks ${p.guard.hooks}, ${p.guard.failOpen ? 'fail open' : 'fail closed'}`);
  out.push(`Audit:     ${p.audit.enabled ? `on (${p.audit.location}, ${p.audit.retainDays} days)` : 'off'}`);
  if (resolved.problems.length > 0) out.push('', 'Skipped:', ...resolved.problems.map((m) => `  - ${m}`));
  return `${out.join('\n')}\n`;
}

function plural(n: number, one: string, many = `${one}s`): string {
  return n === 1 ? one : many;
}

const TRAINING: Record<string, string> = { 'opted-out': 'off (opted out)', exempt: 'off (exempt)', 'opted-in': 'ON', unknown: 'unknown' };

function providerTable(providers: readonly ProviderConsent[]): string[] {
  const rows = [
    ['ASSISTANT', 'TIER', 'TRAINING', 'RETENTION', 'VERIFIED', 'ALLOWED'],
    ...providers.map((p) => [
      p.displayName,
      p.tier,
      TRAINING[p.trainingConsent] ?? p.trainingConsent,
      p.retentionDays === null ? 'unknown' : `${p.retentionDays} days`,
      `${p.verifiedOn ?? 'never'}${p.verificationStale && p.verifiedOn !== undefined ? ' (stale)' : ''}`,
      p.allowed ? 'yes' : 'no',
    ]),
  ];
  const widths = (rows[0] as string[]).map((_, c) => Math.max(...rows.map((r) => (r[c] as string).length)));
  return rows.map((r) => `  ${r.map((cell, c) => (c === r.length - 1 ? cell : cell.padEnd(widths[c] as number))).join('  ')}`.trimEnd());
}

function initCommand(io: CliIo, file: string, shown: string, values: Record<string, unknown>): number {
  if (values['list-templates'] === true) {
    for (const t of PROVIDER_TEMPLATES) io.stdout(`${t.key.padEnd(20)} ${t.title}\n`);
    return 0;
  }
  const templates = listOption(values as Parameters<typeof listOption>[0], 'template');
  const unknown = templates.filter((k) => !TEMPLATE_KEYS.includes(k));
  if (unknown.length > 0) {
    throw new UsageError(`policy init: unknown template ${unknown.map((k) => `'${k}'`).join(', ')} (known: ${TEMPLATE_KEYS.join(', ')})`);
  }
  if (existsSync(file)) {
    io.stderr(`prompt-hygiene: ${shown} already exists; not overwritten.\n`);
    return 2;
  }
  const text = toStarterPolicy({
    ...(templates.length > 0 ? { templates } : {}),
    ...(typeof values.team === 'string' ? { teamName: values.team } : {}),
    ...(typeof values.owner === 'string' ? { owner: values.owner } : {}),
  });
  try {
    // 'wx' fails if the file appeared in the meantime: never overwrite.
    writeFileSync(file, text, { encoding: 'utf8', flag: 'wx' });
  } catch (e) {
    io.stderr(`prompt-hygiene: cannot write ${shown}: ${errorText(e)}\n`);
    return 2;
  }
  io.stdout(`Wrote ${shown}. Fill in the team, verify each provider's training setting, then run 'prompt-hygiene policy check'.\n`);
  return 0;
}

function displayPath(cwd: string, absPath: string): string {
  const rel = relative(cwd, absPath);
  return (rel === '' ? '.' : rel).split(sep).join('/');
}

function errorText(e: unknown): string {
  return typeof e === 'object' && e !== null && 'code' in e ? String((e as { code: unknown }).code) : e instanceof Error ? e.message : String(e);
}
