// Pure: the Markdown shown when hovering a finding. No `vscode` import; the glue passes `t`
// (vscode.l10n.t) for localization and a Markdown string comes back.
import type { Category } from '../../engine/index';
import { toRevokeGuide } from './revokeGuide';

/** A localization function with `{0}`-style placeholders (vscode.l10n.t fits). */
export type Translate = (message: string, ...args: Array<string | number | boolean>) => string;

/** The fixes the quick-fix menu offers for a finding, as the hover names them. */
export type FixKind = 'redact' | 'mask' | 'env' | 'allowLine' | 'allowlist' | 'redactAll';

/** What the hover needs to know about one finding. Never the matched value. */
export interface HoverInput {
  readonly ruleId: string;
  readonly category: Category;
  readonly description: string;
  readonly preview: string;
  /** Link to the rule's docs. */
  readonly docsUrl: string;
  readonly fixes: readonly FixKind[];
}

/** Fills `{0}`, `{1}`… without localizing; the default when no `t` is passed. */
export const formatOnly: Translate = (message, ...args) =>
  message.replace(/\{(\d+)\}/gu, (m, i: string) => (args[Number(i)] === undefined ? m : String(args[Number(i)])));

/** Escapes characters that Markdown would interpret. */
export function escapeMarkdown(s: string): string {
  return s.replace(/[\\`*_{}[\]()#+\-.!|<>]/gu, '\\$&');
}

function fixLabel(kind: FixKind, t: Translate): string {
  switch (kind) {
    case 'redact':
      return t('Redact with a placeholder');
    case 'mask':
      return t('Mask');
    case 'env':
      return t('Replace with an environment variable reference');
    case 'allowLine':
      return t('Allow on this line');
    case 'allowlist':
      return t('Add to the team allowlist');
    case 'redactAll':
      return t('Redact all findings in this file');
  }
}

/** Why a finding of this category matters when text goes to an AI assistant. */
export function toWhyItMatters(category: Category, t: Translate = formatOnly): string {
  return category === 'secret'
    ? t(
        'Text you paste into an AI chat, or a file an assistant reads, leaves your control: prompts may be stored for a long time, reviewed, and on some consumer plans used for training. Treat a credential that was shared as leaked.',
      )
    : t(
        'Personal data sent to an AI assistant is stored with the chat and, on some consumer plans, may be used for training. Share it only when your team policy allows it, or redact it first.',
      );
}

/** The hover Markdown for one finding. */
export function toHoverMarkdown(input: HoverInput, t: Translate = formatOnly): string {
  const kind = input.category === 'secret' ? t('secret') : t('personal data');
  const lines: string[] = [];
  lines.push(`**${t('Prompt Hygiene')}** · \`${input.ruleId}\` · ${kind}`, '');
  lines.push(`${escapeMarkdown(input.description)}: \`${input.preview.replace(/`/gu, "'")}\``, '');
  lines.push(`**${t('Why it matters for AI chats')}:** ${toWhyItMatters(input.category, t)}`, '');
  if (input.category === 'secret') {
    const guide = toRevokeGuide(input.ruleId);
    const who = guide.vendor ? `${escapeMarkdown(guide.vendor)}: ` : '';
    const link = guide.url ? ` [${t('Open')}](${guide.url})` : '';
    lines.push(`**${t('Rotate or revoke')}:** ${who}${t(guide.steps)}${link}`, '');
  }
  if (input.fixes.length > 0) {
    lines.push(`**${t('Quick fixes')}:** ${input.fixes.map((f) => fixLabel(f, t)).join(' · ')}`, '');
  }
  lines.push(`[${t('About this rule')}](${input.docsUrl})`);
  return lines.join('\n');
}
