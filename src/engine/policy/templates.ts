// Provider templates and the commented starter policy that `Create Team Policy` and
// `prompt-hygiene policy init` write. Vendors' documented defaults go into comments only: every
// cloud provider starts as `trainingConsent: "unknown"` until someone on the team checks the
// account and records `verifiedOn`. Terms change; the comments say when to re-check.

import { DEFAULT_AUDIT, DEFAULT_GUARD, DEFAULT_REVIEW_EVERY_DAYS } from './defaults';
import { toIsoDay } from './consent';
import type { PolicyProvider } from './schema';

/** A provider and tier the starter policy can include. */
export interface ProviderTemplate {
  /** Template key for `policy init --template`, e.g. `claude-team`. */
  readonly key: string;
  /** Heading shown above the entry. */
  readonly title: string;
  readonly provider: PolicyProvider;
  /** Documented defaults at the time of writing, one comment line each. */
  readonly facts: readonly string[];
}

/** Where a provider's training setting lives and how to switch it off. */
export interface OptOutGuide {
  readonly providerId: string;
  readonly tier: 'consumer' | 'business';
  readonly where: string;
  readonly steps: readonly string[];
  readonly note?: string;
}

const VERIFY = 'Documented defaults when this template was written; check the vendor page and your account, then record verifiedOn.';

/** Every template, in the order the starter lists them. */
export const PROVIDER_TEMPLATES: readonly ProviderTemplate[] = [
  {
    key: 'claude-consumer',
    title: 'Claude consumer plans (Free, Pro, Max, and Claude Code signed in with them)',
    provider: {
      id: 'anthropic',
      displayName: 'Claude',
      tier: 'consumer',
      trainingConsent: 'unknown',
      retentionDays: null,
      settingLocation: 'claude.ai › Settings › Privacy › "Help improve Claude"',
      allowed: false,
      notes: 'Allow only once every user has turned "Help improve Claude" off; then set trainingConsent to "opted-out".',
    },
    facts: [
      'Chats and coding sessions may be used for training unless "Help improve Claude" is off (Settings › Privacy).',
      'Retention: up to 5 years when training is allowed, about 30 days when it is off.',
      'The setting covers new chats and chats you resume: reopening an old chat makes it eligible again under the setting in force.',
    ],
  },
  {
    key: 'claude-team',
    title: 'Claude Team (Claude for Work)',
    provider: { id: 'anthropic', displayName: 'Claude', tier: 'team', trainingConsent: 'unknown', retentionDays: null, settingLocation: 'claude.ai › Organization settings › Data and privacy', allowed: true },
    facts: ['Commercial terms: not used for training by default.', 'Chats stay until deleted; deleted chats leave back-end storage within about 30 days.'],
  },
  {
    key: 'claude-enterprise',
    title: 'Claude Enterprise',
    provider: { id: 'anthropic', displayName: 'Claude', tier: 'enterprise', trainingConsent: 'unknown', retentionDays: null, settingLocation: 'claude.ai › Organization settings › Data and privacy', allowed: true },
    facts: ['Commercial terms: not used for training by default.', 'Admins can set the organization\'s retention period.'],
  },
  {
    key: 'claude-api',
    title: 'Anthropic API (also Claude Code with an API key, Amazon Bedrock, Google Vertex AI)',
    provider: { id: 'anthropic', displayName: 'Claude', tier: 'api', trainingConsent: 'unknown', retentionDays: null, settingLocation: 'Anthropic Console › Organization settings (commercial terms)', allowed: true },
    facts: ['Commercial terms: API data is not used for training.', 'Inputs and outputs are deleted after a short period (30 days or less); zero data retention is available by agreement.'],
  },
  {
    key: 'chatgpt-consumer',
    title: 'ChatGPT consumer plans (Free, Plus, Pro)',
    provider: {
      id: 'openai',
      displayName: 'ChatGPT',
      tier: 'consumer',
      trainingConsent: 'unknown',
      retentionDays: null,
      settingLocation: 'ChatGPT › Settings › Data controls › "Improve the model for everyone"',
      allowed: false,
      notes: 'Allow only once every user has turned "Improve the model for everyone" off; then set trainingConsent to "opted-out".',
    },
    facts: [
      'Conversations may be used for training unless "Improve the model for everyone" is off (Settings › Data controls).',
      'Temporary Chats are not used for training and are deleted after about 30 days; deleted chats leave the systems within about 30 days.',
    ],
  },
  {
    key: 'chatgpt-team',
    title: 'ChatGPT Team / Business',
    provider: { id: 'openai', displayName: 'ChatGPT', tier: 'team', trainingConsent: 'unknown', retentionDays: null, settingLocation: 'ChatGPT › Workspace settings', allowed: true },
    facts: ['Business terms: not used for training by default.'],
  },
  {
    key: 'chatgpt-enterprise',
    title: 'ChatGPT Enterprise / Edu',
    provider: { id: 'openai', displayName: 'ChatGPT', tier: 'enterprise', trainingConsent: 'unknown', retentionDays: null, settingLocation: 'ChatGPT › Workspace settings', allowed: true },
    facts: ['Business terms: not used for training by default.', 'Workspace admins control how long conversations are kept.'],
  },
  {
    key: 'openai-api',
    title: 'OpenAI API',
    provider: { id: 'openai', displayName: 'OpenAI API', tier: 'api', trainingConsent: 'unknown', retentionDays: null, settingLocation: 'OpenAI Platform › Settings › Data controls', allowed: true },
    facts: ['API data is not used for training unless the organization opts in.', 'Abuse-monitoring logs are kept up to 30 days by default; zero data retention is available for eligible use by approval.'],
  },
  {
    key: 'copilot-individual',
    title: 'GitHub Copilot Free / Pro / Pro+ (individual accounts)',
    provider: {
      id: 'github-copilot',
      displayName: 'GitHub Copilot',
      tier: 'consumer',
      trainingConsent: 'unknown',
      retentionDays: null,
      settingLocation: 'github.com › Settings › Copilot › Policies (data use for product improvements / model training)',
      allowed: false,
      notes: 'Allow only once every user has checked the data-use settings; then set trainingConsent to "opted-out".',
    },
    facts: ['Personal accounts have their own data-use settings on github.com; check whether prompts and suggestions may be used for product improvement or training.'],
  },
  {
    key: 'copilot-business',
    title: 'GitHub Copilot Business',
    provider: { id: 'github-copilot', displayName: 'GitHub Copilot', tier: 'team', trainingConsent: 'unknown', retentionDays: null, settingLocation: 'github.com › Organization settings › Copilot › Policies', allowed: true },
    facts: ['GitHub does not use Copilot Business data to train its models.', 'Editor completion prompts are discarded once the suggestion is returned; prompts from chat outside the editor and the CLI are kept up to 28 days.'],
  },
  {
    key: 'copilot-enterprise',
    title: 'GitHub Copilot Enterprise',
    provider: { id: 'github-copilot', displayName: 'GitHub Copilot', tier: 'enterprise', trainingConsent: 'unknown', retentionDays: null, settingLocation: 'github.com › Enterprise settings › Copilot › Policies', allowed: true },
    facts: ['GitHub does not use Copilot Enterprise data to train its models.', 'Retention as for Copilot Business.'],
  },
  {
    key: 'gemini-consumer',
    title: 'Gemini apps with a personal Google account',
    provider: {
      id: 'google',
      displayName: 'Gemini',
      tier: 'consumer',
      trainingConsent: 'unknown',
      retentionDays: null,
      settingLocation: 'myactivity.google.com › Gemini Apps Activity',
      allowed: false,
      notes: 'Allow only once every user has turned Gemini Apps Activity off; then set trainingConsent to "opted-out".',
    },
    facts: [
      'With Gemini Apps Activity on, conversations may be reviewed by people and used to improve Google products and models; activity auto-deletes after 18 months by default.',
      'With it off, conversations are still kept for up to 72 hours to run the service.',
    ],
  },
  {
    key: 'gemini-workspace',
    title: 'Gemini for Google Workspace',
    provider: { id: 'google', displayName: 'Gemini', tier: 'enterprise', trainingConsent: 'unknown', retentionDays: null, settingLocation: 'Google Admin console › Generative AI › Gemini', allowed: true },
    facts: ['Workspace terms: prompts are not used to train models outside your organization without permission.'],
  },
  {
    key: 'local',
    title: 'Local models (Ollama, LM Studio, llama.cpp, ...)',
    provider: {
      id: 'local',
      displayName: 'Local model',
      tier: 'enterprise',
      trainingConsent: 'exempt',
      retentionDays: 0,
      allowed: true,
      notes: 'Runs on the developer\'s machine; nothing is sent to a vendor.',
    },
    facts: ['Prompts stay on the machine unless the tool is configured to sync or call a remote service.'],
  },
];

/** Opt-out steps per provider, for the details view. Business tiers are set by an admin. */
export const OPT_OUT_GUIDES: readonly OptOutGuide[] = [
  {
    providerId: 'anthropic',
    tier: 'consumer',
    where: 'claude.ai › Settings › Privacy',
    steps: ['Open claude.ai and sign in.', 'Go to Settings › Privacy.', 'Turn off "Help improve Claude".'],
    note: 'Applies to new chats and to old chats you reopen; a reopened chat becomes eligible again if the setting is on.',
  },
  {
    providerId: 'openai',
    tier: 'consumer',
    where: 'ChatGPT › Settings › Data controls',
    steps: ['Open ChatGPT and sign in.', 'Go to Settings › Data controls.', 'Turn off "Improve the model for everyone".'],
    note: 'Temporary Chats are never used for training.',
  },
  {
    providerId: 'github-copilot',
    tier: 'consumer',
    where: 'github.com › Settings › Copilot',
    steps: ['Open github.com and sign in.', 'Go to Settings › Copilot (Policies / features).', 'Turn off the options that let GitHub use your data for product improvements or model training.'],
    note: 'Copilot Business and Enterprise are managed by organization and enterprise admins under Copilot › Policies.',
  },
  {
    providerId: 'google',
    tier: 'consumer',
    where: 'myactivity.google.com › Gemini Apps Activity',
    steps: ['Open myactivity.google.com/product/gemini.', 'Turn off Gemini Apps Activity (or set auto-delete).'],
    note: 'Conversations are still kept for up to 72 hours to provide the service.',
  },
];

/** Keys of every template (the starter's default selection). */
export const TEMPLATE_KEYS: readonly string[] = PROVIDER_TEMPLATES.map((t) => t.key);

/** Options for {@link toStarterPolicy}. */
export interface StarterOptions {
  /** Template keys to include (default: all). Unknown keys are ignored; see {@link TEMPLATE_KEYS}. */
  readonly templates?: readonly string[];
  readonly teamName?: string;
  readonly owner?: string;
  readonly contact?: string;
  /** The review date written into the file (default: today). */
  readonly today?: Date | string;
}

/**
 * The starter policy file: JSON with comments that explain each section, one entry per
 * selected template with its documented defaults in comments and `trainingConsent: "unknown"`
 * for every cloud provider. It always passes `parsePolicy`.
 */
export function toStarterPolicy(options: StarterOptions = {}): string {
  const wanted = new Set(options.templates ?? TEMPLATE_KEYS);
  const templates = PROVIDER_TEMPLATES.filter((t) => wanted.has(t.key));
  const j = (v: unknown): string => JSON.stringify(v);
  const today = toIsoDay(options.today ?? new Date());
  const lines: string[] = [];
  const push = (...l: string[]): void => {
    lines.push(...l);
  };
  push(
    '// Prompt Hygiene team policy: which AI assistants this workspace may use, whether they',
    '// train on prompts, and how secrets and personal data are detected before text reaches them.',
    '// JSON with comments. Hover any property for help; the status bar shows the result.',
    '{',
    `  "version": 1,`,
    '',
    '  // Who owns this policy. The owner reviews it every reviewEveryDays days.',
    '  "team": {',
    `    "name": ${j(options.teamName ?? 'Your team')},`,
    `    "owner": ${j(options.owner ?? 'Policy owner')}${options.contact ? ',' : ''}`,
    ...(options.contact ? [`    "contact": ${j(options.contact)}`] : []),
    '  },',
    `  "reviewedOn": ${j(today)},`,
    `  "reviewEveryDays": ${DEFAULT_REVIEW_EVERY_DAYS},`,
    '',
    '  // The assistants and account tiers the team has assessed.',
    '  //   trainingConsent: "opted-out" (training switched off), "exempt" (the tier is not used for',
    '  //   training under its terms), "opted-in" (prompts may be used for training), "unknown".',
    '  //   allowed: may this assistant be used for this workspace?',
    '  // Cloud providers start as "unknown": check the account, then set trainingConsent,',
    '  // retentionDays and verifiedOn. Remove the entries your team does not use.',
    '  "providers": [',
  );
  templates.forEach((t, i) => {
    const p = t.provider;
    const fields: string[] = [
      `"id": ${j(p.id)}`,
      ...(p.displayName !== undefined ? [`"displayName": ${j(p.displayName)}`] : []),
      `"tier": ${j(p.tier)}`,
      `"trainingConsent": ${j(p.trainingConsent)}`,
      `"retentionDays": ${j(p.retentionDays ?? null)}`,
      ...(p.settingLocation !== undefined ? [`"settingLocation": ${j(p.settingLocation)}`] : []),
      ...(p.trainingConsent === 'exempt' ? [`"verifiedOn": ${j(today)}`] : []),
      `"allowed": ${j(p.allowed ?? true)}`,
      ...(p.notes !== undefined ? [`"notes": ${j(p.notes)}`] : []),
    ];
    push(`    // ${t.title} [template: ${t.key}]`);
    if (p.trainingConsent === 'unknown') push(`    // ${VERIFY}`);
    for (const f of t.facts) push(`    //   - ${f}`);
    push('    {', ...fields.map((f, k) => `      ${f}${k < fields.length - 1 ? ',' : ''}`), `    }${i < templates.length - 1 ? ',' : ''}`);
  });
  push(
    '  ],',
    '',
    '  // Detection shared by the editor, the CLI and the guards.',
    '  "detection": {',
    '    "categories": { "secret": true, "pii": true },',
    '    // Per-rule level by rule id: "off", "error", "warning", "info" or "hint".',
    '    "rules": {},',
    '    // Team-specific rules. Regexes are checked for catastrophic backtracking before use, e.g.',
    '    // { "id": "acme-internal-token", "description": "ACME internal token", "category": "secret",',
    '    //   "keywords": ["acme_"], "regex": "(?<![\\\\w-])acme_[a-z0-9]{32}(?![\\\\w-])" }',
    '    "customRules": [],',
    '    // Never reported: files by .gitignore-style glob, values by regex, findings by fingerprint.',
    '    "allowlist": { "paths": [], "regexes": [], "fingerprints": [] }',
    '  },',
    '',
    '  // What happens when text with findings leaves the editor.',
    `  "guard": { "copy": ${j(DEFAULT_GUARD.copy)}, "paste": ${j(DEFAULT_GUARD.paste)}, "hooks": ${j(DEFAULT_GUARD.hooks)}, "failOpen": ${j(DEFAULT_GUARD.failOpen)} },`,
    '',
    '  // A local log of guard decisions (rule ids and previews, never values).',
    `  "audit": { "enabled": ${j(DEFAULT_AUDIT.enabled)}, "location": ${j(DEFAULT_AUDIT.location)}, "retainDays": ${DEFAULT_AUDIT.retainDays} }`,
    '}',
    '',
  );
  return lines.join('\n');
}
