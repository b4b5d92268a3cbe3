import { ALL_RULES } from '../rules/index';
import type { Rule } from '../types';
import { Scanner } from './scanner';

let defaultScanner: Scanner | undefined;
const scannerCache = new WeakMap<readonly Rule[], Scanner>();

/** The scanner for a rule set, compiled once and cached (by array identity). */
export function getScanner(rules: readonly Rule[] = ALL_RULES): Scanner {
  if (rules === ALL_RULES) return (defaultScanner ??= new Scanner(ALL_RULES));
  let s = scannerCache.get(rules);
  if (!s) {
    s = new Scanner(rules);
    scannerCache.set(rules, s);
  }
  return s;
}
