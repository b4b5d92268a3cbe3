import { defineRule, fake } from '../defineRule';
import { isLiteralSecretValue } from './_generic';

// A database password in a PHP stack trace: PDO's constructor takes the DSN, the user and the
// password, and PHP prints a frame's arguments (`#0 …/Connector.php(65): PDO->__construct('mysql:host=…',
// 'billing', '<password>', Array)`) in Laravel's and Symfony's logs, in error pages and in pasted
// traces. The password is group 1.
export default defineRule({
  id: 'php-pdo-trace-password',
  category: 'secret',
  description: "Database password in a PHP stack trace's PDO->__construct(dsn, user, password) frame",
  generic: true,
  keywords: ['pdo->__construct', 'pdo::__construct', 'new pdo('],
  window: { before: 4, after: 400 },
  pattern: /\bPDO(?:->|::)__construct\('[^'\n]{1,200}', '[^'\n]{0,100}', '((?:[^'\\\n]|\\.){1,128})'/gu,
  secretGroup: [1],
  validate: (s) => isLiteralSecretValue(s, true, 4),
  envName: 'DB_PASSWORD',
  references: ['https://www.php.net/manual/en/pdo.construct.php', 'https://www.php.net/manual/en/ini.core.php#ini.zend.exception-ignore-args'],
  examples: {
    positive: [
      `#0 /var/www/app/vendor/laravel/framework/src/Illuminate/Database/Connectors/Connector.php(65): PDO->__construct('mysql:host=db01;port=3306;dbname=billing', 'billing', '${fake('{a10}', 4238)}^${fake('{a6}', 4239)}', Array)`,
    ],
    negative: [
      "#0 /var/www/app/vendor/laravel/framework/src/Illuminate/Database/Connectors/Connector.php(65): PDO->__construct('mysql:host=db01', 'billing', Object(SensitiveParameterValue), Array)",
      "PDO->__construct('sqlite::memory:', '', '', Array)",
    ],
  },
});
