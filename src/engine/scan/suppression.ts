import { lineOf } from './lines';

/**
 * Inline directives that suppress findings. Ours, and the ones users of other scanners already
 * have in their code: gitleaks, betterleaks, trufflehog, GitGuardian (ggignore), detect-secrets
 * (`pragma: allowlist secret`), secretlint.
 */
const DIRECTIVE =
  /prompt-hygiene:(allow-next-line|allow|disable|enable)(?:[ \t]+((?:[a-z0-9]+(?:-[a-z0-9]+)*[ \t,]*)+))?|(gitleaks:allow|betterleaks:allow|trufflehog:ignore|ggignore|secretlint-disable-line)|(pragma:[ \t]*allowlist[ \t]+nextline[ \t]+secret|secretlint-disable-next-line)|(pragma:[ \t]*allowlist[ \t]+secret)|(secretlint-disable)(?![-\w])|(secretlint-enable)(?![-\w])/gu;

/**
 * Literals one of which every directive contains (lower case): the scanner's keyword pass looks
 * for them, so most texts skip even the quick test below.
 */
export const DIRECTIVE_MARKERS: readonly string[] = ['prompt-hygiene:', 'gitleaks:allow', 'betterleaks:allow', 'trufflehog:ignore', 'ggignore', 'allowlist', 'secretlint-'];

/** A cheap test before the full parse: most texts have no directive at all. */
const QUICK = /prompt-hygiene:|gitleaks:allow|betterleaks:allow|trufflehog:ignore|ggignore|allowlist|secretlint-/u;

interface LineRule {
  /** `undefined` = every rule. */
  readonly ruleIds: ReadonlySet<string> | undefined;
}

/** The parsed directives of one text; answers "is this finding suppressed?". */
export interface Suppressions {
  isSuppressed(ruleId: string, startLine: number): boolean;
}

const NONE: Suppressions = { isSuppressed: () => false };

/** Rule ids after a directive narrow it; words that are not rule ids are a free-text reason. */
function toIds(list: string | undefined, knownIds: ReadonlySet<string>): ReadonlySet<string> | undefined {
  if (!list) return undefined;
  const ids = list.split(/[\s,]+/u).filter((s) => knownIds.has(s));
  return ids.length > 0 ? new Set(ids) : undefined;
}

/** True when the text may hold a directive at all (a cheap test before parsing). */
export function hasDirectives(text: string): boolean {
  return QUICK.test(text);
}

/** Parses the directives of a text. `lineStarts` comes from `toLineStarts`. */
export function parseSuppressions(
  text: string,
  lineStarts: readonly number[],
  knownIds: ReadonlySet<string>,
): Suppressions {
  if (!QUICK.test(text)) return NONE;
  const lines = new Map<number, LineRule[]>();
  const blocks: { from: number; to: number; ruleIds: ReadonlySet<string> | undefined }[] = [];
  const open: { from: number; ruleIds: ReadonlySet<string> | undefined; ours: boolean }[] = [];
  const add = (line: number, ruleIds: ReadonlySet<string> | undefined): void => {
    const list = lines.get(line);
    if (list) list.push({ ruleIds });
    else lines.set(line, [{ ruleIds }]);
  };
  DIRECTIVE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = DIRECTIVE.exec(text)) !== null) {
    const line = lineOf(lineStarts, m.index);
    if (m[1] !== undefined) {
      const ids = toIds(m[2], knownIds);
      if (m[1] === 'allow') add(line, ids);
      else if (m[1] === 'allow-next-line') add(line + 1, ids);
      else if (m[1] === 'disable') open.push({ from: line, ruleIds: ids, ours: true });
      else {
        const idx = open.findLastIndex((o) => o.ours);
        if (idx !== -1) {
          const o = open.splice(idx, 1)[0] as (typeof open)[number];
          blocks.push({ from: o.from, to: line, ruleIds: o.ruleIds });
        }
      }
    } else if (m[3] !== undefined || m[5] !== undefined) add(line, undefined);
    else if (m[4] !== undefined) add(line + 1, undefined);
    else if (m[6] !== undefined) open.push({ from: line, ruleIds: undefined, ours: false });
    else if (m[7] !== undefined) {
      const idx = open.findLastIndex((o) => !o.ours);
      if (idx !== -1) {
        const o = open.splice(idx, 1)[0] as (typeof open)[number];
        blocks.push({ from: o.from, to: line, ruleIds: undefined });
      }
    }
  }
  // An unclosed disable runs to the end of the text.
  for (const o of open) blocks.push({ from: o.from, to: Number.MAX_SAFE_INTEGER, ruleIds: o.ruleIds });
  if (lines.size === 0 && blocks.length === 0) return NONE;
  return {
    isSuppressed(ruleId: string, startLine: number): boolean {
      const list = lines.get(startLine);
      if (list && list.some((r) => r.ruleIds === undefined || r.ruleIds.has(ruleId))) return true;
      return blocks.some(
        (b) => startLine >= b.from && startLine <= b.to && (b.ruleIds === undefined || b.ruleIds.has(ruleId)),
      );
    },
  };
}
