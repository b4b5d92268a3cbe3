import { defineRule, fake } from '../defineRule';
import { isLiteralSecretValue } from './_generic';

/** Anonymous FTP's account, whose "password" is by convention an e-mail address or `guest`. */
const ANONYMOUS_USER = /^["']?(?:anonymous|ftp)["']?$/iu;

// A password passed as a literal to a client's login call: Python's smtplib, imaplib, poplib and
// ftplib (`s.login("reports@acme.io", "…")`), and the many SDKs shaped after them; or to a database
// connection after its address (PHP's `new PDO($dsn, "app", "…")`, also as a stack trace prints the
// call (`PDO->__construct('mysql:…', 'app', '…', Array)`, Laravel's `->createPdoConnection(…)`), `mysqli_connect("db", "app", "…")`,
// JDBC's `DriverManager.getConnection(url, "app", "…")`, Perl's `DBI->connect($dsn, 'app', '…', {…})`, its
// arguments often one to a line); or to Django's `User.objects.create_superuser("admin", "ops@…", "…")`
// (username, e-mail address, password), in a seed script or a shell one-liner. The user may be a literal or a name; the
// password must be a literal (a name or a call is a reference, not the value).
export default defineRule({
  id: 'login-call-password',
  category: 'secret',
  description: 'Password given as a literal to a login call (smtplib/imaplib/ftplib-style .login(user, "password")) or a database connection (new PDO, mysqli_connect, DriverManager.getConnection, DBI->connect) or Django’s create_superuser/create_user',
  keywords: ['.login(', 'new pdo(', 'pdo->__construct(', '->createpdoconnection(', 'mysqli_connect(', 'new mysqli(', 'mysql_connect(', 'getconnection(', 'dbi->connect', 'create_superuser(', 'create_user('],
  // (A connection's match starts before its keyword: `DriverManager.`.)
  window: { before: 16, after: 400 },
  pattern:
    /(?:\.login\(|(?:new PDO|PDO->__construct|->createPdoConnection|mysqli_connect|new mysqli|mysql_connect|DriverManager\.getConnection|DBI->connect(?:_cached)?|\.create_(?:super)?user)\([ \t]*(?:\r?\n[ \t]*)?(?:\$?[A-Za-z_][\w.]{0,80}|"[^"\n]{1,200}"|'[^'\n]{1,200}')[ \t]*,)[ \t]*(?:\r?\n[ \t]*)?((?:\$?[A-Za-z_][\w.]{0,80}|"[^"\n]{1,128}"|'[^'\n]{1,128}'))[ \t]*,[ \t]*(?:\r?\n[ \t]*)?(["'])([^"'\n\\]{4,128})\2[ \t]*[,)\r\n]/gu,
  secretGroup: 3,
  validate: (value, ctx) => !ANONYMOUS_USER.test(ctx.match[1] ?? '') && isLiteralSecretValue(value, true, 4),
  envName: 'SMTP_PASSWORD',
  references: ['https://docs.python.org/3/library/smtplib.html#smtplib.SMTP.login', 'https://cwe.mitre.org/data/definitions/798.html'],
  examples: {
    positive: [
      `server = smtplib.SMTP_SSL("smtp.gmail.com", 465)\nserver.login("reports@acme-shop.example.org", "${fake('{l16}', 100926)}")`,
      `imap = imaplib.IMAP4_SSL(HOST)\nimap.login(MAIL_USER, '${fake('{a8}', 100927)}!${fake('{d3}', 100928)}')`,
      `$db = new PDO('pgsql:host=db;dbname=shop', 'shop', '${fake('{a6}', 100958)}!${fake('{a6}', 100959)}');`,
      `#1 /var/www/shop/vendor/laravel/framework/src/Illuminate/Database/Connectors/Connector.php(44): Illuminate\\Database\\Connectors\\Connector->createPdoConnection('mysql:host=10.2...', 'shop_rw', '${fake('{a14}', 100992)}', Array)`,
      `$db = mysqli_connect('db', 'shop', '${fake('{a12}', 100960)}', 'shop_db');`,
      `Connection c = DriverManager.getConnection(JDBC_URL, "reports", "${fake('{a14}', 100961)}");`,
      // Perl's DBI, one argument to a line
      `my $dbh = DBI->connect(\n    'dbi:Pg:dbname=radius;host=db.internal;port=5432',\n    'radius', '${fake('{a12}', 101256)}.${fake('{l2}', 101257)}',\n    { RaiseError => 1 }\n) or die $DBI::errstr;`,
      // Django's seed script
      `python manage.py shell -c "from django.contrib.auth.models import User; User.objects.create_superuser('admin', 'ops@kestrel-rides.example.org', '${fake('{a8}', 101790)}.${fake('{d4}', 101791)}')"`,
    ],
    negative: [
      'server.login(os.environ["SMTP_USER"], os.environ["SMTP_PASSWORD"])',
      'server.login(user, password)',
      "ftp.login('anonymous', 'guest@example.com')",
      'client.login("admin", "${ADMIN_PASSWORD}")',
      '$pdo = new PDO($dsn, $user, $pass);',
      "$pdo = new PDO($dsn, getenv('DB_USER'), getenv('DB_PASS'));",
      "my $dbh = DBI->connect($dsn, $user, $ENV{DB_PASSWORD}, { RaiseError => 1 });",
      "User.objects.create_superuser('admin', 'ops@example.com', os.environ['DJANGO_SUPERUSER_PASSWORD'])",
      'User.objects.create_user(username, email, password)',
    ],
  },
});
