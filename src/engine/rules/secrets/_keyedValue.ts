// Shared pattern pieces for the context-only provider rules (a value that only counts as a secret
// next to a key name such as DD_API_KEY). Files starting with `_` are not rules.

/**
 * Between a key name and its value: an optional closing quote or bracket, then `=`, `:`, `:=`, `=>`,
 * a comma (`set("KEY", "value")`) or an opening parenthesis (`Client("value")`), then an optional
 * opening quote and an optional auth scheme word.
 */
/**
 * A typed declaration's colon, string type and `=`, read as one assignment operator: Python's
 * `api_key: str = `, pydantic's `: SecretStr = ` and `: Optional[str] = `, TypeScript's `: string = `,
 * Kotlin's and Swift's `: String = `, Rust's `: &str = ` and `: &'static [u8] = `. (Only string
 * types: `timeout: int = 30` assigns no secret.)
 */
export const TYPED_ASSIGN = String.raw`:[ \t]{0,3}(?:&(?:'static )?(?:\[u8\]|str)|str|string|String|SecretStr|Optional\[(?:str|SecretStr)\]|(?:str|SecretStr)[ \t]?\|[ \t]?None|CharSequence)[ \t]{0,3}=`;

// (Up to 16 spaces after the operator: `kubectl describe` aligns its values.)
export const ASSIGN = String.raw`["'\x60\]]{0,2}[ \t]{0,32}(?::=|=>|${TYPED_ASSIGN}|[:=,(])[ \t]{0,16}["'\x60]{0,2}[ \t]{0,2}(?:(?:Bearer|Token|Basic)[ \t]{1,3})?`;

/**
 * The source of "a key that matches `keys`, up to `tail` more key characters (e.g. `_PROD`), then an
 * assignment". Put the value's capture group right after it.
 */
export function keyPrefix(keys: string, tail = 24): string {
  return String.raw`(?:${keys})[\w.-]{0,${tail}}?${ASSIGN}`;
}

/**
 * A case-insensitive pattern whose group 1 is `value` when it follows one of `prefixes` (each a
 * regex source without capturing groups). `after` is the value's trailing boundary.
 */
export function prefixedValue(prefixes: readonly string[], value: string, after = String.raw`(?![\w-])`): RegExp {
  return new RegExp(String.raw`(?:${prefixes.join('|')})(${value})${after}`, 'giu');
}

/** The text of the `before` characters ahead of `start` (the context a validator may look at). */
export function textBefore(text: string, start: number, before: number): string {
  return text.slice(Math.max(0, start - before), start);
}
