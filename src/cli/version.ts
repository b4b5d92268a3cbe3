import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

/** The fields of our package.json that the CLI reports. */
export interface PackageInfo {
  readonly version: string;
  /** Where to read about the tool (package homepage, repository, or the npm page). */
  readonly informationUri: string;
}

const NPM_PAGE = 'https://www.npmjs.com/package/prompt-hygiene';
let cached: PackageInfo | undefined;

/**
 * Reads our package.json, found by walking up from this module (dist/ when bundled, out/src/cli/
 * in tests), so the version has one source of truth and no build step has to inject it.
 */
export function packageInfo(): PackageInfo {
  if (cached) return cached;
  let dir = __dirname;
  for (;;) {
    try {
      const pkg = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as Record<string, unknown>;
      if (pkg.name === 'prompt-hygiene' && typeof pkg.version === 'string') {
        return (cached = { version: pkg.version, informationUri: toInformationUri(pkg) });
      }
    } catch {
      // No (readable) package.json here: keep walking up.
    }
    const parent = dirname(dir);
    if (parent === dir) return (cached = { version: '0.0.0', informationUri: NPM_PAGE });
    dir = parent;
  }
}

function toInformationUri(pkg: Record<string, unknown>): string {
  if (typeof pkg.homepage === 'string' && /^https?:\/\//u.test(pkg.homepage)) return pkg.homepage;
  const repo = pkg.repository;
  const url = typeof repo === 'string' ? repo : typeof repo === 'object' && repo !== null ? (repo as { url?: unknown }).url : undefined;
  if (typeof url === 'string') {
    const https = url.replace(/^git\+/u, '').replace(/\.git$/u, '');
    if (/^https?:\/\//u.test(https)) return https;
  }
  return NPM_PAGE;
}
