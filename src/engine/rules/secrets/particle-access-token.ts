import { defineRule, fake } from '../defineRule';
import { looksRandom } from './_providerKit';

// A Particle (IoT device cloud) access token: 40 lower-case hex characters, the shape of a git SHA,
// which the shared filters drop. So it needs Particle's name: a `PARTICLE_TOKEN` / `particle_access_token`
// key (also as a shell default, `${PARTICLE_TOKEN:-…}`), or what `particle token create` printed.
export default defineRule({
  id: 'particle-access-token',
  category: 'secret',
  description: 'Particle access token (40 hex) under a Particle token key or after `particle token`',
  keywords: ['particle'],
  window: { before: 80, after: 120 },
  pattern:
    /(?:\bparticle[\w.-]{0,16}?(?:access[_-]?)?token["']?[ \t]*[:=][ \t]*["']?(?:\$\{[A-Z_]{1,40}:-)?|\bparticle token(?: create)?[`'"]?[^\n0-9a-f]{0,12}?(?:→|->|:|=)[ \t]*[`'"]?)([0-9a-f]{40})(?![\w-])/giu,
  secretGroup: 1,
  // (Hex carries at most four bits a character; a token's run about 3.7.)
  validate: (s) => looksRandom(s, 3.2),
  envName: 'PARTICLE_ACCESS_TOKEN',
  references: ['https://docs.particle.io/reference/cloud-apis/access-tokens/'],
  examples: {
    positive: [
      `PARTICLE_TOKEN="\${PARTICLE_TOKEN:-${fake('{h40}', 101267)}}"`,
      `particle token create → ${fake('{h40}', 101268)} (expires in 90 days)`,
      `particle_access_token: ${fake('{h40}', 101269)}`,
    ],
    negative: [
      `particle_firmware_sha: ${fake('{h40}', 101270)}`,
      'PARTICLE_TOKEN="${PARTICLE_TOKEN:?set it}"',
      `commit ${fake('{h40}', 101271)} particle token refactor`,
    ],
  },
});
