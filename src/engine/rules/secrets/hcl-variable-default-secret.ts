import { native } from '../../scan/nativeRegex';
import { defineRule, fake } from '../defineRule';
import { isLiteralSecretValue } from './_generic';

/** A variable named for a secret: `vcenter_password`, `db_admin_secret`, `api_token`, `ssh_private_key`, PagerDuty's `routing_key`. */
const SECRET_NAME = native(/(?:password|passwd|passphrase|secret|token|api_?key|apikey|private_?key|access_?key|routing_?key|integration_?key|signing_?key|credentials?)(?:_\d+)?$/iu);
/** The block marks its value sensitive: its author says it is a secret, whatever its name (`grafana_sa`). */
const SENSITIVE = native(/\bsensitive[ \t]*=[ \t]*true\b/u);
/** Names that end in a secret's word but hold something else about it. */
const NOT_SECRET_NAME = native(/(?:_name|_id|_arn|_path|_file|_length|_ttl|_version|_policy|_type|_url|_count|_enabled|_rotation)$|^(?:min|max)_|token_(?:ttl|expir)/iu);

// A Terraform, OpenTofu or Packer input variable named for a secret, with its secret written in as
// the default (`variable "vcenter_password" { sensitive = true, default = "…" }`): `sensitive`
// hides it from plan output, not from the repository. The default is group 2: any characters but an
// interpolation's `${` (a `$` alone is a password's character).
export default defineRule({
  id: 'hcl-variable-default-secret',
  category: 'secret',
  description: 'Secret written as the default of a Terraform or Packer variable named for one (variable "db_password" { default = "…" })',
  generic: true,
  keywords: ['variable'],
  window: { before: 0, after: 700 },
  pattern: /\bvariable[ \t]+"([A-Za-z0-9_-]{1,80})"[ \t]*\{[^{}]{0,600}?\bdefault[ \t]*=[ \t]*"((?:[^"\r\n$]|\$(?!\{)){4,256})"/gu,
  secretGroup: [2],
  validate: (s, ctx) => {
    const name = ctx.match[1] as string;
    return (SECRET_NAME.test(name) || SENSITIVE.test(ctx.match[0])) && !NOT_SECRET_NAME.test(name) && isLiteralSecretValue(s, true, 6);
  },
  envName: 'TF_VAR_PASSWORD',
  references: ['https://developer.hashicorp.com/terraform/language/values/variables#suppressing-values-in-cli-output', 'https://developer.hashicorp.com/packer/docs/templates/hcl_templates/variables'],
  examples: {
    positive: [
      `variable "vcenter_password" {\n  type      = string\n  sensitive = true\n  default   = "${fake('{a18}', 4210)}"\n}`,
      `variable "build_password" {\n  default = "${fake('{a12}', 4211)}"\n}`,
      `variable "datadog_api_key" { default = "${fake('{h32}', 4212)}" }`,
      `variable "pagerduty_routing_key" {\n  type    = string\n  default = "${fake('{h32}', 101043)}"\n}`,
      `variable "grafana_sa" {\n  type      = string\n  sensitive = true\n  default   = "${fake('{a24}', 101042)}"\n}`,
      // a `$` inside the password, no interpolation
      `variable "db_admin_password" {\n  type      = string\n  sensitive = true\n  default   = "${fake('{a8}', 101797)}=$3#${fake('{a8}', 101798)}"\n}`,
    ],
    negative: [
      'variable "db_password" {\n  type      = string\n  sensitive = true\n}',
      'variable "db_password_secret_name" {\n  default = "prod/db/password"\n}',
      'variable "admin_password" {\n  default = "changeme"\n}',
      `variable "region" {\n  default = "eu-central-1"\n}`,
      'variable "db_username" {\n  sensitive = true\n  default   = "admin"\n}',
      'variable "db_password" {\n  default = "${var.env}-db-password"\n}',
    ],
  },
});
