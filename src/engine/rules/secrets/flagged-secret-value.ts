import { defineRule, fake } from '../defineRule';
import { isLiteralSecretValue } from './_generic';
import { native } from '../../scan/nativeRegex';

/** A flag in the same object that marks its value secret: Azure DevOps' `isSecret`, GitLab's `masked`, Terraform's `sensitive`, Octopus's `IsSensitive`. */
const SECRET_FLAG = native(/"(?:is_?secret|secret|sensitive|is_?sensitive|masked)"[ \t]*:[ \t]*true(?![\w])/iu);

/** How far to look for the object's braces on either side of the value. */
const OBJECT_REACH = 600;

/**
 * The flat object around a position: from the nearest `{` before it to the nearest `}` after it,
 * with no other brace between (a nested object is another object's). Undefined when there is none.
 */
function objectAround(text: string, start: number, end: number): string | undefined {
  const open = text.lastIndexOf('{', start);
  if (open === -1 || start - open > OBJECT_REACH || text.lastIndexOf('}', start) > open) return undefined;
  const close = text.indexOf('}', end);
  if (close === -1 || close - end > OBJECT_REACH) return undefined;
  const next = text.indexOf('{', end);
  if (next !== -1 && next < close) return undefined;
  return text.slice(open, close + 1);
}

// A value its own record flags as secret: a pipeline's variable group exported with its values
// (`"api-key": { "isSecret": true, "value": "…" }`), a CI system's variables (`"masked": true`), a
// state file's or a deploy tool's sensitive output. The flag is the writer's word that the value is a
// credential, whatever its shape; the value must still be a literal (not a reference or a mask).
export default defineRule({
  id: 'flagged-secret-value',
  category: 'secret',
  description: 'Value of a JSON record that flags it secret (isSecret, sensitive, masked: pipeline variable groups, CI variables, state outputs)',
  generic: true,
  keywords: ['issecret', 'is_secret', '"secret": true', '"secret":true', 'sensitive', '"masked"'],
  window: { before: OBJECT_REACH, after: OBJECT_REACH },
  pattern: /"(?:value|Value|secret_?value|secretValue)"[ \t]*:[ \t]*"((?:[^"\\\r\n]|\\[^\r\n]){6,1024})"/gu,
  secretGroup: 1,
  validate: (s, ctx) => {
    if (!isLiteralSecretValue(s, true, 6) || /^\*+$|^\$\(|^\$\{/u.test(s)) return false;
    const object = objectAround(ctx.text, ctx.start, ctx.end);
    return object !== undefined && SECRET_FLAG.test(object);
  },
  envName: 'SECRET',
  references: [
    'https://learn.microsoft.com/cli/azure/pipelines/variable-group/variable',
    'https://docs.gitlab.com/ee/api/project_level_variables.html',
    'https://developer.hashicorp.com/terraform/language/values/outputs#sensitive-suppressing-values-in-cli-output',
  ],
  examples: {
    positive: [
      `"variables": {\n  "bus-key": {\n    "isSecret": true,\n    "value": "${fake('{b43}', 101636)}="\n  }\n}`,
      `[{"variable_type": "env_var", "key": "DEPLOY_TOKEN", "value": "${fake('{a24}', 101637)}", "protected": true, "masked": true}]`,
      `"outputs": {\n  "db_password": {\n    "value": "${fake('{a12}', 101638)}#${fake('{a6}', 101639)}",\n    "type": "string",\n    "sensitive": true\n  }\n}`,
    ],
    negative: [
      // the same variable group's plain settings, and a secret the CLI prints without its value
      `"variables": {\n  "environment": {\n    "isSecret": false,\n    "value": "production-eu"\n  },\n  "api-key": {\n    "isSecret": true,\n    "value": null\n  }\n}`,
      // a reference to a key vault, and a masked display
      `{"key": "DB_PASSWORD", "value": "$(kv-db-password)", "masked": true}`,
      `{"name": "token", "value": "********", "sensitive": true}`,
      // the flag in a nested object, not the value's own
      `{"value": "eu-west-1", "meta": {"sensitive": true}}`,
    ],
  },
});
