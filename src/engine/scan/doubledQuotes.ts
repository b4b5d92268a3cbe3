/**
 * JSON written into a CSV cell doubles its quotes (`{""type"":""REQUEST"",""headers"":{""x-api-key"":""…""}}`),
 * as CloudWatch Logs Insights, BigQuery and spreadsheet exports write it. Keyed rules read
 * `"key": "value"`, and `""x-api-key"":""…""` is neither. This view writes an opening `""` (after
 * `{`, `[`, `,` or `:`) as a space and a quote, and a closing one (before `,`, `:`, `}` or `]`) as a
 * quote and a space: the same length, so every offset stays where it was. Only in a text that holds
 * such a key (`"":`), and only around values: an empty string (`"name": ""`, `f(a, "")`) stays.
 */
const DOUBLED = /(?<=[{[,:])""(?=[\p{L}\p{N}_$@.{[+/-])|(?<=[\p{L}\p{N}_$@.}\]=+/-])""(?=[,:}\]])/gu;

export function doubledQuotes(text: string): string {
  if (!text.includes('"":')) return text;
  // (An opening pair follows one of `{[,:`; a closing one follows a value's character.)
  return text.replace(DOUBLED, (_m: string, at: number) => ('{[,:'.includes(text.charAt(at - 1)) ? ' "' : '" '));
}
