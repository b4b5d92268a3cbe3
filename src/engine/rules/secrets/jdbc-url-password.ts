import { defineRule, fake } from '../defineRule';
import { isRealUrlPassword } from './_connectionUrl';

export default defineRule({
  id: 'jdbc-url-password',
  category: 'secret',
  description: 'Password in a JDBC URL (;password=…, ?password=…, &password=… or Oracle thin user/password@)',
  keywords: ['jdbc:'],
  // jdbc:<subprotocol>…[;?&]password=<pw>, or jdbc:oracle:thin:user/<pw>@host (group "pw")
  pattern:
    /(?<![\w-])jdbc:(?:oracle:(?:thin|oci):(?<user>[^\s/@:;"'<>]{1,128})\/|[a-z0-9]{2,20}:[^\s"'<>]{0,300}?[;?&][ \t]{0,2}(?:password|pwd)[ \t]{0,2}=[ \t]{0,2})(?<pw>(?<=\/)[^;&\s"'<>@/]{1,256}|(?<!\/)[^;&\s"'<>]{1,256})/giu,
  secretGroup: 'pw',
  validate: isRealUrlPassword,
  envName: 'JDBC_PASSWORD',
  references: [
    'https://learn.microsoft.com/en-us/sql/connect/jdbc/building-the-connection-url',
    'https://jdbc.postgresql.org/documentation/use/#connecting-to-the-database',
    'https://docs.oracle.com/en/database/oracle/oracle-database/23/jjdbc/data-sources-and-URLs.html',
  ],
  examples: {
    positive: [
      `liquibase update --url jdbc:postgresql://pg.acme.io:5432/ledger?user=ledger&password=${fake('{a16}', 5)}`,
      `spring.datasource.url=jdbc:sqlserver://sql.acme.io:1433;databaseName=erp;user=erp_app;password=${fake('{a16}')};encrypt=true`,
      `jdbc:postgresql://pg.acme.io:5432/ledger?user=ledger&password=${fake('Tr{a6}!{d2}', 2)}&ssl=true`,
      `url: jdbc:oracle:thin:scott/${fake('{a12}', 3)}@//ora.acme.io:1521/ORCLPDB1`,
    ],
    negative: [
      'spring.datasource.url=jdbc:postgresql://pg.acme.io:5432/ledger',
      'jdbc:sqlserver://sql.acme.io:1433;databaseName=erp;user=erp_app;password=${DB_PASSWORD}',
      'jdbc:mysql://db:3306/shop?user=shop&password=password',
      'jdbc:oracle:thin:scott/<password>@//ora.acme.io:1521/ORCL',
      'jdbc:postgresql://pg/ledger?user=ledger&passwordFile=/run/secrets/pg',
    ],
  },
});
