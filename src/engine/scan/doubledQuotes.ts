/**
 * JSON written into a CSV cell doubles its quotes (`{""type"":""REQUEST"",""headers"":{""x-api-key"":""…""}}`),
 * as CloudWatch Logs Insights, BigQuery and spreadsheet exports write it. Keyed rules read
 * `"key": "value"`, and `""x-api-key"":""…""` is neither. This view writes an opening `""` (after
 * `{`, `[`, `,` or `:`) as a space and a quote, and a closing one (before `,`, `:`, `}` or `]`) as a
 * quote and a space: the same length, so every offset stays where it was. Only on a line that holds
 * such a key (`"":`), and only around values: an empty string (`"name": ""`, `f(a, "")`) stays.
 * (Per line: a CSV row whose cell quotes code, `"KEY"", ""value"`, is no JSON, and rewriting its
 * pairs split the cell in two, so every column lookup below a JSON cell's row read the wrong column.)
 */
const DOUBLED_AT = /(?<=[{[,:])""(?=[\p{L}\p{N}_$@.{[+/-])|(?<=[\p{L}\p{N}_$@.}\]=+/-])""(?=[,:}\]])/uy;

export function doubledQuotes(text: string): string {
  if (!text.includes('"":')) return text;
  // Each `""` is tried where it stands (a sticky search), as a global search would try them, left
  // to right: a whole-text search with these lookbehinds took 70 ms of a 5.4 MB bundle's scan.
  let out = '';
  let last = 0;
  let changed = false;
  // The line of the last pair looked at, and whether it holds a doubled-quote key.
  let lineEnd = -1;
  let lineHasKey = false;
  // The first doubled-quote key at or after the last line's start (-1: none is left; -2: not yet
  // looked for): looked for again only once a line starts past it, so the text is read for keys once.
  let key = -2;
  for (let i = text.indexOf('""'); i !== -1; ) {
    if (i >= lineEnd) {
      const lineStart = text.lastIndexOf('\n', i) + 1;
      const nl = text.indexOf('\n', i);
      lineEnd = nl === -1 ? text.length : nl;
      if (key !== -1 && key < lineStart) key = text.indexOf('"":', lineStart);
      lineHasKey = key !== -1 && key < lineEnd;
    }
    if (!lineHasKey) {
      i = text.indexOf('""', lineEnd);
      continue;
    }
    DOUBLED_AT.lastIndex = i;
    if (!DOUBLED_AT.test(text)) {
      i = text.indexOf('""', i + 1);
      continue;
    }
    // (An opening pair follows one of `{[,:`; a closing one follows a value's character.)
    out += text.slice(last, i) + ('{[,:'.includes(text.charAt(i - 1)) ? ' "' : '" ');
    changed = true;
    last = i + 2;
    i = text.indexOf('""', last);
  }
  return changed ? out + text.slice(last) : text;
}
