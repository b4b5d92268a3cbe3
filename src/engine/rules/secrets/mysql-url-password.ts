import { defineRule, fake } from '../defineRule';
import { credentialsUrlPattern, isRealUrlPassword } from './_connectionUrl';

export default defineRule({
  id: 'mysql-url-password',
  category: 'secret',
  description: 'Password in a MySQL or MariaDB connection URL (mysql://, mariadb://)',
  keywords: ['mysql', 'mariadb'],
  // mysql|mariadb(+driver)://user:<password>@host… (the password, group "pw", is the secret)
  pattern: credentialsUrlPattern(String.raw`mysql(?:x|2)?(?:\+[a-z0-9]{1,20})?|mariadb(?:\+[a-z0-9]{1,20})?`, 0),
  secretGroup: 'pw',
  validate: isRealUrlPassword,
  envName: 'MYSQL_PASSWORD',
  references: ['https://dev.mysql.com/doc/refman/8.4/en/connecting-using-uri-or-key-value-pairs.html#connecting-using-uri'],
  examples: {
    positive: [
      // Rails' adapter scheme
      `  url: mysql2://reporting_ro:${fake('{a16}', 478)}@reporting.acme.io:3306/crm_reports`,
      `mysqlsh mysql://shop:${fake('{a18}', 5)}@mysql.prod.acme.io:3306/shop`,
      `DATABASE_URL=mysql://shop:${fake('{a18}')}@mysql.prod.acme.io:3306/shop`,
      `SQLALCHEMY_DATABASE_URI = 'mysql+pymysql://root:${fake('Qx{a6}#{d2}', 2)}@127.0.0.1/flask'`,
      `url: mariadb://wp:${fake('{a20}', 3)}@maria:3306/wordpress`,
    ],
    negative: [
      'DATABASE_URL=mysql://shop@mysql.prod.acme.io:3306/shop',
      'DATABASE_URL=mysql://root:root@localhost:3306/test',
      'DATABASE_URL=mysql://user:${MYSQL_PASSWORD}@db/shop',
      'DATABASE_URL=mysql://user:pass@localhost/shop',
      'DATABASE_URL=mysql://user:********@db/shop',
      `DATABASE_URL=postgres://app:${fake('{a16}', 4)}@db:5432/app`,
    ],
  },
});
