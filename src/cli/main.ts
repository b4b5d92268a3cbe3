import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { UsageError } from './args';
import { AUDIT_HELP, runAuditCommand } from './auditCommand';
import { HOOK_HELP, runHookCommand } from './hookCommand';
import { INSTALL_HOOKS_HELP, runInstallHooksCommand } from './installHooksCommand';
import { MAIN_HELP, REDACT_HELP, RESTORE_HELP, SCAN_HELP } from './help';
import type { CliIo } from './io';
import { POLICY_HELP, runPolicyCommand } from './policyCommand';
import { runRedactCommand } from './redactCommand';
import { runRestoreCommand } from './restoreCommand';
import { runScanCommand } from './scanCommand';
import { packageInfo } from './version';

const BUILT_IN: Record<string, { run: (args: string[], io: CliIo) => Promise<number>; help: string }> = {
  scan: { run: runScanCommand, help: SCAN_HELP },
  redact: { run: runRedactCommand, help: REDACT_HELP },
  restore: { run: runRestoreCommand, help: RESTORE_HELP },
  policy: { run: runPolicyCommand, help: POLICY_HELP },
  hook: { run: runHookCommand, help: HOOK_HELP },
  'install-hooks': { run: runInstallHooksCommand, help: INSTALL_HOOKS_HELP },
  audit: { run: runAuditCommand, help: AUDIT_HELP },
};

/**
 * Runs the `prompt-hygiene` command line and returns the exit code: 0 clean, 1 findings,
 * 2 usage, input or policy error. All output goes through `io`, so tests run it in-process.
 */
export async function run(argv: string[], io: CliIo): Promise<number> {
  const [command, ...rest] = argv;
  try {
    if (command === undefined) {
      io.stderr(MAIN_HELP);
      return 2;
    }
    if (command === '--help' || command === '-h') {
      io.stdout(MAIN_HELP);
      return 0;
    }
    if (command === '--version' || command === '-v') {
      io.stdout(`${packageInfo().version}\n`);
      return 0;
    }
    if (command === 'help') {
      const topic = rest[0];
      if (topic === undefined) io.stdout(MAIN_HELP);
      else if (BUILT_IN[topic]) io.stdout(BUILT_IN[topic].help);
      else return await run([topic, '--help'], io);
      return 0;
    }
    const builtIn = BUILT_IN[command];
    if (builtIn) return await builtIn.run(rest, io);
    // `prompt-hygiene .` (the scan:self script) and `prompt-hygiene file.txt` mean `scan`.
    if (command === '-' || (!command.startsWith('-') && existsSync(resolve(io.cwd, command)))) return await runScanCommand(argv, io);
    throw new UsageError(command.startsWith('-') ? `unknown option '${command}'` : `unknown command '${command}'`);
  } catch (e) {
    if (e instanceof UsageError) {
      const topic = command !== undefined && BUILT_IN[command] ? `${command} --help` : '--help';
      io.stderr(`prompt-hygiene: ${e.message}\nRun 'prompt-hygiene ${topic}' for usage.\n`);
      return 2;
    }
    // Engine and reporter errors never carry scanned text, so the message is safe to show.
    io.stderr(`prompt-hygiene: internal error: ${e instanceof Error ? e.message : String(e)}\n`);
    return 2;
  }
}
