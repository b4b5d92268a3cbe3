import { z } from 'zod';

// The team policy file (`.prompt-hygiene.json`). This zod schema is the single source of truth:
// the TypeScript types, the validator used by `parsePolicy` and the committed JSON schema
// (schemas/policy.schema.json, written by scripts/genSchema.mjs) all come from it.
// Objects are strict, so a misspelt key is an error rather than a silently ignored setting.
// Defaults are NOT applied here (see defaults.ts): the parsed policy is what the file says.

/** The policy file format version this build understands. */
export const POLICY_VERSION = 1;

/** The file name looked up at a workspace folder's root. */
export const POLICY_FILE_NAME = '.prompt-hygiene.json';

/** Provider ids with built-in display names and templates; any other kebab-case id is allowed too. */
export const KNOWN_PROVIDER_IDS = ['anthropic', 'openai', 'github-copilot', 'google', 'microsoft', 'mistral', 'local', 'other'] as const;

/** Account tiers. Vendors' training terms usually differ by tier, not by vendor. */
export const PROVIDER_TIERS = ['consumer', 'team', 'enterprise', 'api', 'government', 'education'] as const;

/** What the team knows about whether the provider may train on its prompts. */
export const TRAINING_CONSENTS = ['opted-out', 'opted-in', 'exempt', 'unknown'] as const;

/** A rule's level in the policy: a severity, or `off`. */
export const RULE_LEVELS = ['off', 'error', 'warning', 'info', 'hint'] as const;

/** Severities a custom rule may declare. */
export const SEVERITIES = ['error', 'warning', 'info', 'hint'] as const;

const KEBAB = /^[a-z0-9]+(?:-[a-z0-9]+)*$/u;

/**
 * A schema-level message that steps aside for a missing value, so parsePolicy's own
 * "Missing required property" message is used there instead.
 */
const msg =
  (text: string) =>
  (iss: { readonly input?: unknown }): string | undefined =>
    iss.input === undefined ? undefined : text;

const DATE_MESSAGE = 'Expected a calendar date written as YYYY-MM-DD, e.g. "2025-01-31".';

// `patternErrorMessage` is a VS Code extension to JSON schema: the editor shows it instead of the regex.
const isoDate = (description: string) => z.iso.date({ error: msg(DATE_MESSAGE) }).meta({ description, patternErrorMessage: DATE_MESSAGE });

const KEBAB_MESSAGE = 'Use lower-case kebab-case, e.g. "my-rule".';

const nonEmpty = (description: string) => z.string().trim().min(1, { error: msg('Must not be empty.') }).meta({ description });

const TeamSchema = z
  .strictObject({
    name: nonEmpty('Team name, shown in the status bar tooltip and the policy details view.'),
    owner: nonEmpty('Who owns this policy (a person or a role).'),
    contact: nonEmpty('How to reach the owner: an e-mail address, chat channel or URL.').optional(),
  })
  .meta({ description: 'Who the policy belongs to and who to ask about it.' });

const ProviderIdSchema = z
  .union([
    z.enum(KNOWN_PROVIDER_IDS),
    z
      .string()
      .regex(KEBAB, { error: msg('Provider ids are lower-case kebab-case, e.g. "anthropic" or "my-gateway".') })
      .meta({ patternErrorMessage: KEBAB_MESSAGE }),
  ])
  .meta({ description: 'Which AI provider. Known ids get display names and opt-out steps; any other kebab-case id is allowed.' });

const ProviderSchema = z
  .strictObject({
    id: ProviderIdSchema,
    displayName: nonEmpty('Name shown to developers, e.g. "Claude". Defaults to a name derived from the id.').optional(),
    tier: z.enum(PROVIDER_TIERS).meta({ description: 'The account tier the team uses. Training terms usually differ by tier.' }),
    trainingConsent: z.enum(TRAINING_CONSENTS).meta({
      description:
        '"opted-out": training is switched off for this account; "opted-in": prompts may be used for training; "exempt": the tier is not used for training under its terms; "unknown": not verified yet.',
    }),
    retentionDays: z
      .number()
      .int({ error: msg('Expected a whole number of days.') })
      .min(0, { error: msg('Must be 0 or more days.') })
      .nullable()
      .optional()
      .meta({ description: 'How many days the provider keeps prompts under the current settings; null when unknown.' }),
    settingLocation: nonEmpty('Where the training setting lives, e.g. "Settings › Privacy › Help improve Claude".').optional(),
    verifiedOn: isoDate('When someone last checked the setting and terms (YYYY-MM-DD).').optional(),
    allowed: z.boolean().optional().meta({ description: 'May this assistant and tier be used for this workspace? Default true.' }),
    notes: z.string().optional().meta({ description: 'Free text, e.g. the contract or ticket that records the decision.' }),
  })
  .meta({ description: 'An AI assistant and account tier, and what the team knows about its training and retention.' });

const CustomRuleSchema = z
  .strictObject({
    id: z.string().regex(KEBAB, { error: msg('Rule ids are lower-case kebab-case, e.g. "acme-internal-token".') }).meta({
      description: 'Unique kebab-case id; used in diagnostics, directives and allowlists. Must not reuse a built-in rule id.',
      patternErrorMessage: KEBAB_MESSAGE,
    }),
    description: nonEmpty('One line that says what the rule finds.'),
    category: z.enum(['secret', 'pii']).meta({ description: 'Whether the rule finds a credential or personal data.' }),
    keywords: z
      .array(z.string().min(1, { error: msg('Keywords must not be empty.') }))
      .max(50, { error: msg('At most 50 keywords.') })
      .meta({
        description:
          'Literals that must occur in a text for the rule to run (case-insensitive prefilter). An empty list runs the rule on every text.',
      }),
    regex: z
      .string()
      .min(1, { error: msg('Must not be empty.') })
      .max(1000, { error: msg('At most 1000 characters.') })
      .meta({ description: 'JavaScript regular expression source, without slashes. Checked for syntax and catastrophic backtracking before use.' }),
    flags: z
      .string()
      .regex(/^[gimsu]*$/u, { error: msg('Only the flags g, i, m, s and u are allowed (g and u are always on).') })
      .optional()
      .meta({
        description: 'Regex flags from g, i, m, s, u. The rule always runs with g and u.',
        patternErrorMessage: 'Only the flags g, i, m, s and u are allowed.',
      }),
    severity: z.enum(SEVERITIES).optional().meta({ description: 'Default severity of findings (secret: error, pii: warning).' }),
  })
  .meta({ description: 'A team-specific detection rule.' });

const AllowlistSchema = z
  .strictObject({
    paths: z
      .array(z.string().min(1, { error: msg('Must not be empty.') }))
      .optional()
      .meta({ description: 'Files not scanned, as .gitignore-style globs relative to the workspace folder.' }),
    regexes: z
      .array(z.string().min(1, { error: msg('Must not be empty.') }).max(1000, { error: msg('At most 1000 characters.') }))
      .optional()
      .meta({ description: 'Matched values that are allowed, as JavaScript regex sources (tested against the matched value).' }),
    fingerprints: z
      .array(
        z
          .string()
          .regex(/^[0-9a-f]{16,64}$/u, { error: msg('Expected a finding fingerprint: 16 to 64 lower-case hex digits.') })
          .meta({ patternErrorMessage: 'Expected a finding fingerprint: 16 to 64 lower-case hex digits.' }),
      )
      .optional()
      .meta({ description: 'Fingerprints of findings that are allowed (shown by "Add to team allowlist").' }),
  })
  .meta({ description: 'What is never reported.' });

const DetectionSchema = z
  .strictObject({
    categories: z
      .strictObject({
        secret: z.boolean().optional().meta({ description: 'Report credentials. Default true.' }),
        pii: z.boolean().optional().meta({ description: 'Report personal data. Default true.' }),
      })
      .optional()
      .meta({ description: 'Switch whole categories on or off.' }),
    rules: z
      .record(z.string().regex(KEBAB, { error: msg('Rule ids are lower-case kebab-case.') }), z.enum(RULE_LEVELS))
      .optional()
      .meta({ description: 'Per-rule level by rule id: "off" or a severity. A severity also switches on an opt-in rule (off by default; the README marks them).' }),
    customRules: z.array(CustomRuleSchema).max(200, { error: msg('At most 200 custom rules.') }).optional().meta({
      description: 'Team-specific rules. Invalid or catastrophic regexes are rejected and never run.',
    }),
    allowlist: AllowlistSchema.optional(),
    attributions: z.boolean().optional().meta({
      description:
        'Report personal data in attributions: @author tags, copyright notices, Author:/Maintainer: lines, git trailers (Signed-off-by:), a manifest\'s contributors, a POM\'s developers. Default true. Set false for published or vendored code, whose credits are public by their authors\' choice.',
    }),
    fingerprintSalt: z
      .string()
      .min(8, { error: msg('Use at least 8 characters.') })
      .optional()
      .meta({ description: 'Team salt for finding fingerprints, so fingerprints cannot be compared across teams.' }),
  })
  .meta({ description: 'Detection settings shared by the editor, the CLI and the guards.' });

const GuardSchema = z
  .strictObject({
    copy: z.enum(['off', 'warn', 'redact']).optional().meta({ description: 'Copying text with findings: off, warn first, or redact. Default warn.' }),
    paste: z.enum(['off', 'warn', 'redact']).optional().meta({ description: 'Pasting text with findings: off, warn first, or redact. Default warn.' }),
    hooks: z.enum(['block', 'warn', 'off']).optional().meta({ description: 'Agent hooks: block prompts with findings, warn, or off. Default block.' }),
    failOpen: z.boolean().optional().meta({ description: 'Let text through when the guard itself fails. Default false.' }),
  })
  .meta({ description: 'What happens when text with findings leaves the editor.' });

const AuditSchema = z
  .strictObject({
    enabled: z.boolean().optional().meta({ description: 'Record guard decisions in a local audit log (rule ids and fingerprints, never values or previews). Default true.' }),
    location: z.enum(['workspace', 'global']).optional().meta({ description: 'Where the audit log is kept. Default workspace.' }),
    retainDays: z
      .number()
      .int({ error: msg('Expected a whole number of days.') })
      .min(1, { error: msg('Must be at least 1 day.') })
      .max(3650, { error: msg('At most 3650 days.') })
      .optional()
      .meta({ description: 'Days audit entries are kept. Default 30.' }),
  })
  .meta({ description: 'Local audit log of guard decisions.' });

/** The policy file's schema. */
export const PolicySchema = z
  .strictObject({
    $schema: z.string().optional().meta({ description: 'Path or URL of the JSON schema, for editors.' }),
    version: z.literal(POLICY_VERSION, { error: msg(`Unsupported policy version: this build understands version ${POLICY_VERSION}.`) }).meta({
      description: 'Policy format version. Always 1.',
    }),
    team: TeamSchema,
    reviewedOn: isoDate('When the policy was last reviewed (YYYY-MM-DD).'),
    reviewEveryDays: z
      .number()
      .int({ error: msg('Expected a whole number of days.') })
      .min(1, { error: msg('Must be at least 1 day.') })
      .max(3650, { error: msg('At most 3650 days.') })
      .optional()
      .meta({ description: 'Review interval in days; the status bar flags the policy as overdue afterwards. Default 90.' }),
    providers: z.array(ProviderSchema).max(100, { error: msg('At most 100 providers.') }).optional().meta({
      description: 'The assistants and tiers the team has assessed.',
    }),
    detection: DetectionSchema.optional(),
    guard: GuardSchema.optional(),
    audit: AuditSchema.optional(),
  })
  .meta({
    title: 'Prompt Hygiene team policy',
    description: "The team's AI data policy: which assistants may be used, their training and retention status, and detection settings.",
  });

/** A policy as written in the file (optional fields may be missing). */
export type Policy = z.infer<typeof PolicySchema>;
/** One provider entry of a policy. */
export type PolicyProvider = z.infer<typeof ProviderSchema>;
/** One custom rule of a policy. */
export type PolicyCustomRule = z.infer<typeof CustomRuleSchema>;
export type ProviderTier = (typeof PROVIDER_TIERS)[number];
export type TrainingConsent = (typeof TRAINING_CONSENTS)[number];
export type RuleLevel = (typeof RULE_LEVELS)[number];

/**
 * The JSON schema of the policy file (draft-07, which VS Code's JSON language service reads),
 * generated from `PolicySchema`. scripts/genSchema.mjs writes it to schemas/policy.schema.json.
 */
export function toPolicyJsonSchema(): Record<string, unknown> {
  return z.toJSONSchema(PolicySchema, { io: 'input', target: 'draft-7', unrepresentable: 'any' }) as Record<string, unknown>;
}
