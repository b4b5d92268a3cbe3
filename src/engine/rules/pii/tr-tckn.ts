import type { MatchContext } from '../../types';
import { native } from '../../scan/nativeRegex';
import { defineRule, fake } from '../defineRule';
import { hasContext, inLongerNumber, isTrivialNumber, NATIONAL_ID_KEYWORDS, NATIONAL_ID_LABEL, NOT_IN_LONGER_NUMBER } from './_context';

/** Its labels; also a bare `TC` right before the number, `tc=` and `tc:` in logs, chat's `tc si`. */
// (And a payment API's buyer, `"identityNumber": "…"` (iyzico's), or a `national_id` column or key.)
const TCKN_CONTEXT = native(new RegExp(String.raw`(?<![a-z])(?:t\.?c\.? ?kimlik|tckn|tc ?no|kimlik ?(?:no|numaras[ıi])|turkish (?:id|identity)|türkiye cumhuriyeti kimlik|identity ?number|${NATIONAL_ID_LABEL})|(?<![a-z.])(?:t\.c\.?|tc)(?:["']? ?[:=]| ?si\b|[ \t]*$)`, 'u'));

/** The two check digits of a Turkish identity number's first nine digits. */
function tcknCheckDigits(body: string): string {
  const n = [...body].map(Number) as number[];
  const odd = (n[0] as number) + (n[2] as number) + (n[4] as number) + (n[6] as number) + (n[8] as number);
  const even = (n[1] as number) + (n[3] as number) + (n[5] as number) + (n[7] as number);
  const d10 = (((odd * 7 - even) % 10) + 10) % 10;
  const d11 = (n.reduce((x, y) => x + y, 0) + d10) % 10;
  return `${d10}${d11}`;
}

/** Whether eleven digits carry the Turkish identity number's two check digits. */
function tcknChecksum(d: string): boolean {
  return /^[1-9]\d{10}$/u.test(d) && tcknCheckDigits(d.slice(0, 9)) === d.slice(9);
}

/** The labels' keywords, whose windows reach down a table (a bare `tc ` only reaches its number). */
const LABEL_KEYWORDS = ['kimlik', 'tckn', 't.c.', 'tc no', 'tcno', 'turkish id', 'turkish identity', 'tc=', 'tc:', 'tc":', "tc':", 'tc si', 'identitynumber', 'identity number', 'identity_number', ...NATIONAL_ID_KEYWORDS];

/** An ISO 20022 party's id whose scheme names it after the value (pain.001's `<Othr><Id>…</Id><SchmeNm><Prtry>TCKN</Prtry>`). */
const TCKN_SCHEME_AFTER = /^<\/Id>[ \t\r\n]{0,40}<SchmeNm>[ \t\r\n]{0,40}<(?:Prtry|Cd)>(?:TCKN|TCKNO|TCKIMLIKNO|TC KIMLIK NO)</u;

function tcknNumber(s: string, ctx: MatchContext): boolean {
  if (!tcknChecksum(s) || s === '10000000146' || isTrivialNumber(s) || isTrivialNumber(s.slice(0, 9)) || inLongerNumber(ctx)) return false;
  return hasContext(ctx, TCKN_CONTEXT, { before: 160, after: 16 }) || TCKN_SCHEME_AFTER.test(ctx.text.slice(ctx.end, ctx.end + 120));
}

function sample(seed: number): string {
  const body = String(1 + (seed % 9)) + fake('{d8}', seed);
  return body + tcknCheckDigits(body);
}

// The Turkish identity number (T.C. Kimlik No): eleven digits, first not 0, two check digits. A
// random eleven-digit number passes one time in a hundred, so a label must be near. Test forms
// use a run of ones that passes the check (11111111110).
export default defineRule({
  id: 'tr-tckn',
  category: 'pii',
  description: 'Turkish identity number (T.C. Kimlik No, two check digits), near a label',
  keywords: [...LABEL_KEYWORDS, 'tc '],
  // (`tc ` also ends `etc `: only the number right after it. The labels' windows reach down a table.)
  window: { before: 64, after: 24 },
  keywordWindows: Object.fromEntries(LABEL_KEYWORDS.map((k) => [k, { before: 64, after: 4000 }])),
  columns: true,
  // eleven digits, or grouped 3-3-3-2 as people type them
  pattern: new RegExp(String.raw`(?<![\w.-])(?:[1-9]\d{10}|[1-9]\d{2} \d{3} \d{3} \d{2})(?![\w-])` + NOT_IN_LONGER_NUMBER, 'gu'),
  validate: (v, ctx) => tcknNumber(v.replace(/ /gu, ''), ctx),
  redactAs: 'national-id',   references: ['https://tckimlik.nvi.gov.tr/'],
  examples: {
    positive: [
      // a payment API's buyer in a log's request body, and a Laravel seeder's national_id key
      `{"buyer":{"name":"Deniz","surname":"Örnek","identityNumber":"${sample(101543)}","city":"İzmir"}}`,
      `{"national_id": "${sample(101544)}", "id_kind": "TR"}`,
      `T.C. Kimlik No: ${sample(506)}`,
      `- TCKN: ${sample(507)}`,
      `WARN paket reddedildi tc=${sample(509)} sonuc=HATA`,
      `{"randevu_id":880101,"tc":"${sample(513)}","kanal":"web"}`,
      `Tahlil sonuçlarımı göremiyorum. TC ${sample(510)}, doğum tarihim 01.02.1970`,
      `T.C. kimlik numaranızı yazar mısınız?\n${sample(511).replace(/^(\d{3})(\d{3})(\d{3})/u, '$1 $2 $3 ')}`,
      // a payroll batch's creditor (pain.001), the scheme after the id
      `          <Id><PrvtId><Othr><Id>${sample(101397)}</Id><SchmeNm><Prtry>TCKN</Prtry></SchmeNm></Othr></PrvtId></Id>`,
    ],
    negative: [`T.C. Kimlik No: ${sample(506).slice(0, 10)}${(Number(sample(506)[10]) + 1) % 10}`, 'TCKN: 10000000146', 'TCKN 11111111110', `fatura ${sample(508)}`, `etc ${sample(512).slice(0, 10)}${(Number(sample(512)[10]) + 1) % 10}`],
  },
});
