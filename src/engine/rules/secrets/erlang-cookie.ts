import { defineRule, fake, minEntropy } from '../defineRule';

// The Erlang distribution cookie: the one shared secret that lets a node join a cluster, and a
// joined node run any code on the others. Elixir releases read it from RELEASE_COOKIE (or a
// `cookie:` in the release config), Erlang from `-setcookie` or ~/.erlang.cookie; RabbitMQ's
// containers from RABBITMQ_ERLANG_COOKIE, its Helm chart from `auth.erlangCookie`. `mix release` generates a random one of 56 upper-case
// letters and digits; people set their own.
export default defineRule({
  id: 'erlang-cookie',
  category: 'secret',
  description: 'Erlang/Elixir distribution cookie (RELEASE_COOKIE, -setcookie, RABBITMQ_ERLANG_COOKIE): lets a node join the cluster and run code on it',
  keywords: ['release_cookie', 'erlang_cookie', 'erlangcookie', 'setcookie', 'cookie:'],
  window: { before: 24, after: 120 },
  pattern:
    /(?:(?<![\w])(?:RELEASE_COOKIE|RABBITMQ_ERLANG_COOKIE|ERLANG_COOKIE|erlang_cookie|erlangCookie)["']?[ \t]{0,4}(?:=|:)[ \t]{0,4}|(?<![\w-])-setcookie[ \t]{1,4}|(?<![\w])cookie:[ \t]{0,4})["']?([A-Za-z0-9_\-+/=.!@#$%^&*]{16,128})["']?(?![\w-])/gu,
  secretGroup: 1,
  // (A generated cookie is base32: letters and the digits 2-7; a long one may have no digit at all.)
  // (Not an HTTP Cookie header's first cookie, `cookie: _ga=GA1.1.…; sid=…`: a name, `=`, a value.)
  // (RabbitMQ writes its own cookie as twenty capital letters: `.erlang.cookie`, its Helm chart's `erlangCookie`.)
  validate: (s) => (/^[A-Z]{20}$/u.test(s) ? minEntropy(s, 3.0) : minEntropy(s, 3.2) && /[A-Za-z]/u.test(s) && (/\d/u.test(s) || s.length >= 32)) && !/^[A-Za-z_][\w.-]*=[^=]/u.test(s),
  envName: 'RELEASE_COOKIE',
  references: ['https://hexdocs.pm/mix/Mix.Tasks.Release.html', 'https://www.erlang.org/doc/system/distributed.html#security'],
  examples: {
    positive: [
      `export RELEASE_COOKIE="${fake('{A56}', 1231)}"`,
      `RABBITMQ_ERLANG_COOKIE: ${fake('{A12}', 1232)}7${fake('{A11}', 1235)}`,
      `erl -name api@10.0.0.4 -setcookie ${fake('{a32}', 1233)}`,
      `  releases: [\n    billing: [\n      cookie: "${fake('{A40}', 1234)}"\n    ]\n  ]`,
      // the RabbitMQ Helm chart's value, base32 letters only
      `auth:\n  username: app\n  erlangCookie: "${fake('{A32}', 101028)}"`,
      // RabbitMQ's own cookie: twenty capitals
      `rabbitmq:\n  auth:\n    erlangCookie: ${fake('{A20}', 101960)}`,
    ],
    negative: [
      'export RELEASE_COOKIE="${RELEASE_COOKIE}"',
      'RELEASE_COOKIE=changeme-changeme-changeme',
      'set-cookie: session=abc; Path=/; HttpOnly',
      '  cookie: _ga=GA1.1.1234509876.1700000000; theme=dark',
      '      cookie: System.fetch_env!("RELEASE_COOKIE")',
    ],
  },
});
