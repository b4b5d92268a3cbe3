import { defineRule, fake } from '../defineRule';
import { credentialsUrlPattern } from './_connectionUrl';

// A password in a SQLAlchemy-style URL of a data warehouse or another database:
// snowflake://USER:PASSWORD@account/…, redshift+psycopg2://…, mssql+pyodbc://…, oracle://…,
// clickhouse://…, trino://…, databricks://token:…@…. Group `pw` is the password.
export default defineRule({
  id: 'warehouse-url-password',
  category: 'secret',
  description: 'Password in a Snowflake, Redshift, SQL Server, Oracle, ClickHouse, Trino or Databricks connection URL',
  keywords: ['snowflake', 'redshift', 'mssql', 'sqlserver', 'oracle', 'clickhouse', 'trino', 'presto', 'databricks', 'vertica', 'teradata', 'db2', 'ibm_db'],
  pattern: credentialsUrlPattern(
    String.raw`(?:snowflake|redshift|mssql|sqlserver|oracle(?:\+cx_oracle|\+oracledb)?|clickhouse|trino|presto|databricks|vertica|teradata(?:sql)?|db2|ibm_db_sa)(?:\+[a-z0-9_]{1,20})?`,
    0,
  ),
  secretGroup: 'pw',
  envName: 'DATABASE_URL',
  references: ['https://docs.sqlalchemy.org/en/20/core/engines.html#database-urls', 'https://docs.snowflake.com/en/developer-guide/python-connector/sqlalchemy'],
  examples: {
    positive: [
      `engine = create_engine("snowflake://SVC_TABLEAU:${fake('{a18}', 497)}.c@xq48213.eu-central-1/ANALYTICS/MARTS?warehouse=REPORTING_S")`,
      `SNOWFLAKE_RAW_URL: snowflake://SVC_GE:${fake('{a20}', 498)}@xq48213.eu-central-1/RAW/EHR?warehouse=LOADING_S`,
      // an Airflow connection: the account in the query, no host
      `AIRFLOW_CONN_SNOWFLAKE_DEFAULT='snowflake://SVC_AIRFLOW:${fake('{a20}', 499)}@/ANALYTICS/RAW?account=xk48211.eu-west-1&warehouse=WH_XS'`,
      `mssql+pyodbc://sa_reporting:${fake('{a16}', 499)}@sql01.acme.io:1433/claims?driver=ODBC+Driver+18`,
    ],
    negative: ['snowflake://${SNOWFLAKE_USER}:${SNOWFLAKE_PASSWORD}@acme/db', 'redshift+psycopg2://user:<password>@cluster.acme.io:5439/dev', 'snowflake://acme/db?authenticator=externalbrowser'],
  },
});
