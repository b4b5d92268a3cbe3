/**
 * A function of the whole text, computed once per text: validators and filters ask many times
 * about the text being scanned, and a scanner goes through texts one at a time. Keeps the last
 * text and its value.
 */
export function perText<T>(compute: (text: string) => T): (text: string) => T {
  let last: { text: string; value: T } | undefined;
  return (text) => {
    if (last?.text !== text) last = { text, value: compute(text) };
    return last.value;
  };
}
