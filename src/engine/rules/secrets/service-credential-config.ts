import { defineRule, fake } from '../defineRule';
import { isLiteralSecretValue } from './_generic';

// A password in a service's own configuration or admin command, where no generic key name says so:
//  1. redis.conf's `requirepass …` and `masterauth …` (a directive, a space, the password), and
//     sentinel.conf's `sentinel auth-pass <master> …`;
//  2. a Redis ACL user's password (`user ratelimiter on >… ~rl:* +@read`, in redis.conf or an ACL file);
//  3. a Kafka JAAS PlainLoginModule's users (`user_admin="…"`): each user_<name> holds that user's password;
//  4. RabbitMQ's Erlang cookie (`RABBITMQ_ERLANG_COOKIE: …`), which lets any node join the cluster;
//  5. `rabbitmqctl add_user <name> <password>` and `change_password <name> <password>`.
export default defineRule({
  id: 'service-credential-config',
  category: 'secret',
  description: "Password in a service's configuration or admin command (redis.conf requirepass/masterauth, sentinel auth-pass, Redis ACL >password, Kafka JAAS user_<name>=, RabbitMQ Erlang cookie, rabbitmqctl add_user)",
  generic: true,
  keywords: ['requirepass', 'masterauth', 'auth-pass', 'on >', 'plainloginmodule', 'user_', 'erlang_cookie', 'erlang.cookie', 'rabbitmqctl'],
  window: { before: 600, after: 200 },
  pattern:
    /(?:^|\n)[ \t]*(?:requirepass|masterauth|sentinel[ \t]+auth-pass[ \t]+\S{1,64})[ \t]+("?)([^\s"]{4,128})\1[ \t]*(?=\r?\n|$)|(?:^|\n)[ \t]*user[ \t]+[^\s>]{1,64}[ \t]+(?:[^\n>#]{0,80}?[ \t])?>([^\s]{4,128})|(?<![\w-])user_[A-Za-z0-9_.-]{1,64}[ \t]*=[ \t]*"([^"\r\n]{4,128})"(?<=PlainLoginModule[^]{0,600})|(?:RABBITMQ_ERLANG_COOKIE|[Ee]rlang[_.-]?[Cc]ookie)["']?[ \t]*[:=][ \t]*["']?([A-Za-z0-9]{16,255})(?![\w])|\brabbitmqctl[ \t]+(?:add_user|change_password)[ \t]+\S{1,64}[ \t]+(?:'([^'\r\n]{4,128})'|"([^"\r\n]{4,128})"|([^\s'"|;&]{4,128}))/gu,
  secretGroup: [2, 3, 4, 5, 6, 7, 8],
  validate: (value, ctx) => {
    const m = ctx.match;
    const quoted = m[1] === '"' || m[4] !== undefined || m[6] !== undefined || m[7] !== undefined;
    // An Erlang cookie is letters only by default (20 upper-case letters): its length is its strength.
    if (m[5] !== undefined) return !/^([A-Z])\1+$/u.test(value) && new Set(value).size >= 8;
    return isLiteralSecretValue(value, quoted, 4) && !/^(?:nopass|foobared|\$\{.*\}|%.*%)$/iu.test(value);
  },
  envName: 'PASSWORD',
  references: ['https://redis.io/docs/latest/operate/oss_and_stack/management/security/acl/', 'https://kafka.apache.org/documentation/#security_sasl_plain', 'https://www.rabbitmq.com/docs/clustering#erlang-cookie'],
  examples: {
    positive: [
      `requirepass ${fake('{a40}', 951)}`,
      `sentinel monitor wallet-master 10.0.0.5 6379 2\nsentinel auth-pass wallet-master ${fake('{a32}', 958)}\n`,
      `masterauth ${fake('{a24}', 952)}\n`,
      `user ratelimiter on >${fake('{a32}', 953)} ~rl:* +@read +@write -@dangerous`,
      `KafkaServer {\n    org.apache.kafka.common.security.plain.PlainLoginModule required\n    username="admin"\n    password="${fake('{a12}', 954)}!x"\n    user_admin="${fake('{a8}', 955)}%648!Xi"\n    user_ledger="${fake('{a16}', 956)}";\n};`,
      `      RABBITMQ_ERLANG_COOKIE: ${fake('{A20}', 957)}`,
      `rabbitmqctl change_password admin '${fake('{a8}', 958)}*k!${fake('{a6}', 959)}'`,
    ],
    negative: [
      '# requirepass foobared',
      'requirepass ${REDIS_PASSWORD}',
      'user default on nopass ~* +@all',
      'user_id = "1234"',
      'RABBITMQ_ERLANG_COOKIE: ${ERLANG_COOKIE}',
      'rabbitmqctl add_user admin $RABBIT_PASS',
    ],
  },
});
