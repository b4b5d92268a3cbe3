// Draws media/icon.png (128x128): a shield with a check mark, anti-aliased by 4x4 supersampling.
// Run once with `node scripts/genIcon.mjs`; the PNG is committed. Uses only node:zlib.
import { writeFileSync } from 'node:fs';
import { deflateSync } from 'node:zlib';

const SIZE = 128;
const SS = 4;

/** Half-width of the shield at height y (0 = top, 1 = bottom), in units of the half-size. */
function shieldHalfWidth(y) {
  if (y < 0.08 || y > 0.95) return -1;
  if (y < 0.55) return 0.78;
  return 0.78 * Math.cos(((y - 0.55) / 0.4) * (Math.PI / 2));
}

function distToSegment(px, py, ax, ay, bx, by) {
  const dx = bx - ax;
  const dy = by - ay;
  const t = Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / (dx * dx + dy * dy)));
  return Math.hypot(px - (ax + t * dx), py - (ay + t * dy));
}

/** Colour [r, g, b, a] at normalized point (x in -1..1, y in 0..1). */
function sample(x, y) {
  const w = shieldHalfWidth(y);
  if (w < 0 || Math.abs(x) > w) return [0, 0, 0, 0];
  const edge = Math.min(w - Math.abs(x), y - 0.08, shieldHalfWidth(y + 0.05) < 0 ? 0.95 - y : 1);
  if (edge < 0.06) return [255, 255, 255, 255];
  const check = Math.min(distToSegment(x, y, -0.36, 0.5, -0.1, 0.72), distToSegment(x, y, -0.1, 0.72, 0.4, 0.3));
  if (check < 0.075) return [255, 255, 255, 255];
  // Vertical gradient from blue to teal.
  const t = (y - 0.08) / 0.87;
  return [Math.round(37 + t * (13 - 37)), Math.round(99 + t * (148 - 99)), Math.round(235 + t * (136 - 235)), 255];
}

const raw = Buffer.alloc(SIZE * (SIZE * 4 + 1));
for (let py = 0; py < SIZE; py++) {
  raw[py * (SIZE * 4 + 1)] = 0; // filter: none
  for (let px = 0; px < SIZE; px++) {
    let r = 0;
    let g = 0;
    let b = 0;
    let a = 0;
    for (let sy = 0; sy < SS; sy++) {
      for (let sx = 0; sx < SS; sx++) {
        const x = ((px + (sx + 0.5) / SS) / SIZE) * 2 - 1;
        const y = (py + (sy + 0.5) / SS) / SIZE;
        const [cr, cg, cb, ca] = sample(x, y);
        r += cr * ca;
        g += cg * ca;
        b += cb * ca;
        a += ca;
      }
    }
    const o = py * (SIZE * 4 + 1) + 1 + px * 4;
    raw[o] = a ? Math.round(r / a) : 0;
    raw[o + 1] = a ? Math.round(g / a) : 0;
    raw[o + 2] = a ? Math.round(b / a) : 0;
    raw[o + 3] = Math.round(a / (SS * SS));
  }
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
function crc32(buf) {
  let c = 0xffffffff;
  for (const byte of buf) c = CRC_TABLE[(c ^ byte) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}
function chunk(type, data) {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([len, body, crc]);
}

const ihdr = Buffer.alloc(13);
ihdr.writeUInt32BE(SIZE, 0);
ihdr.writeUInt32BE(SIZE, 4);
ihdr[8] = 8; // bit depth
ihdr[9] = 6; // RGBA
const png = Buffer.concat([
  Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
  chunk('IHDR', ihdr),
  chunk('IDAT', deflateSync(raw, { level: 9 })),
  chunk('IEND', Buffer.alloc(0)),
]);
const out = new URL('../media/icon.png', import.meta.url);
writeFileSync(out, png);
console.log(`wrote ${out.pathname} (${png.length} bytes)`);
