/** What a finding is about: a credential, or personal data. */
export type Category = 'secret' | 'pii';

/** How loudly a finding is reported. Adapters map it to their own levels. */
export type Severity = 'error' | 'warning' | 'info' | 'hint';

/** A half-open range of UTF-16 code-unit offsets into the scanned text. */
export interface Range {
  readonly start: number;
  readonly end: number;
}

/** What a validator sees besides the secret itself. */
export interface MatchContext {
  /** The whole scanned text. Validators may look around the match (context words). */
  readonly text: string;
  /** Offset of the secret in `text`. */
  readonly start: number;
  /** End offset (exclusive) of the secret in `text`. */
  readonly end: number;
  /** The full regex match (all groups). */
  readonly match: RegExpExecArray;
  /**
   * Whether one of the rule's `hints` occurs anywhere in `text`, case-insensitively: read off the
   * scanner's keyword pass, so a validator needs no whole-text regex of its own. Throws for a word
   * that no rule of the scanner declared as a hint and no helper registered as a shared one.
   */
  readonly hasHint: (word: string) => boolean;
}

/** A detection rule: a declarative record with at most one pure function. See STYLE.md section 4. */
export interface Rule {
  readonly id: string;
  readonly category: Category;
  readonly description: string;
  /** Lower-case literals for the prefilter; `[]` means the rule always runs. */
  readonly keywords: readonly string[];
  /**
   * Lower-case literals the validator asks about with `ctx.hasHint` (a column header anywhere in
   * the text, say). Found in the same pass as the keywords; they don't make the rule run. A helper
   * that several rules call registers its own words with `sharedHints` (scan/sharedHints.ts)
   * instead: its callers declare nothing.
   */
  readonly hints?: readonly string[];
  /** Flags must be `gu` (or `giu`); bounded quantifiers and explicit boundaries. */
  readonly pattern: RegExp;
  /**
   * The capture group (index or name) holding the secret; default: the whole match.
   * A list means "the first of these groups that participated" (for alternatives).
   */
  readonly secretGroup?: number | string | readonly number[];
  /** Pure check of the secret: checksum, Luhn, entropy, context. */
  readonly validate?: (secret: string, ctx: MatchContext) => boolean;
  /**
   * Off unless a policy or a setting gives the rule a level (`"rules": { "<id>": "info" }`): for
   * rules whose findings most teams don't count as sensitive (a colleague's given name alone).
   */
  readonly optIn?: boolean;
  /**
   * Its values are UUIDs by their format (a Consul token, a Pix random key, a phone's advertising
   * id): the shared filters, which drop a bare UUID as an id for every other rule, keep them.
   */
  readonly acceptsUuid?: boolean;
  readonly severity: Severity;
  /** Label used by the placeholder and pseudonym redaction strategies. */
  readonly redactAs: string;
  /** How many leading characters of the secret are a public, fixed prefix (shown in previews). */
  readonly publicPrefix: number;
  /** Suggested environment-variable name for the `env` redaction strategy. */
  readonly envName?: string;
  /**
   * Generic rules lose to the specific rules of their category on overlap: keyword + entropy
   * secrets to providers' formats, context-free personal data (a name in running text) to the
   * same data found in a context.
   */
  readonly generic: boolean;
  /**
   * Run the pattern only within this many characters around each keyword occurrence, instead of
   * over the whole text. For rules whose keywords are context words that stand near the value
   * (`twilio … auth_token = …`): the cost then follows the keyword hits, not the text size.
   * `before` counts back from the keyword's start, `after` forward from its end.
   */
  readonly window?: { readonly before: number; readonly after: number };
  /**
   * Wider windows for some of the keywords (each one a keyword of the rule, each window at least
   * the rule's own `window`): a column header (`first_name,`) is followed by rows, a label by one value.
   * A keyword of `keywordsAfterWord` may have a narrower one: it stands for one shape of match.
   */
  readonly keywordWindows?: Readonly<Record<string, { readonly before: number; readonly after: number }>>;
  /**
   * A keyword in the header row of a delimited table (a CSV export's `phone` or `first_name`)
   * labels every row below it: the rule's windows that end inside such a table run on to its end
   * (see scan/tables.ts). For the rules whose validators read a column's header (names, logins,
   * national ids, the CSV secret columns); off by default, as looking for the table a window ends
   * in costs every window a look at its last line.
   */
  readonly columns?: boolean;
  /**
   * Keywords (each one of the rule's) whose occurrences place a window only right after a letter,
   * a digit or one of `._%+-`: an e-mail address's `@`, not a JSDoc tag, a decorator or a mention.
   * They still switch the rule on wherever they occur.
   */
  readonly keywordsAfterWord?: readonly string[];
  /**
   * A promise that every match holds an occurrence of one of the rule's keywords right after which
   * this sticky (`y`) pattern matches: an assignment's operator after a key's name
   * (`api_key = …`). The other occurrences place no window (they still switch the rule on): in
   * code, most of a key word's occurrences are identifiers (`keys.map`, `token.type`), and their
   * windows made a generic rule search most of a source file. The generic rule test checks the
   * promise.
   */
  readonly keywordFollowedBy?: RegExp;
  /**
   * A promise about the pattern that lets the scanner run it only near digits: every match
   * contains two adjacent ASCII digits, starts at most `NEAR_DIGITS.before` code units before
   * the first such pair (lookbehinds included) and ends at most `NEAR_DIGITS.after` after its
   * start (lookaheads included). For always-on numeric rules (ids, card numbers), whose cost would
   * otherwise be a pass over every text. `'dense'` promises more: every match also holds a
   * cluster of `DENSE_DIGITS` (at least 7 digits with short gaps between their runs), so the
   * scanner looks only near such clusters. The generic rule test checks both promises.
   */
  readonly nearDigits?: boolean | 'dense';
  /**
   * A promise for a rule without keywords whose pattern needs a code unit of one non-ASCII range
   * (CJK, Hangul: the scanner reads the range from the pattern, see requiredCodeUnits): every match,
   * lookarounds included, starts at most `before` code units before such a code unit and ends at
   * most `after` code units after it. The scanner then runs the rule over the text near those code
   * units only: a source file with a few Japanese messages is no longer a pass per CJK rule. The
   * generic rule test checks the promise. `range` names the code units for a pattern that holds no
   * such range in every branch (a branch of ASCII dates whose validator checks the script nearby).
   */
  readonly nearScript?: { readonly before: number; readonly after: number; readonly range?: readonly [number, number] };
  /** Skip the shared false-positive filters (for rules whose validator already does it). */
  readonly skipFilters?: boolean;
  /**
   * The values whose other occurrences in the same text are this finding again (see
   * scan/echo.ts): for a person's name or login, the value itself when it is distinctive; for a
   * secret, its value when it is twelve characters or more. Without it, a finding stands alone.
   */
  readonly echoes?: (value: string) => readonly string[];
  /**
   * How this rule's values compare when one is the other end of many records (see scan/shared.ts):
   * a phone number's digits. A value that recurs on three or more lines, each beside a different
   * value of the rule, is an organisation's, not a person's, and is not reported. Without it, every
   * match stands on its own.
   */
  readonly sharedKey?: (value: string) => string;
  /**
   * With `sharedKey`: whether a match's context says it is a person's own (a number in a column of
   * mobiles), so that it is kept however often it recurs. It is still the other values' partner.
   */
  readonly isOwnValue?: (ctx: MatchContext) => boolean;
  readonly references: readonly string[];
  readonly examples: {
    readonly positive: readonly string[];
    readonly negative: readonly string[];
  };
}

/** One thing found in a text. Never holds the matched value itself. */
export interface Finding {
  readonly ruleId: string;
  readonly category: Category;
  readonly severity: Severity;
  /** Range of the secret (the secret group), UTF-16 offsets. */
  readonly range: Range;
  /** A preview that reveals nothing secret, e.g. `xoxb-…(54 chars)`. */
  readonly preview: string;
  /** Salted hash of rule id + value: stable across edits, safe to store in allowlists. */
  readonly fingerprint: string;
  /** Label for placeholders and pseudonyms (`email` gives `<EMAIL_1>`). */
  readonly label: string;
  /** How many leading characters are a public, fixed prefix (kept by the mask strategy). */
  readonly publicPrefix: number;
  /** Environment-variable name suggested for this finding (from the assignment, or the rule). */
  readonly envName?: string;
  /**
   * Other places in the same record that hold parts of this value: a person's given-name and
   * surname cells beside the whole name's (see scan/nameParts.ts). They are also findings of their
   * own; redacting this finding replaces them too.
   */
  readonly parts?: readonly Range[];
}
