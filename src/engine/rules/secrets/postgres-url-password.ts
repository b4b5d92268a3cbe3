import { defineRule, fake } from '../defineRule';
import { credentialsUrlPattern, isRealUrlPassword } from './_connectionUrl';

export default defineRule({
  id: 'postgres-url-password',
  category: 'secret',
  description: 'Password in a PostgreSQL connection URL (postgres://, postgresql://, or Ecto\'s ecto://)',
  keywords: ['postgres', 'pgsql', 'postgis', 'cockroachdb', 'ecto://'],
  // postgres(ql)(+driver)://user:<password>@host…, or …?password=<password> (libpq URI query
  // parameter); the password, group "pw", is the secret
  pattern: credentialsUrlPattern(String.raw`(?:postgres(?:ql)?|pgsql|postgis|cockroachdb|ecto)(?:\+[a-z0-9]{1,20})?`, 0, true),
  secretGroup: 'pw',
  validate: isRealUrlPassword,
  envName: 'DATABASE_PASSWORD',
  references: ['https://www.postgresql.org/docs/current/libpq-connect.html#LIBPQ-CONNSTRING-URIS'],
  examples: {
    positive: [
      `psql postgresql://report:${fake('{a14}', 5)}@pg.acme.io/analytics`,
      `DATABASE_URL=postgres://app_user:${fake('{a16}')}@db.internal.acme.io:5432/app`,
      // Laravel's scheme
      `'url' => 'pgsql://legacy_shop:${fake('{a18}', 476)}@db.acme.io:5432/shop_v1',`,
      `engine = create_engine("postgresql+psycopg2://etl:${fake('Tr{a6}!{d2}', 2)}@10.0.3.17/warehouse?sslmode=require")`,
      `psql "postgresql://report:${fake('{a12}%40{a4}', 3)}@pg.acme.io/analytics"`,
      // an Elixir app's Ecto URL (Phoenix's runtime.exs; the Repo's adapter says which database)
      `    System.get_env("DATABASE_URL") ||\n      "ecto://mailer:${fake('{a18}-', 101599)}@10.8.0.12/mailer_prod"`,
      `PG_URI=postgresql://pg.acme.io:5432/ledger?user=ledger&password=${fake('{a16}', 6)}&sslmode=verify-full`,
      // an @ left unescaped in the password: the last @ before the host ends it
      `DATABASE_URL=postgresql://payhub:${fake('{a4}@?{a10}?{a8}', 7)}@pg-payhub-prod.int.acme.ch:5432/payhub?sslmode=require`,
    ],
    negative: [
      // a log scrubber's test pair: the textbook password, twice
      '("postgres://app:hunter2hunter2@db:5432/app", "postgres://app:[REDACTED]@db:5432/app"),',
      'DATABASE_URL=postgres://app_user@db.internal.acme.io:5432/app',
      'DATABASE_URL=postgres://app_user:${DB_PASSWORD}@db:5432/app',
      'DATABASE_URL=postgresql://user:password@localhost:5432/mydb',
      'DATABASE_URL=postgres://postgres:postgres@localhost:5432/dev',
      'DATABASE_URL=postgres://app:<password>@db:5432/app',
      'DATABASE_URL=postgres://app:{password}@db:5432/app',
      'DATABASE_URL=postgres://localhost:5432/app',
      'DATABASE_URL=postgresql://localhost/mydb?user=other&password=secret',
      `MYSQL_URL=mysql://app:${fake('{a16}', 4)}@db:3306/app`,
    ],
  },
});
