import type { CliIo } from './io';

/** The signature every subcommand module exports. */
export type CommandRunner = (args: string[], io: CliIo) => Promise<number>;

/**
 * Subcommands implemented in their own modules by other parts of the project and loaded lazily.
 * Once a module exists for good, main.ts may import it statically instead (as it does `policy`).
 */
export const EXTERNAL_COMMANDS = {
  hook: { module: 'hook', exportName: 'runHookCommand' },
  'install-hooks': { module: 'installHooks', exportName: 'runInstallHooksCommand' },
  audit: { module: 'audit', exportName: 'runAuditCommand' },
} as const;

/** Names of the subcommands in `EXTERNAL_COMMANDS`. */
export type ExternalCommand = keyof typeof EXTERNAL_COMMANDS;

/** Node's own `require`, out of esbuild's sight, for the unbundled (tsc-compiled) CLI. */
const nodeRequire: (id: string) => unknown = require;

/**
 * Loads `src/cli/<module>Command.ts` on first use and returns its runner, or `undefined` when the
 * module isn't part of this build. Two lookups, so the CLI compiles and runs before those modules
 * exist: in the bundle, esbuild expands the `.ts` template to the `src/cli/*Command.ts` files
 * present at build time; unbundled (tests, `out/`), Node resolves the compiled `.js` module.
 */
export function loadExternalCommand(name: ExternalCommand): CommandRunner | undefined {
  const { module, exportName } = EXTERNAL_COMMANDS[name];
  const mod =
    // eslint-disable-next-line @typescript-eslint/no-require-imports -- a lazy, optional module (see above)
    tryLoad(() => require(`./${module}Command.ts`), module) ?? tryLoad(() => nodeRequire(`./${module}Command`), module);
  const run = mod?.[exportName];
  return typeof run === 'function' ? (run as CommandRunner) : undefined;
}

function tryLoad(load: () => unknown, module: string): Record<string, unknown> | undefined {
  try {
    return load() as Record<string, unknown>;
  } catch (e) {
    if (isModuleMissing(e, `${module}Command`)) return undefined;
    throw e;
  }
}

function isModuleMissing(e: unknown, moduleName: string): boolean {
  if (!(e instanceof Error)) return false;
  const code = (e as { code?: unknown }).code;
  // Node reports MODULE_NOT_FOUND; an esbuild bundle throws "Module not found in bundle".
  return (code === 'MODULE_NOT_FOUND' || /not found/iu.test(e.message)) && e.message.includes(moduleName);
}
