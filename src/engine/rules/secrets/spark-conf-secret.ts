import { defineRule, fake } from '../defineRule';
import { isLiteralSecretValue } from './_generic';

// A secret in Spark's configuration, which `spark-defaults.conf` writes as a property name, white
// space and the value (no `=`: the generic assignment rules don't read it), and `spark-submit` as
// `--conf <name>=<value>`: S3A's `spark.hadoop.fs.s3a.secret.key`, the Snowflake connector's
// `sfPassword`, JDBC and Azure storage properties named for a password, secret or token.
export default defineRule({
  id: 'spark-conf-secret',
  category: 'secret',
  description: 'Secret in a Spark property (spark-defaults.conf or --conf): spark.hadoop.fs.s3a.secret.key, sfPassword, …password/secret/token',
  generic: true,
  keywords: ['spark.'],
  window: { before: 16, after: 240 },
  pattern:
    /(?:^|\n|--conf[ \t]{1,3}["']?)[ \t]*(spark\.[\w.-]{0,80}?(?:secret\.key|secret|password|sfPassword|passwd|token|credentials?|account\.key(?:\.[\w.-]{1,80})?))(?:[ \t]{1,40}|[ \t]*=[ \t]*)["']?([^\s"'#]{6,200})/gu,
  secretGroup: 2,
  validate: (s) => isLiteralSecretValue(s, false, 6) || /[^\w.-]/u.test(s),
  envName: 'SPARK_SECRET',
  references: ['https://spark.apache.org/docs/latest/configuration.html#spark-properties', 'https://hadoop.apache.org/docs/stable/hadoop-aws/tools/hadoop-aws/index.html#Authentication_properties'],
  examples: {
    positive: [
      `spark.hadoop.fs.s3a.access.key            AKIA${fake('{A16}', 1)}\nspark.hadoop.fs.s3a.secret.key            ${fake('{b40}', 2)}`,
      `spark.snowflake.sfPassword                ${fake('{a10}', 3)}^${fake('{a6}', 4)}`,
      `spark-submit --conf spark.hadoop.fs.azure.account.key.lakeprod.dfs.core.windows.net=${fake('{b86}', 5)}== job.py`,
    ],
    negative: [
      'spark.hadoop.fs.s3a.secret.key            ${S3_SECRET_KEY}',
      'spark.hadoop.fs.s3a.aws.credentials.provider  com.amazonaws.auth.DefaultAWSCredentialsProviderChain',
      'spark.authenticate.secret.file  /etc/spark/secret',
      'spark.sql.shuffle.partitions  200',
    ],
  },
});
