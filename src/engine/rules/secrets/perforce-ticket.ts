import { defineRule, fake, minEntropy } from '../defineRule';

// A Perforce (Helix Core) login ticket as the tickets file holds it and `p4 tickets` prints it:
// `server:port=user:TICKET`, the ticket 32 upper-case hex characters. It logs its holder in until
// it expires (12 hours by default, often set to months for build accounts).
export default defineRule({
  id: 'perforce-ticket',
  category: 'secret',
  description: 'Perforce (Helix Core) login ticket (host:port=user:32 hex, as in .p4tickets)',
  keywords: ['p4', 'perforce', 'tickets'],
  window: { before: 200, after: 200 },
  pattern: /(?<![\w.]|(?<!:)-)(?:ssl:|tcp:)?[\w.-]{1,253}:\d{2,5}=[\w.@-]{1,64}:([0-9A-F]{32})(?![\w-])/gu,
  secretGroup: 1,
  validate: (s) => minEntropy(s, 3),
  envName: 'P4TICKET',
  references: ['https://help.perforce.com/helix-core/server-apps/cmdref/current/Content/CmdRef/P4TICKETS.html'],
  examples: {
    positive: [
      `21:03:46.919  [debug] P4TICKETS entry: ssl:p4.example.internal:1666=build_svc:${fake('{H32}', 975)}`,
      `$ cat ~/.p4tickets\nperforce:1666=jdoe:${fake('{H32}', 976)}`,
    ],
    negative: ['p4 tickets: ssl:p4.example.internal:1666=build_svc:00000000000000000000000000000000', 'P4PORT=ssl:p4.example.internal:1666'],
  },
});
