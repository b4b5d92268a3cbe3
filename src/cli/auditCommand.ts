// `prompt-hygiene audit`: exports the local audit log of guard decisions.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { filterAuditSince, parseAuditLog, parseAuditSince, toAuditCsv, toAuditText } from '../engine/index';
import type { AuditEntry } from '../engine/index';
import { choiceOption, flag, parseCommandArgs, stringOption, UsageError } from './args';
import { resolveAuditTarget } from './hooks/auditLog';
import type { CliIo } from './io';
import { displayPath, loadPolicy } from './policy';

/** Usage of `prompt-hygiene audit`. */
export const AUDIT_HELP = `Usage: prompt-hygiene audit [--since DATE] [--format text|json|jsonl|csv] [--file PATH]

Prints the local audit log of guard decisions (agent hooks, and copy, paste and chat in the
editor): time, surface, event, decision, AI provider and its training-consent status from the
team policy, session id, and the rule ids and fingerprints of what was found. The log never
holds a value or a preview.

Options:
      --since DATE         Only entries from DATE on: YYYY-MM-DD (UTC), an ISO timestamp, or
                           an age such as 7d, 12h or 30m
  -f, --format FORMAT      text (default), json, jsonl or csv
      --file PATH          The log to read (default: the one the hooks write: .prompt-hygiene/
                           audit.jsonl at the project root, or ~/.prompt-hygiene/audit.jsonl
                           when the policy sets audit.location to global)
  -o, --output FILE        Write the export to FILE instead of standard output
  -p, --policy FILE        Policy file that decides the default log location
  -h, --help               Show this help

Exit codes: 0 done, 2 usage error or unreadable log.
`;

const OPTIONS = {
  since: { type: 'string' },
  format: { type: 'string', short: 'f' },
  file: { type: 'string' },
  output: { type: 'string', short: 'o' },
  policy: { type: 'string', short: 'p' },
  help: { type: 'boolean', short: 'h' },
} as const;

/** Runs `prompt-hygiene audit`. */
export async function runAuditCommand(args: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseCommandArgs('audit', args, OPTIONS);
  if (flag(values, 'help')) {
    io.stdout(AUDIT_HELP);
    return 0;
  }
  if (positionals.length > 0) throw new UsageError(`audit: unexpected argument '${positionals[0]}'`);
  const format = choiceOption(values, 'format', ['text', 'json', 'jsonl', 'csv'] as const, 'text');
  const sinceText = stringOption(values, 'since');
  const since = sinceText === undefined ? undefined : parseAuditSince(sinceText, new Date());
  if (sinceText !== undefined && since === undefined) throw new UsageError(`invalid value for --since: '${sinceText}' (expected YYYY-MM-DD, an ISO timestamp, or an age such as 7d)`);

  const fileOption = stringOption(values, 'file');
  let file: string;
  if (fileOption !== undefined) {
    file = resolve(io.cwd, fileOption);
  } else {
    const loaded = loadPolicy(io.cwd, stringOption(values, 'policy'));
    const target = resolveAuditTarget(io, io.cwd, loaded.ok ? loaded.loaded : undefined, {});
    if (target.file === undefined) {
      io.stderr(`prompt-hygiene: the audit log is off (${target.why}); use --file to read a log elsewhere\n`);
      return 2;
    }
    file = target.file;
  }
  const shown = displayPath(io.cwd, file);
  let entries: AuditEntry[] = [];
  if (existsSync(file)) {
    try {
      entries = parseAuditLog(readFileSync(file, 'utf8'));
    } catch (e) {
      io.stderr(`prompt-hygiene: cannot read ${shown}: ${e instanceof Error ? e.message : String(e)}\n`);
      return 2;
    }
  } else if (fileOption !== undefined) {
    io.stderr(`prompt-hygiene: no audit log at ${shown}\n`);
    return 2;
  } else {
    io.stderr(`prompt-hygiene: no audit log yet at ${shown}\n`);
  }
  if (since) entries = filterAuditSince(entries, since);
  const out =
    format === 'csv'
      ? toAuditCsv(entries)
      : format === 'json'
        ? `${JSON.stringify(entries, null, 2)}\n`
        : format === 'jsonl'
          ? entries.map((e) => `${JSON.stringify(e)}\n`).join('')
          : toAuditText(entries);
  const output = stringOption(values, 'output');
  if (output !== undefined) writeFileSync(resolve(io.cwd, output), out);
  else io.stdout(out);
  return 0;
}
