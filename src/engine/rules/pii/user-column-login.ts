import { defineRule, fake } from '../defineRule';
import { native } from '../../scan/nativeRegex';
import { columnHeader } from './_context';
import { isServiceAccount } from './_handles';

/**
 * System and daemon accounts that `ps` and `top` list and isServiceAccount does not know: Debian's
 * base users, common daemons, schedulers and data services.
 */
const SYSTEM_ACCOUNTS = new Set(
  (
    'bin sys sync games man lp mail news uucp proxy backup list irc gnats systemd messagebus syslog sshd chrony polkitd avahi colord rtkit ' +
    'dnsmasq uuidd tss usbmux lightdm gdm whoopsie kernoops pulse rpc rpcuser ntp postfix dovecot bind named haproxy memcache mongodb ' +
    'rabbitmq couchdb tomcat solr cassandra influxdb telegraf etcd vault consul nomad containerd dockremap git gitlab jupyter jovyan ' +
    'ollama kafka zookeeper slurm munge clickhouse minio keycloak sonarqube nexus artifactory teamcity bamboo splunk zabbix nagios ' +
    'icinga sentry mattermost'
  ).split(' '),
);

/** A login's shape: letters (a given name's or initials and a surname), optionally first.last, and a few digits. */
const LOGIN_SHAPE = /^[a-z]{2,16}(?:[._-][a-z]{2,16})?\d{0,3}$/u;

/**
 * A field's name, not a login: a listing of keys and values printed with spaces (a crash report's
 * `user_name   Mio …` above `locale   ja_JP`) has the look of a table whose first row is its header.
 */
const FIELD_KEY = native(
  /^(?:(?:user|last|first|account|customer|client|contact|device|app)[._-])?(?:phone|mobile|email|mail|locale|language|lang|timezone|tz|device|platform|os|country|city|region|address|zip|postcode|status|plan|role|tier|name|id|ip|login|seen|session|version|build|model|carrier)$/u,
);

/** The header of a column of logins in a table printed with spaces. */
const USER_HEADER = /^(?:user|username|user_name|login)$/u;

// A person's login in the User column of a table printed with spaces, as Unix and cluster tools
// print them: `ps aux`, `sacct`, `squeue`, `top`, `who`, `last`, `lsof`, and pasted into a chat
// about a stuck job. The header's word must start or end where the cell does (left- or right-
// aligned columns); the cell must have a login's shape and not be a system or service account
// (`root`, `www-data`, `postgres`, `messagebus`). Keywords: `User` with two spaces on one side, as
// a printed header has it.
export default defineRule({
  id: 'user-column-login',
  category: 'pii',
  // Decision (fifty-second session): opt-in, as all login rules are. Over the nine held-out corpora
  // of the fifty-first and fifty-second sessions, the login rules' findings were 0 true: writers
  // label names, not logins (docs/performance-and-accuracy-history.md, "Logins are opt-in").
  optIn: true,
  description: "A person's login in the User column of a table printed with spaces (ps aux, sacct, squeue, who)",
  severity: 'info',
  keywords: ['user  ', '  user'],
  window: { before: 16, after: 8000 },
  pattern: /(?<=^|[ \t])([a-z][a-z0-9._-]{2,31})(?=[ \t]|\r?\n|$)/gmu,
  secretGroup: 1,
  validate: (s, ctx) => {
    if (!LOGIN_SHAPE.test(s) || isServiceAccount(s) || SYSTEM_ACCOUNTS.has(s) || FIELD_KEY.test(s)) return false;
    const header = columnHeader(ctx);
    // A cluster's or a server's User column lists people's accounts once the system ones are out
    // (`tkowalczyk`, `qzhou`): any login of that shape counts, a person's handle or not.
    return header !== undefined && USER_HEADER.test(header);
  },
  redactAs: 'user',
  references: ['https://slurm.schedmd.com/sacct.html', 'https://man7.org/linux/man-pages/man1/ps.1.html'],
  examples: {
    positive: [
      'JobID                User    Account  Partition    JobName    Elapsed      State\n------------ ------------ ---------- ---------- ---------- ---------- ----------\n4409470        tkowalczyk  lanternf+   gpu-h100   sweep-lr 1-06:31:44  COMPLETED',
      'USER         PID %CPU %MEM    VSZ   RSS TTY      STAT START   TIME COMMAND\nroot           1  0.0  0.1 168712 13196 ?        Ss   Nov28   0:09 /sbin/init\nmarta.nowak  4121  2.1  1.4 912344 118236 pts/0   Sl+  09:14   0:31 python train.py',
    ],
    negative: [
      // a crash report's keys and values, printed with spaces
      `Keys:\n  user_id        usr_${fake('{l8}', 100984)}\n  user_name      Mio Sato\n  locale         ja_JP\n  phone          +81 90 0000 0000`,
      'USER         PID %CPU %MEM    VSZ   RSS TTY      STAT START   TIME COMMAND\nroot           1  0.0  0.1 168712 13196 ?        Ss   Nov28   0:09 /sbin/init\npostgres    812  0.0  0.3 215604 28112 ?        Ss   Nov28   0:02 postgres -D /var/lib/postgresql',
      'JobID                User    Account  Partition\n4409470          svc-etl  lanternf+   gpu-h100',
      'USER         PID %CPU %MEM COMMAND\nmessagebus   701  0.0  0.1 /usr/bin/dbus-daemon\nsyslog       702  0.0  0.1 /usr/sbin/rsyslogd',
      'the user  logged in twice', 
    ],
  },
});
