import { defineRule, fake } from '../defineRule';
import { isLiteralSecretValue, isRandomToken, isScrambledLetters } from './_generic';
import { native } from '../../scan/nativeRegex';

/** A key's or a token's flag, as the pattern's branch for them reads it. */
const KEY_FLAG = native(/^--(?:[a-z]{2,16}[.-])?(?:(?:api|server|encryption|signing|access|auth|master|session)[_-]key|(?:(?:api|auth|access)[_-])?token)/u);

export default defineRule({
  id: 'cli-password-argument',
  category: 'secret',
  description: 'Password or key passed on a command line (-pSECRET, --password or --admin-password VALUE, --api-key or --socket.server_key KEY, -password VALUE (Unity), steamcmd +login user SECRET, sshpass -p, mosquitto -P, hdbsql -p, docker login -p, redis-cli -a, keytool -storepass, curl -u user:SECRET, smbclient -U user%SECRET, lftp -u user,SECRET, net use /user:X SECRET, cmdkey /pass:, rabbitmqadmin -p, racadm -p (iDRAC), ilorest -p (iLO), security create-keychain -p, security import -P, any command’s -u USER -p SECRET, ldapsearch -w, swaks --auth-password)',
  generic: true,
  keywords: [
    'mysql', 'mariadb', 'mysqldump', 'sshpass', 'racadm', 'ilorest', '--password', '--pass', '-pass', 'mysqladmin', 'curl', 'docker', 'podman', 'nerdctl', 'buildah',
    '--requirepass', '--masterauth', '--api-secret', '--client-secret', '--secret-key',
    // a key's or a token's flag (`--api-key`, a game server's `--socket.server_key`, `--session.encryption_key`, a script's bare `--token`)
    '--api-key', '--api_key', '--server-key', '--server_key', '.server_key', '.server-key', '--encryption-key', '--encryption_key', '.encryption_key', '.encryption-key', '--signing-key', '--signing_key', '--access-key', '--access_key', '--auth-key', '--master-key', '--master_key', '--session-key', '--token', '--api-token', '--api_token', '--auth-token', '--auth_token', '--access-token', '--access_token', 'redis-cli', 'ipmitool', 'htpasswd', 'openssl', 'keytool', 'jarsigner', '-pass pass:', 'smbclient', 'rpcclient', 'smbmap', 'smbget', 'smbcacls',
    'sqlcmd', 'osql', 'isql', 'bcp ', 'mosquitto_', 'hdbsql', 'rabbitmqadmin', 'lftp', 'ldapsearch', 'ldapmodify', 'ldapadd', 'ldapdelete', 'ldappasswd', 'ldapwhoami', 'ldapcompare', 'ldapmodrdn', 'ldapexop', '--auth-password', 'create-keychain', 'unlock-keychain', 'security import', '--conn-password', 'net use', 'cmdkey', '-password', 'steamcmd',
    // any command's user and password flags in a row (`-u admin -p '…'`: Mirth's mccommand, a database client)
    ' -u ',
  ],
  // Every match ends within ~450 characters after its command or flag (200 of arguments before the
  // flag, or 300 back to openssl/keytool, then the value): scanned only there.
  window: { before: 16, after: 480 },
  // mysql-family -p<secret> (no space), SQL Server's sqlcmd/osql/bcp -P <secret>, sshpass -p <secret>, or --password/--pass followed by a space
  // or `=`, redis-cli -a, htpasswd -b [file] user, openssl -k / -passin pass:, keytool's and
  // jarsigner's -storepass/-keypass, apksigner's --ks-pass pass:, and then a value. (The openssl
  // and keytool flags look back for their command, so each of a command's passwords is a match.) quoted (group 1 the quote, group 2 the value) or bare (group 3). Or curl's
  // -u/--user user:password (group 4 the quote, group 5 the password).
  pattern:
    /(?:\b(?:mysql|mariadb|mysqldump|mysqladmin)\b[^\n]{0,200}?[ \t]-p(?!assword[=\s])|\b(?:sqlcmd|osql|isql|bcp|ipmitool|mosquitto_sub|mosquitto_pub|mosquitto_rr)\b[^\n|;&]{0,200}?[ \t]-P[ \t]{1,3}|\bhdbsql\b[^\n|;&]{0,200}?[ \t]-p[ \t]{1,3}|\bsshpass[ \t]{1,3}-p[ \t]{0,3}|\b(?:rabbitmqadmin|racadm|ilorest)\b[^\n|;&]{0,200}?[ \t]-p[ \t]{1,3}|\bsecurity[ \t]{1,3}(?:create|unlock)-keychain\b[^\n|;&]{0,100}?[ \t]-p[ \t]{1,3}|\bsecurity[ \t]{1,3}import\b[^\n|;&]{0,300}?[ \t]-P[ \t]{1,3}|\b(?:docker|podman|nerdctl|buildah)[ \t]{1,3}login\b[^\n|;&]{0,200}?[ \t]-p(?:[ \t]{1,3}|=)|\bnet[ \t]{1,3}use\b[^\n|;&]{0,200}?[ \t]\/u(?:ser)?:[^\s"]{1,64}[ \t]{1,3}(?=[^\/\s])|\bcmdkey\b[^\n|;&]{0,200}?[ \t]\/pass:|--(?:(?:(?!(?:no|ask|prompt|skip|show|generate|random|require|use|with|without|stdin|empty|read|force|print|reset|ks|key)-)[a-z]{2,16}-)?pass(?:word|phrase)?|requirepass|masterauth|api-secret|client-secret|secret-key|(?:[a-z]{2,16}[.-])?(?:api|server|encryption|signing|access|auth|master|session)[_-]key|(?:(?:api|auth|access)[_-])?token)(?:[ \t]{1,3}|=|["'],[ \t]{0,3}(?=["']))|\bredis-cli\b[^\n|;&]{0,200}?[ \t]-a[ \t]{1,3}|\bldap(?:search|modify|add|delete|passwd|whoami|compare|modrdn|exop)\b[^\n|;&]{0,300}?[ \t]-w[ \t]{1,3}|\bhtpasswd[ \t]{1,3}-[a-zA-Z]{0,4}b[a-zA-Z]{0,4}[ \t]{1,3}(?:-[a-zA-Z]{1,4}[ \t]{1,3})?(?:[^\s|;&<>-][^\s|;&<>]{0,199}[ \t]{1,3})?[^\s|;&<>]{1,64}[ \t]{1,3}|-(?:pass(?:in|out)?[ \t]{1,3}pass:|k[ \t]{1,3})(?<=\bopenssl\b[^\n|;&]{0,300}[ \t]-[a-z]{1,7}[ \t]{1,3}(?:pass:)?)|-(?:src|dest|new)?(?:store|key)pass[ \t]{1,3}(?<=\b(?:keytool|jarsigner)\b(?:[^\n|;&]|\\\r?\n){0,300}[ \t]-[a-z]{1,16}[ \t]{1,3})|--(?:ks|key)-pass[ \t]{1,3}pass:|-password(?<=(?<![\w-])-password)(?:[ \t]{1,3}|=)|\bsteamcmd\b[^\n|;&]{0,200}?[ \t]\+login[ \t]{1,3}[^\s"'+]{1,64}[ \t]{1,3}|(?<=[ \t])-u[ \t]{1,3}[^\s"'|;&<>-][^\s"'|;&<>]{0,63}[ \t]{1,3}-p[ \t]{1,3})(?:(["'])([^"'\r\n]{4,128}?)\1|([^\s"'`|;&]{4,128}))|\bcurl\b[^\n]{0,200}?[ \t](?:-u|--user)(?:[ \t]{1,3}|=)(["']?)[^\s:"'`$]{1,64}:(?:([^\s"'`|;&]{4,128})\4|(?<=[ \t=][^\s:"'`$]{1,64}:)'([^'\n]{4,128})'|(?<=[ \t=][^\s:"'`$]{1,64}:)"([^"\n]{4,128})")(?![^\s"'`|;&])|\b(?:smbclient|rpcclient|smbmap|smbget|smbcacls)\b[^\n]{0,200}?[ \t](?:-U|--user)(?:[ \t]{1,3}|=)(["']?)[^\s%"'`$]{1,64}%([^\s"'`|;&]{4,128})\8(?![^\s"'`|;&])|\blftp\b[^\n]{0,200}?[ \t]-u[ \t]{1,3}[^\s,"'`$]{1,64},(?:'([^'\n]{4,128})'|"([^"\n]{4,128})"|([^\s"'`|;&,]{4,128}))(?![^\s"'`|;&])/gu,
  secretGroup: [2, 3, 5, 6, 7, 9, 10, 11, 12],
  validate: (_s, ctx) => {
    const m = ctx.match;
    // (curl's user:password of mixed letters and digits is a literal even bare: `-u svc:FIlo5.TwZb…` is no member expression.)
    const mixed = m[5] !== undefined && /[a-z]/u.test(m[5]) && /[A-Z]/u.test(m[5]) && /\d/u.test(m[5]);
    // (Groups 6 and 7: curl's password quoted alone, `-u marloes:'…'`.)
    // (Groups 10 to 12: lftp's `-u user,password`, quoted or bare.)
    const quoted = m[2] !== undefined || mixed || (m[4] !== undefined && m[4] !== '') || m[6] !== undefined || m[7] !== undefined || (m[8] !== undefined && m[8] !== '') || m[10] !== undefined || m[11] !== undefined;
    const value = m[2] ?? m[3] ?? m[5] ?? m[6] ?? m[7] ?? m[9] ?? m[10] ?? m[11] ?? m[12] ?? '';
    // (A flag's or a steamcmd command's place: `+login anonymous +app_update`.)
    if (value.startsWith('-') || value.startsWith('+')) return false;
    // A key's or a token's flag takes a random value (a file's path or a variable's name is none).
    if (KEY_FLAG.test(m[0])) return isLiteralSecretValue(value, quoted, 16) && isRandomToken(value, 16, 3.3);
    // (Letters alone name a database or a variable, `-pshop`; twelve or more in scrambled case are a password, `-pTMmiMq…`.)
    return isLiteralSecretValue(value, quoted, 4) && (!/^[A-Za-z_]+$/u.test(value) || isScrambledLetters(value));
  },
  envName: 'DB_PASSWORD',
  references: ['https://dev.mysql.com/doc/refman/8.0/en/password-security-user.html'],
  examples: {
    positive: [
      // a game server's keys on its command line, in a compose file
      `    command: nakama --name node1 --socket.server_key ${fake('{a32}', 101573)} --session.encryption_key ${fake('{a32}', 101574)}`,
      // a deploy script's bare --token, in a shell history
      `./deploy.sh --env prod --token ${fake('{a40}', 101663)}`,
      `lftp -u svc_upload,'${fake('{a10}', 8101)}%${fake('{d2}', 8102)}' sftp://sftp.example.net -e "mirror /out; bye"`,
      `lftp -u backup,${fake('{a8}', 8103)}${fake('{d3}', 8104)} ftp://files.example.org`,
      'mysql -u root -pR00t-Pa55 -h db.internal shop',
      // sixteen letters in scrambled case
      `mysql -h erp-mysql.staging.internal -u seed_loader -p${fake('{A2}{a2}{A1}{a1}{A5}{a1}{A1}', 100996)}${fake('{A3}', 100997)} erp_staging`,
      'sshpass -p "Wint3r!2024" ssh deploy@10.0.0.5',
      // a Dell server's iDRAC, remotely
      `racadm -r idrac-r740-07.mgmt -u root -p ${fake('{a3}', 100912)}_${fake('{a8}', 100913)} getsysinfo`,
      // a release script's jarsigner call over continued lines
      "jarsigner -verbose \\\n  -keystore release.jks \\\n  -storepass 'Nw7!stor3-pass' \\\n  app.aab upload",
      `confluent api-key store --resource lkc-${fake('{l6}', 93)} --api-key ${fake('{A16}', 91)} --api-secret "${fake('{a64}', 92)}"`,
      `ldapsearch -x -H ldaps://ldap.corp.internal -D "cn=svc-wiki,ou=services,dc=corp,dc=internal" -w '${fake('{a16}', 4160)}' -b "ou=people,dc=corp,dc=internal" "(uid=*)"`,
      `swaks --to ops@corp.example.net --server smtp.corp.example.net:587 --auth LOGIN --auth-user alerts@corp.example.net --auth-password '${fake('{a14}', 4161)}'`,
      `ipmitool -I lanplus -H 10.0.8.21 -U ADMIN -P '${fake('{a6}', 831)}#${fake('{a8}', 832)}' chassis power cycle`,
      `# redis-cli -h cache.prod.internal -a ${fake('{A3}', 833)}.${fake('{a18}', 834)}-R --no-auth-warning INFO keyspace`,
      "docker login registry.acme-retail.net -u deploy -p 'Q0zbU95-2IyrqLdrHt'",
      'pg_dumpall --password s3cr3t-Dump1 > all.sql',
      'curl -u admin:Xk29vB7qLm4t https://internal.acme.io/deploy',
      "smbclient //nas01/backup -U 'CORP\\svc-backup%PfAoTlxW52BqR8IJ' -c 'put dump.sql.gz'",
      'curl -sS --user "ci-bot:9fT2kLm8Qw3z" https://registry.acme.io/v2/',
      'wget --user=deploy --password=Tr0ub4dor-3x https://files.acme.io/build.tgz',
      `gpg --batch --yes --passphrase '${fake('{a18}_{a9}', 835)}' -c "$DUMP"`,
      '    command: ["redis-server", "--appendonly", "yes", "--requirepass", "nTTw8k2LpQ7vXz3RbY5c"]',
      'redis-cli -h cache.internal -p 6379 -a Zq8vR3nT0pLm ping',
      'htpasswd -b /etc/nginx/.htpasswd ops K7m2Pq9xT4vn',
      'htpasswd -nb ops K7m2Pq9xT4vw',
      "htpasswd -b -c /etc/nginx/.htpasswd ops 'K7m2Pq9xT4vx'",
      `mosquitto_pub -h mqtt.example.internal -p 8883 -u ingest -P '${fake('{a10}', 836)}!' -t fleet/test -m ping`,
      `hdbsql -n db-qas.example.internal:31015 -u MIGRATION -p '${fake('{a12}', 837)}*' -d QAS`,
      'openssl pkcs12 -export -in cert.pem -inkey key.pem -out app.p12 -passout pass:Vb7nQ2mX9kLt',
      'openssl enc -aes-256-cbc -salt -in backup.tar -out backup.enc -k Rj4nW8pZ2qTs',
      'keytool -importkeystore -srckeystore app.p12 -srcstoretype PKCS12 -destkeystore release.jks -deststorepass Hx5mN8qR2vLp -srcstorepass Hx5mN8qR2vLp',
      'jarsigner -keystore release.jks -storepass Tg6pK3nV9xWq app.apk upload',
      'apksigner sign --ks release.jks --ks-pass pass:Ws2nH7kQ4pZm app.apk',
      'sqlcmd -S sql-prod.corp.local -U report_app -P "q7+Rw%Zk2=Lm4x" -d Reports -Q "select 1"',
      ": 1717838040:0;curl -u marloes:'lixRe!ay?#sNUwS' -k https://nas.local:5001/webapi/auth.cgi",
      `net use Z: \\\\FS01\\Finance /user:CORP\\a.example ${fake('{A1}{a9}', 836)}-Sadam7 /persistent:no`,
      `cmdkey /add:fs01.corp.local /user:CORP\\svc-backup /pass:${fake('{a12}', 837)}`,
      'rabbitmqadmin -H rmq.internal -u admin -p Vq7xR-2nTzLm4 -V orders list queues',
      "security create-keychain -p 'ci-Keychain-Hq7Lm2' \"$KEYCHAIN\"",
      `security import certs/distribution.p12 -k ~/Library/Keychains/build.keychain-db -P ${fake('{a6}', 100975)}*${fake('{a6}', 100976)} -T /usr/bin/codesign`,
      "airflow connections add warehouse --conn-type snowflake --conn-login etl --conn-password 'Wq8zT3-nVr5Lp'",
      // Unity's licence activation in CI, and steamcmd's login (user, then password)
      `/opt/unity/Editor/Unity -batchmode -quit -nographics \\\n  -username "ci@studio.example" -password "!${fake('{a13}', 101197)}" \\\n  -serial "$UNITY_SERIAL" -logFile -`,
      `steamcmd +login studio_ci "${fake('{a16}', 101198)}" +run_app_build "$(pwd)/app_build.vdf" +quit`,
      // a prefixed password flag: Foundry's keystore import, an installer's admin password
      `cast wallet import hot-2026 --keystore-dir ./ks --interactive=false --unsafe-password '${fake('{A1}{a7}-{A1}{a5}-{d2}', 101235)}!'`,
      `./install.sh --admin-password ${fake('{a6}{d3}{A3}', 101236)} --admin-user root`,
      // any command's user and password flags in a row: Mirth's command-line client
      `/opt/mirth/mccommand -a https://localhost:8443 -u admin -p '${fake('{A1}{a6}', 101799)}!${fake('{d4}', 101800)}' -s export.txt`,
    ],
    negative: [
      // a token read from a variable or a file, and a flag about tokens
      'gh auth login --token $GH_TOKEN\nvault login --token-file ~/.vault-token\nnpm run build -- --token-budget 4096',
      // a key's flag that takes a file or a variable
      'gpg --batch --signing-key ./keys/release.asc\ncli deploy --api-key "$API_KEY" --encryption-key /etc/app/enc.key',
      // a JDBC URL names MySQL, and Flyway's single-dash -password takes a variable
      'flyway -url=jdbc:mysql://$DB_HOST:3306/ledger -user=migrator -password=$DB_PASSWORD migrate',
      'lftp -u svc_upload sftp://sftp.example.net',
      'lftp -u backup,$FTP_PASSWORD ftp://files.example.org',
      'net use Z: \\\\FS01\\Finance /user:CORP\\a.example /persistent:no',
      'mysql -u root -p shop',
      // flags that take no value: psql's --no-password, Ansible's --ask-pass
      'psql --no-password --host db.internal reports',
      'ansible-playbook site.yml --ask-pass --inventory hosts.ini',
      // a letters-only value that reads as words or names: no password
      'mysql -u root -pSecretPassword shop',
      'mysql -u root -pshop_staging',
      'ldapsearch -x -D "cn=admin,dc=corp,dc=internal" -W -b "dc=corp,dc=internal"',
      'ldapsearch -x -D "cn=svc,dc=corp" -w "$LDAP_BIND_PW" -b "dc=corp"',
      'sqlcmd -S sql-prod.corp.local -U report_app -P $env:SQL_PASSWORD -d Reports',
      'bcp Reports.dbo.Orders out orders.dat -S sql01 -T -c -P',
      'echo "$TOKEN" | docker login -u deploy --password-stdin ghcr.io && docker run -p 8080:80 nginx',
      'docker login -u deploy -p "$REGISTRY_TOKEN" registry.acme.io',
      'mysql -u root -p$MYSQL_PASSWORD shop',
      'sshpass -p "${SSH_PASS}" ssh host',
      'tool --password --verbose',
      'curl -u "$API_USER:$API_PASS" https://api.acme.io',
      'curl -u admin: https://internal.acme.io',
      'curl -u user:password https://httpbin.org/basic-auth/user/password',
      'curl -u "${USER}:${TOKEN}" https://api.acme.io',
      'keytool -list -keystore release.jks -storepass:env STORE_PASS',
      'openssl pkcs12 -in app.p12 -passin env:P12_PASS -nokeys',
      'redis-cli -a "$REDIS_PASSWORD" ping',
      'htpasswd -c /etc/nginx/.htpasswd ops',
      'steamcmd +login anonymous +app_update 740 validate +quit',
      'steamcmd +login "$STEAM_USER" "$STEAM_PASS" +quit',
      'Unity -batchmode -username "$UNITY_EMAIL" -password "$UNITY_PASSWORD" -serial "$UNITY_SERIAL"',
      'pg_dump --no-password -h db.internal shop',
      'mccommand -a https://localhost:8443 -u "$MIRTH_USER" -p "$MIRTH_PASS" -s export.txt',
      'tar -u archive.tar -p file.txt',
    ],
  },
});
