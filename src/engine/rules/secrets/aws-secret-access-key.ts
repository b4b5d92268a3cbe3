import { defineRule, fake, hasCharClasses, minEntropy } from '../defineRule';

export default defineRule({
  id: 'aws-secret-access-key',
  category: 'secret',
  description: 'AWS secret access key next to its key name or its access key ID',
  keywords: [
    'secret_access_key',
    'secretaccesskey',
    'secret-access-key',
    'secret.access.key',
    'secret access key',
    'aws_secret',
    'aws-secret',
    'awssecret',
    'aws.secret',
    'aws secret',
    'akia',
    'asia',
    's3a.secret.key',
  ],
  // The value (group 1) is exactly 40 base64 characters, after either
  //   a key naming it (aws_secret_access_key, AWS_SECRET_KEY, SecretAccessKey, "AWS Secret Access
  //   Key [None]:", Hadoop's fs.s3a.secret.key), then an assignment (= : => :=) or CLI whitespace
  //   (or the aligned columns of spark-defaults.conf), optional quote; or
  //   an AKIA/ASIA access key ID and a separator (, ; | tab : /; a space alone is not one), as in the
  //   credentials CSV or a chat ("`AKIA…` / `…`", "<code>AKIA…</code> / <code>…</code>"), or the
  //   aligned columns of a printed table (two spaces or more: a credential store's listing).
  // Every match holds one of the keywords within its first few characters and is at most ~190
  // long: the rule reads only around them, not the whole text (a text with `AKIA` in it is common).
  window: { before: 24, after: 200 },
  pattern:
    /(?:(?<![A-Za-z0-9])(?:aws[_. -]?secret[_. -]?(?:access[_. -]?)?key|secret[_. -]?access[_. -]?key|s3a\.secret\.key)(?:[ \t]{0,3}\[[^\]\n]{0,20}\])?["'`]?(?:[ \t]{0,5}(?:=|:=|=>|:)[ \t]{0,5}|[ \t]{1,40})["'`]?|(?<![A-Za-z0-9])(?:AKIA|ASIA)[A-Z0-9]{16}(?:(?:["'`*]{1,2}|<\/\w{1,8}>)?[ \t]{0,3}[,;|\t:/][ \t]{0,3}(?:["'`*]{1,2}|<\w{1,8}>)?| {2,60}))((?:[A-Za-z0-9/+]|%2[BFbf]){40})(?![A-Za-z0-9/+=%])/giu,
  secretGroup: 1,
  // (URL-encoded in a connection URI's password, `+` and `/` as %2B and %2F: Airflow's
  // `aws://AKIA…:…@` connection; read decoded.)
  validate: (s) => {
    const key = s.replace(/%2B/giu, '+').replace(/%2F/giu, '/');
    return hasCharClasses(key, 2) && minEntropy(key, 4);
  },
  envName: 'AWS_SECRET_ACCESS_KEY',
  references: ['https://docs.aws.amazon.com/IAM/latest/UserGuide/id_credentials_access-keys.html'],
  examples: {
    positive: [
      `aws_secret_access_key = ${fake('{b40}')}`,
      `export AWS_SECRET_ACCESS_KEY="${fake('{b40}', 7)}"`,
      `"SecretAccessKey": "${fake('{b40}', 11)}",`,
      `User name,Access key ID,Secret access key\ndeployer,${fake('AKIA{u16}')},${fake('{b40}', 12)}`,
      `AWS Secret Access Key [None]: ${fake('{b40}', 13)}`,
      `spark.hadoop.fs.s3a.secret.key              ${fake('{b40}', 16)}`,
      // an Airflow connection in its environment variable: the secret URL-encoded after the key id
      `AIRFLOW_CONN_AWS_LANDING=aws://${fake('AKIA{u16}', 101961)}:${fake('{a18}', 101962)}%2B${fake('{a21}', 101963)}@/?region_name=eu-west-1`,
      `Pasting the creds the job uses: <code>${fake('AKIA{u16}', 14)}</code> / <code>${fake('{b40}', 15)}</code>`,
      // a credential store's listing, its columns aligned with spaces
      `NAME          KIND   KEY ID                   SECRET\nci-deploy     aws    ${fake('AKIA{u16}', 101546)}     ${fake('{b40}', 101547)}`,
    ],
    negative: [
      `aws_secret_access_key = ${'wJalrXUtnFEMI/K7MDENG/bPxRfiCY' + 'EXAMPLEKEY'}`,
      `aws_secret_access_key = ${fake('{b39}')}`,
      'aws_secret_access_key = <your-secret-access-key>',
      'AWS_SECRET_ACCESS_KEY=${AWS_SECRET_ACCESS_KEY}',
      `secret_key = ${fake('{b40}')}`,
      `aws_secret_access_key: ${fake('{h40}')}`,
      `${fake('AKIA{u16}')} ${fake('{b40}', 12)}`,
    ],
  },
});
