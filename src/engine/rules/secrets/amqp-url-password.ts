import { defineRule, fake } from '../defineRule';
import { credentialsUrlPattern, isRealUrlPassword } from './_connectionUrl';

export default defineRule({
  id: 'amqp-url-password',
  category: 'secret',
  description: 'Password in an AMQP, NATS or STOMP broker URL (amqp://, amqps://, nats://, stomp://)',
  keywords: ['amqp', 'nats://', 'stomp'],
  // amqp(s)://user:<password>@host… (the password, group "pw", is the secret); NATS and STOMP
  // clients take the same user-info
  pattern: credentialsUrlPattern(String.raw`amqps?|nats|stomp(?:\+ssl)?`, 0),
  secretGroup: 'pw',
  validate: isRealUrlPassword,
  envName: 'AMQP_PASSWORD',
  references: ['https://www.rabbitmq.com/docs/uri-spec', 'https://docs.nats.io/using-nats/developer/connecting/userpass'],
  examples: {
    positive: [
      `celery -A tasks worker -b amqp://orders:${fake('{a20}', 5)}@mq.acme.io:5672/prod`,
      `AMQP_URL=amqps://orders:${fake('{a20}')}@b-1234.mq.eu-west-1.amazonaws.com:5671`,
      `connection = pika.BlockingConnection(pika.URLParameters('amqp://worker:${fake('Lp{a6}-{d2}', 2)}@rabbit:5672/%2F'))`,
      `url = "nats://ledger:${fake('{a22}', 6)}@nats-prod.internal.acme.pl:4222"`,
    ],
    negative: [
      'AMQP_URL=amqp://guest:guest@localhost:5672/',
      'AMQP_URL=amqp://rabbit:5672/',
      'AMQP_URL=amqps://app:${RABBITMQ_PASSWORD}@mq:5671',
      'AMQP_URL=amqp://user:pass@localhost:5672',
      `REDIS_URL=redis://:${fake('{a32}', 4)}@redis:6379`,
    ],
  },
});
