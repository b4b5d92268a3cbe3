// Value generators for the labelled corpus. Written independently of the rules (an oracle that
// shares code with the thing it checks proves little): each builds a value in the vendor's
// documented shape, with a valid checksum where the format has one.
import { base62, crc32 } from '../../src/engine/rules/defineRule';

export type Rnd = () => number;

export const ALNUM = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
export const UPPER_B32 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';
export const HEX = '0123456789abcdef';
export const B64URL = ALNUM + '-_';
export const B64 = ALNUM + '+/';

export function pick<T>(rnd: Rnd, list: readonly T[]): T {
  return list[Math.floor(rnd() * list.length)] as T;
}

export function chars(rnd: Rnd, alphabet: string, n: number): string {
  let s = '';
  for (let i = 0; i < n; i++) s += alphabet[Math.floor(rnd() * alphabet.length)];
  return s;
}

export function digits(rnd: Rnd, n: number): string {
  return chars(rnd, '0123456789', n);
}

export function int(rnd: Rnd, lo: number, hi: number): number {
  return lo + Math.floor(rnd() * (hi - lo + 1));
}

function b64url(s: string): string {
  return btoa(s).replace(/\+/gu, '-').replace(/\//gu, '_').replace(/=+$/u, '');
}

/** GitHub-style token: prefix + 30 random + base62(crc32(random)) as 6 chars. */
export function githubToken(rnd: Rnd, prefix: string, valid = true): string {
  const body = chars(rnd, ALNUM, 30);
  let check = base62(crc32(body), 6);
  if (!valid) check = check.slice(0, 5) + (check[5] === 'A' ? 'B' : 'A');
  return prefix + body + check;
}

export const secretValues: Record<string, (rnd: Rnd) => string> = {
  awsAccessKeyId: (r) => 'AKIA' + chars(r, UPPER_B32, 16),
  awsSecret: (r) => chars(r, B64, 40),
  githubPat: (r) => githubToken(r, 'ghp_'),
  githubOauth: (r) => githubToken(r, 'gho_'),
  npmToken: (r) => githubToken(r, 'npm_'),
  slackBot: (r) => `xoxb-${digits(r, 11)}-${digits(r, 13)}-${chars(r, ALNUM, 24)}`,
  slackWebhook: (r) => `https://hooks.slack.com/services/T${chars(r, UPPER_B32, 8)}/B${chars(r, UPPER_B32, 10)}/${chars(r, ALNUM, 24)}`,
  stripeSecret: (r) => 'sk_live_' + chars(r, ALNUM, 99),
  stripeRestricted: (r) => 'rk_live_' + chars(r, ALNUM, 99),
  openaiProject: (r) => 'sk-proj-' + chars(r, B64URL, 74) + 'T3BlbkFJ' + chars(r, B64URL, 74),
  anthropic: (r) => 'sk-ant-api03-' + chars(r, B64URL, 93) + 'AA',
  googleApiKey: (r) => 'AIza' + chars(r, B64URL, 35),
  sendgrid: (r) => `SG.${chars(r, B64URL, 22)}.${chars(r, B64URL, 43)}`,
  huggingface: (r) => 'hf_' + chars(r, 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz', 34),
  dockerPat: (r) => 'dckr_pat_' + chars(r, B64URL, 27),
  gitlabPat: (r) => 'glpat-' + chars(r, B64URL, 20),
  digitalocean: (r) => 'dop_v1_' + chars(r, HEX, 64),
  jwt: (r) =>
    `${b64url(JSON.stringify({ alg: 'HS256', typ: 'JWT' }))}.${b64url(
      JSON.stringify({ sub: digits(r, 8), name: 'svc', iat: 1_700_000_000 + int(r, 0, 9_999_999) }),
    )}.${chars(r, B64URL, 43)}`,
  password: (r) => pick(r, ['Tr', 'Qx', 'Mv', 'Lp', 'Zk']) + chars(r, ALNUM, 6) + pick(r, ['!', '#', '%', '&', '-']) + digits(r, 2),
  genericKey: (r) => chars(r, ALNUM, 32),
};

export function pemKey(rnd: Rnd): string {
  const lines = Array.from({ length: 12 }, () => chars(rnd, B64, 64));
  return `-----BEGIN RSA PRIVATE KEY-----\n${lines.join('\n')}\n${chars(rnd, B64, 24)}==\n-----END RSA PRIVATE KEY-----`;
}

// --- personal data -------------------------------------------------------------------------

export const FIRST = ['Anna', 'James', 'Maria', 'Mohammed', 'Li', 'Sofia', 'Lukas', 'Priya', 'Olga', 'Carlos', 'Emma', 'Noah', 'Fatima', 'Hiroshi', 'Chloe', 'Daniel', 'Ingrid', 'Mateo', 'Aisha', 'Thomas'];
export const LAST = ['Berg', 'Okafor', 'Schneider', 'García', 'Nakamura', 'Kowalski', 'Dubois', 'Rossi', 'Patel', 'Johansson', 'Smith', 'Murphy', 'Novak', 'Silva', 'Andersen', 'Fischer', 'Haddad', 'Ivanova', 'Lindqvist', 'Moreau'];
const MAIL_DOMAINS = ['gmail.com', 'outlook.com', 'proton.me', 'web.de', 'yahoo.co.uk', 'acme-corp.com', 'fastmail.fm', 'orange.fr', 'icloud.com', 'posteo.de'];

export function email(rnd: Rnd): string {
  const f = pick(rnd, FIRST).toLowerCase().normalize('NFD').replace(/[^a-z]/gu, '');
  const l = pick(rnd, LAST).toLowerCase().normalize('NFD').replace(/[^a-z]/gu, '');
  return `${f}.${l}${rnd() < 0.3 ? digits(rnd, 2) : ''}@${pick(rnd, MAIL_DOMAINS)}`;
}

export function luhnComplete(prefix: string, length: number, rnd: Rnd): string {
  let s = prefix + digits(rnd, length - prefix.length - 1);
  for (let d = 0; d <= 9; d++) {
    const cand = s + d;
    let sum = 0;
    for (let i = 0; i < cand.length; i++) {
      let v = cand.charCodeAt(cand.length - 1 - i) - 48;
      if (i % 2 === 1) {
        v *= 2;
        if (v > 9) v -= 9;
      }
      sum += v;
    }
    if (sum % 10 === 0) {
      s = cand;
      break;
    }
  }
  return s;
}

export function card(rnd: Rnd): string {
  const kind = pick(rnd, ['visa', 'mc', 'amex']);
  if (kind === 'amex') {
    const n = luhnComplete(pick(rnd, ['34', '37']), 15, rnd);
    return `${n.slice(0, 4)} ${n.slice(4, 10)} ${n.slice(10)}`;
  }
  const n = luhnComplete(kind === 'visa' ? '4' + digits(rnd, 1) : String(int(rnd, 51, 55)), 16, rnd);
  const sep = pick(rnd, [' ', '-', '']);
  return sep ? n.match(/\d{4}/gu)?.join(sep) ?? n : n;
}

function mod97(numeric: string): number {
  let r = 0;
  for (const ch of numeric) r = (r * 10 + (ch.charCodeAt(0) - 48)) % 97;
  return r;
}

export function iban(rnd: Rnd): string {
  const [cc, bban] = pick(rnd, [
    ['DE', digits(rnd, 18)],
    ['FR', digits(rnd, 10) + chars(rnd, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789', 11) + digits(rnd, 2)],
    ['GB', chars(rnd, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ', 4) + digits(rnd, 14)],
    ['NL', chars(rnd, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ', 4) + digits(rnd, 10)],
  ] as const);
  const rearranged = (bban + cc + '00').replace(/[A-Z]/gu, (c) => String(c.charCodeAt(0) - 55));
  const check = String(98 - mod97(rearranged)).padStart(2, '0');
  const raw = cc + check + bban;
  return rnd() < 0.5 ? raw : (raw.match(/.{1,4}/gu) ?? []).join(' ');
}

export function ssn(rnd: Rnd): string {
  let area = int(rnd, 1, 899);
  if (area === 666) area = 667;
  return `${String(area).padStart(3, '0')}-${String(int(rnd, 1, 99)).padStart(2, '0')}-${String(int(rnd, 1, 9999)).padStart(4, '0')}`;
}

export function publicIpv4(rnd: Rnd): string {
  const first = pick(rnd, [23, 31, 45, 86, 62, 78, 81, 91, 109, 134, 151, 185, 212]);
  return `${first}.${int(rnd, 1, 254)}.${int(rnd, 1, 254)}.${int(rnd, 1, 254)}`;
}

export function phone(rnd: Rnd): string {
  return pick(rnd, [
    `+49 30 ${int(rnd, 2000, 8999)} ${int(rnd, 1000, 9999)}`,
    `+44 20 7${int(rnd, 100, 899)} ${int(rnd, 1000, 9999)}`,
    `+1 (${pick(rnd, ['212', '415', '312', '617', '206'])}) ${int(rnd, 200, 899)}-${int(rnd, 1000, 9999)}`,
    `+33 6 ${int(rnd, 10, 99)} ${int(rnd, 10, 99)} ${int(rnd, 10, 99)} ${int(rnd, 10, 99)}`,
  ]);
}
