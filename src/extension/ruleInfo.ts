// Pure: rule metadata for messages, hovers and links. No `vscode` import.
import { ALL_RULES } from '../engine/index';
import type { Category, Rule } from '../engine/index';

/** Where the project's README lives; rule docs are anchors in it (`#rule-<id>`). */
export const README_URL = 'https://github.com/prompt-hygiene/prompt-hygiene/blob/main/README.md';

/** The docs link for a rule: the README's anchor for it. */
export function toRuleDocsUrl(ruleId: string): string {
  return `${README_URL}#rule-${encodeURIComponent(ruleId)}`;
}

/** What adapters show about a rule. */
export interface RuleInfo {
  readonly id: string;
  readonly category: Category;
  readonly description: string;
  readonly references: readonly string[];
}

const builtIn = new Map<string, Rule>(ALL_RULES.map((r) => [r.id, r]));

/**
 * Looks a rule up among the built-in rules and, if given, the policy's rule set (which may add
 * custom rules). Unknown ids get a neutral description rather than an error.
 */
export function toRuleInfo(ruleId: string, category: Category, rules?: readonly Rule[]): RuleInfo {
  const rule = builtIn.get(ruleId) ?? rules?.find((r) => r.id === ruleId);
  return {
    id: ruleId,
    category: rule?.category ?? category,
    description: rule?.description ?? (category === 'secret' ? 'Possible secret' : 'Possible personal data'),
    references: rule?.references ?? [],
  };
}
