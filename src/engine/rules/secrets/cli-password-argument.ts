import { defineRule } from '../defineRule';
import { isLiteralSecretValue } from './_generic';

export default defineRule({
  id: 'cli-password-argument',
  category: 'secret',
  description: 'Password passed on a command line (-pSECRET, --password VALUE, sshpass -p)',
  generic: true,
  keywords: ['mysql', 'mariadb', 'mysqldump', 'sshpass', '--password', '--pass', 'mysqladmin'],
  // mysql-family -p<secret> (no space), sshpass -p <secret>, or --password/--pass followed by a space
  // and a value; quoted (group 1) or bare (group 2)
  pattern:
    /(?:\b(?:mysql|mariadb|mysqldump|mysqladmin)\b[^\n]{0,200}?[ \t]-p|\bsshpass[ \t]{1,3}-p[ \t]{0,3}|--pass(?:word)?[ \t]{1,3})(?:(["'])([^"'\r\n]{4,128}?)\1|([^\s"'`|;&]{4,128}))/gu,
  secretGroup: [2, 3],
  validate: (_s, ctx) => {
    const quoted = ctx.match[2] !== undefined;
    const value = (quoted ? ctx.match[2] : ctx.match[3]) ?? '';
    if (value.startsWith('-')) return false;
    return isLiteralSecretValue(value, quoted, 4) && !/^[A-Za-z_]+$/u.test(value);
  },
  envName: 'DB_PASSWORD',
  references: ['https://dev.mysql.com/doc/refman/8.0/en/password-security-user.html'],
  examples: {
    positive: [
      'mysql -u root -pR00t-Pa55 -h db.internal shop',
      'sshpass -p "Wint3r!2024" ssh deploy@10.0.0.5',
      'pg_dumpall --password s3cr3t-Dump1 > all.sql',
    ],
    negative: ['mysql -u root -p shop', 'mysql -u root -p$MYSQL_PASSWORD shop', 'sshpass -p "${SSH_PASS}" ssh host', 'tool --password --verbose'],
  },
});
