// esbuild plugin: drops the `examples` of detection rules from the bundles. Examples are test
// data (the generic rules test reads them from the TypeScript sources); in a shipped bundle their
// near-miss literals (`xoxb-123-456-short`, `ghp_<token>`…) only add weight and trip secret
// scanners such as the one `vsce package` runs. Rules get `{ positive: [], negative: [] }`.
import { readFile } from 'node:fs/promises';
import ts from 'typescript';

// No `u` flag: esbuild evaluates onLoad filters with Go regular expressions.
const RULE_FILE = /[\\/]src[\\/]engine[\\/]rules[\\/](?:secrets|pii)[\\/][a-z0-9][^\\/]*\.ts$/;

/** The source with the `examples` property of every `defineRule({...})` call emptied. */
export function stripExamples(source, fileName) {
  const sf = ts.createSourceFile(fileName, source, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
  const spans = [];
  const visit = (node) => {
    if (ts.isCallExpression(node) && ts.isIdentifier(node.expression) && node.expression.text === 'defineRule') {
      const arg = node.arguments[0];
      if (arg && ts.isObjectLiteralExpression(arg)) {
        for (const p of arg.properties) {
          if (ts.isPropertyAssignment(p) && p.name.getText(sf) === 'examples') spans.push([p.initializer.getStart(sf), p.initializer.getEnd()]);
        }
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(sf);
  let out = source;
  for (const [start, end] of spans.sort((a, b) => b[0] - a[0])) out = `${out.slice(0, start)}{ positive: [], negative: [] }${out.slice(end)}`;
  return out;
}

export const stripRuleExamples = {
  name: 'strip-rule-examples',
  setup(build) {
    build.onLoad({ filter: RULE_FILE }, async (args) => ({
      contents: stripExamples(await readFile(args.path, 'utf8'), args.path),
      loader: 'ts',
    }));
  },
};
