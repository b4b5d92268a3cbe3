/** Every perText cache's way to drop its text (see forgetTexts). */
const forgetters: (() => void)[] = [];

/**
 * A function of the whole text, computed once per text: validators and filters ask many times
 * about the text being scanned, and a scanner goes through texts one at a time. Keeps the last
 * text and its value until the scan ends (see forgetTexts).
 */
export function perText<T>(compute: (text: string) => T): (text: string) => T {
  let last: { text: string; value: T } | undefined;
  forgetters.push(() => {
    last = undefined;
  });
  return (text) => {
    if (last?.text !== text) last = { text, value: compute(text) };
    return last.value;
  };
}

/** Registers a module's own per-text state to drop when a scan ends (see forgetTexts). */
export function onForgetTexts(forget: () => void): void {
  forgetters.push(forget);
}

/**
 * Drops every perText cache's text and value: called when a scan ends. A cache that only some
 * texts reach would otherwise keep a large text alive through the scans of the files after it
 * (a 10 MB log held while the next batch is read raises the CLI's peak memory).
 */
export function forgetTexts(): void {
  for (const forget of forgetters) forget();
}
