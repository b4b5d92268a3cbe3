import { native } from '../../scan/nativeRegex';
import { defineRule, fake } from '../defineRule';
import { isLiteralSecretValue } from './_generic';
import { enclosingRecord } from '../pii/_context';

/** How far a parameter's record may reach on either side of its value. */
const RECORD_REACH = 600;
/** The record's type: an encrypted parameter's (the CLI's JSON, or Terraform's `type = "SecureString"`). */
const SECURE_STRING = native(/"Type"[ \t]*:[ \t]*"SecureString"|(?<![\w-])type[ \t]*=[ \t]*"SecureString"/u);


// AWS Systems Manager Parameter Store keeps secrets as SecureString parameters, encrypted with KMS;
// `aws ssm get-parameter(s) --with-decryption` and `get-parameters-by-path` print them decrypted, as
// JSON records with their `"Type": "SecureString"` beside the plain `"Value"`. Pasted into a ticket or
// a chat, every such value is a credential (a database password, a client secret, an API key),
// whatever it looks like. Without --with-decryption the value is KMS ciphertext, long base64 that
// starts `AQICAH`: not reported. Terraform's aws_ssm_parameter resource writes the same value in
// HCL (`type = "SecureString"`, `value = "…"`), in a .tf file committed or pasted.
export default defineRule({
  id: 'aws-ssm-secure-string',
  category: 'secret',
  description: 'Plain AWS SSM Parameter Store SecureString value (get-parameters --with-decryption output, a Terraform aws_ssm_parameter)',
  // (A provider's own rule names the value better where one matches: a Stripe key, a database URL.)
  generic: true,
  keywords: ['securestring'],
  window: { before: RECORD_REACH, after: RECORD_REACH },
  pattern: /"Value"[ \t]*:[ \t]*"((?:[^"\\\r\n]|\\.){4,4096})"|(?<![\w-])value[ \t]*=[ \t]*"((?:[^"\\\r\n]|\\.){4,4096})"/gu,
  secretGroup: [1, 2],
  validate: (value, ctx) => !value.startsWith('AQICAH') && isLiteralSecretValue(value, true, 4) && SECURE_STRING.test(enclosingRecord(ctx, RECORD_REACH) ?? ''),
  envName: 'SSM_PARAMETER_VALUE',
  references: ['https://docs.aws.amazon.com/systems-manager/latest/userguide/systems-manager-parameter-store.html', 'https://docs.aws.amazon.com/cli/latest/reference/ssm/get-parameters.html'],
  examples: {
    positive: [
      `{\n  "Parameters": [\n    {\n      "Name": "/prod/payments/db_password",\n      "Type": "SecureString",\n      "Value": "${fake('{a10}', 9101)}^${fake('{a7}', 9102)}",\n      "Version": 9\n    }\n  ]\n}`,
      `{"Parameter": {"Name": "/prod/crm/client_secret", "Value": "${fake('{a32}', 9103)}", "Type": "SecureString", "Version": 2}}`,
      `resource "aws_ssm_parameter" "zendesk" {\n  name  = "/helpdesk/zendesk_token"\n  type  = "SecureString"\n  value = "${fake('{a40}', 100875)}"\n}`,
    ],
    negative: [
      // a parameter created with a stand-in, its real value set in the console
      'resource "aws_ssm_parameter" "payfast_passphrase" {\n  name  = "/prod/payfast/passphrase"\n  type  = "SecureString"\n  value = "set-me-in-console"\n}',
      // a plain String parameter, and a SecureString read without --with-decryption
      `{"Parameter": {"Name": "/prod/crm/base_url", "Type": "String", "Value": "https://crm.example.net/api"}}`,
      `{"Parameter": {"Name": "/prod/crm/client_secret", "Type": "SecureString", "Value": "AQICAHh${fake('{b120}', 9104)}"}}`,
      `{"Parameter": {"Name": "/prod/crm/client_secret", "Type": "SecureString", "Value": "changeme"}}`,
      // Terraform: a String parameter, and a SecureString whose value comes from a variable
      `resource "aws_ssm_parameter" "url" {\n  name  = "/helpdesk/base_url"\n  type  = "String"\n  value = "${fake('{a24}', 100876)}"\n}`,
      'resource "aws_ssm_parameter" "token" {\n  name  = "/helpdesk/zendesk_token"\n  type  = "SecureString"\n  value = "${var.zendesk_token}"\n}',
    ],
  },
});
