import { defineRule, fake } from '../defineRule';
import { credentialsUrlPattern, isRealUrlPassword } from './_connectionUrl';

export default defineRule({
  id: 'redis-url-password',
  category: 'secret',
  description: 'Password in a Redis connection URL (redis:// or rediss://)',
  keywords: ['redis'],
  // redis(s)://user:<password>@host… (the password, group "pw", is the secret)
  pattern: credentialsUrlPattern(String.raw`rediss?`, 0),
  secretGroup: 'pw',
  validate: isRealUrlPassword,
  envName: 'REDIS_PASSWORD',
  references: ['https://www.iana.org/assignments/uri-schemes/prov/redis', 'https://redis.io/docs/latest/operate/rc/rc-quickstart/'],
  examples: {
    positive: [
      `redis-cli -u redis://:${fake('{a32}', 5)}@redis.internal:6379/0`,
      `REDIS_URL=redis://:${fake('{a32}')}@redis.internal:6379/0`,
      `CELERY_BROKER_URL = "rediss://default:${fake('{a24}', 2)}@cache.acme.io:6380"`,
      // Azure Cache for Redis: the access key, base64 with its slashes, written raw
      `REDIS_URL=rediss://:${fake('{a18}', 7)}+${fake('{a12}', 8)}/${fake('{a11}', 9)}=@acme-cache.redis.cache.windows.net:6380/1`,
    ],
    negative: [
      'REDIS_URL=redis://redis.internal:6379/0',
      'REDIS_URL=redis://:${REDIS_PASSWORD}@redis:6379',
      'REDIS_URL=redis://default:password@localhost:6379',
      'REDIS_URL=redis://:redis@localhost:6379',
      't.Setenv("REDIS_URL", "redis://default:hunter2-not-real@cache:6379/1")',
      'REDIS_URL=redis://user@redis:6379',
      `AMQP_URL=amqp://app:${fake('{a16}', 4)}@rabbit:5672`,
    ],
  },
});
