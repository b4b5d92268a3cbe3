import { defineRule } from '../defineRule';
import { isLiteralSecretValue } from './_generic';

export default defineRule({
  id: 'cli-password-argument',
  category: 'secret',
  description: 'Password passed on a command line (-pSECRET, --password VALUE, sshpass -p, docker login -p, curl -u user:SECRET)',
  generic: true,
  keywords: ['mysql', 'mariadb', 'mysqldump', 'sshpass', '--password', '--pass', 'mysqladmin', 'curl', 'docker', 'podman', 'nerdctl', 'buildah', '--requirepass', '--masterauth'],
  // mysql-family -p<secret> (no space), sshpass -p <secret>, or --password/--pass followed by a space
  // or `=` and a value: quoted (group 1 the quote, group 2 the value) or bare (group 3). Or curl's
  // -u/--user user:password (group 4 the quote, group 5 the password).
  pattern:
    /(?:\b(?:mysql|mariadb|mysqldump|mysqladmin)\b[^\n]{0,200}?[ \t]-p|\bsshpass[ \t]{1,3}-p[ \t]{0,3}|\b(?:docker|podman|nerdctl|buildah)[ \t]{1,3}login\b[^\n|;&]{0,200}?[ \t]-p(?:[ \t]{1,3}|=)|--(?:pass(?:word)?|requirepass|masterauth)(?:[ \t]{1,3}|=|["'],[ \t]{0,3}(?=["'])))(?:(["'])([^"'\r\n]{4,128}?)\1|([^\s"'`|;&]{4,128}))|\bcurl\b[^\n]{0,200}?[ \t](?:-u|--user)(?:[ \t]{1,3}|=)(["']?)[^\s:"'`$]{1,64}:([^\s"'`|;&]{4,128})\4(?![^\s"'`|;&])/gu,
  secretGroup: [2, 3, 5],
  validate: (_s, ctx) => {
    const m = ctx.match;
    const quoted = m[2] !== undefined || (m[4] !== undefined && m[4] !== '');
    const value = m[2] ?? m[3] ?? m[5] ?? '';
    if (value.startsWith('-')) return false;
    return isLiteralSecretValue(value, quoted, 4) && !/^[A-Za-z_]+$/u.test(value);
  },
  envName: 'DB_PASSWORD',
  references: ['https://dev.mysql.com/doc/refman/8.0/en/password-security-user.html'],
  examples: {
    positive: [
      'mysql -u root -pR00t-Pa55 -h db.internal shop',
      'sshpass -p "Wint3r!2024" ssh deploy@10.0.0.5',
      "docker login registry.acme-retail.net -u deploy -p 'Q0zbU95-2IyrqLdrHt'",
      'pg_dumpall --password s3cr3t-Dump1 > all.sql',
      'curl -u admin:Xk29vB7qLm4t https://internal.acme.io/deploy',
      'curl -sS --user "ci-bot:9fT2kLm8Qw3z" https://registry.acme.io/v2/',
      'wget --user=deploy --password=Tr0ub4dor-3x https://files.acme.io/build.tgz',
      '    command: ["redis-server", "--appendonly", "yes", "--requirepass", "nTTw8k2LpQ7vXz3RbY5c"]',
    ],
    negative: [
      'mysql -u root -p shop',
      'echo "$TOKEN" | docker login -u deploy --password-stdin ghcr.io && docker run -p 8080:80 nginx',
      'docker login -u deploy -p "$REGISTRY_TOKEN" registry.acme.io',
      'mysql -u root -p$MYSQL_PASSWORD shop',
      'sshpass -p "${SSH_PASS}" ssh host',
      'tool --password --verbose',
      'curl -u "$API_USER:$API_PASS" https://api.acme.io',
      'curl -u admin: https://internal.acme.io',
      'curl -u user:password https://httpbin.org/basic-auth/user/password',
      'curl -u "${USER}:${TOKEN}" https://api.acme.io',
    ],
  },
});
