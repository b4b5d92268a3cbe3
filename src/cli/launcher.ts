// The `prompt-hygiene` executable (bundled as dist/cli.js). It decides, before loading anything
// else, whether a folder scan should run in a child process with a capped young generation (see
// respawn), and otherwise loads the CLI proper (dist/cliMain.js) into this process.
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { respawn, shouldRespawn } from './respawn';

if (!shouldRespawn(process.argv.slice(2), process.env, process.execArgv) || !respawn(process.argv[1] ?? join(__dirname, 'cli.js'))) {
  // A path computed at run time, so the bundler leaves the CLI proper in its own file.
  createRequire(__filename)(join(__dirname, 'cliMain.js'));
}
