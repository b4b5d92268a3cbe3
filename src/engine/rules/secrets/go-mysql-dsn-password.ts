import { defineRule, fake } from '../defineRule';
import { isRealUrlPassword } from './_connectionUrl';

// Go's database/sql MySQL driver DSN: user:password@tcp(host:port)/db (or @unix(/path)/db).
export default defineRule({
  id: 'go-mysql-dsn-password',
  category: 'secret',
  description: 'Password in a Go MySQL driver DSN (user:password@tcp(host)/db)',
  keywords: ['@tcp(', '@unix('],
  window: { before: 200, after: 8 },
  pattern: /(?<![\w.:%+-])[\w.%+-]{1,64}:([^\s"'`@/:]{4,128})@(?:tcp|unix)\(/gu,
  secretGroup: 1,
  validate: isRealUrlPassword,
  envName: 'MYSQL_PASSWORD',
  references: ['https://github.com/go-sql-driver/mysql#dsn-data-source-name'],
  examples: {
    positive: [
      `defaultDSN = "ingest:${fake('{a8}^{a8}', 1)}@tcp(mysql-ingest.prod.acme.de:3306)/events?parseTime=true"`,
      `db, err := sql.Open("mysql", "app:${fake('{a16}', 2)}@unix(/var/run/mysqld/mysqld.sock)/app")`,
    ],
    negative: [
      'dsn := "root:root@tcp(localhost:3306)/test"',
      'dsn := fmt.Sprintf("%s:%s@tcp(%s)/%s", user, pass, host, db)',
      'dsn := "app:${MYSQL_PASSWORD}@tcp(db:3306)/app"',
    ],
  },
});
