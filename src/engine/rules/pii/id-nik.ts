import { defineRule } from '../defineRule';
import { hasContext, isTrivialNumber } from './_context';

/** Labels of an Indonesian NIK: NIK, KTP (the identity card), NPWP (since 2024 a person's tax number is the NIK), a NIK column. */
const NIK_CONTEXT = /(?<![a-z])(?:nik|ktp|e-ktp|npwp(?:[ _-]?16)?|nomor induk kependudukan)(?![a-z])|(?:^|[\s_-])(?:nik|npwp)(?:[\s_-]|$)/u;

/** A generic national id's label (`nationalId`, `national_id`, `id_number`), which names a NIK in an Indonesian text. */
const NATIONAL_ID_LABEL = /(?<![a-z])national[ _-]?id(?:[ _-]?(?:no|number))?(?![a-z])|(?<![a-z])identity[ _-]?(?:no|number)(?![a-z])/u;
/** Words that say a text is Indonesian (an address's domain, the country, its cities, its money). */
const INDONESIA_HINTS = ['.co.id', 'indonesia', 'jakarta', 'surabaya', 'bandung', 'medan', 'semarang', 'rupiah', 'kecamatan', 'kelurahan'];

/** The province codes a NIK starts with (Aceh 11 … Papua 9x). */
function isProvince(code: number): boolean {
  return (code >= 11 && code <= 19) || code === 21 || (code >= 31 && code <= 36) || (code >= 51 && code <= 53) || (code >= 61 && code <= 65) || (code >= 71 && code <= 76) || code === 81 || code === 82 || (code >= 91 && code <= 96);
}

/** Header cells of a NIK or NPWP column, as the keyword pass reads them (not `nik` inside nickname or technik). */
const HEADER_CELLS = [';nik', ',nik', '\tnik', 'nik;', 'nik,', 'nik\t', 'nik_', '_nik', 'npwp'];

// Indonesia's NIK (Nomor Induk Kependudukan), on every KTP: 16 digits, the province, regency and
// district of registration, the birth date (40 added to the day for women) and a serial. No check
// digit: a real province code and a real date, and a label or column (NIK, KTP, NPWP).
export default defineRule({
  id: 'id-nik',
  category: 'pii',
  description: 'Indonesian NIK (16 digits: province code and birth date, +40 on the day for women) near a NIK, KTP or NPWP label or column',
  keywords: [' nik', 'nik:', 'nik=', '"nik"', 'ktp', 'kependudukan', 'nationalid', 'national_id', 'national id', 'national-id', 'identity no', 'identity number', ...HEADER_CELLS],
  hints: INDONESIA_HINTS,
  window: { before: 80, after: 60 },
  columns: true,
  // A column header's rows follow it.
  keywordWindows: Object.fromEntries(HEADER_CELLS.map((k) => [k, { before: 80, after: 4000 }])),
  pattern: /(?<![\w.-])\d{16}(?![\w-])(?!\.\d)/gu,
  validate: (s, ctx) => {
    const day = Number(s.slice(6, 8));
    const month = Number(s.slice(8, 10));
    const dayOfMonth = day > 40 ? day - 40 : day;
    if (!isProvince(Number(s.slice(0, 2))) || month < 1 || month > 12 || dayOfMonth < 1 || dayOfMonth > 31 || isTrivialNumber(s)) return false;
    // (Or a generic national id's label in an Indonesian text: a courier fixture's `"nationalId"`.)
    return hasContext(ctx, NIK_CONTEXT, { before: 80 }) || (hasContext(ctx, NATIONAL_ID_LABEL, { before: 40 }) && INDONESIA_HINTS.some(ctx.hasHint));
  },
  redactAs: 'national-id',
  references: ['https://dukcapil.kemendagri.go.id/'],
  examples: {
    positive: [
      'nik_karyawan;nama_lengkap;npwp_16;status_ptkp\nID-JKT-0799;Siti Rahmawati;3174074804972437;TK/0',
      'NIK: 3273055402980424 (KTP Bandung)',
      // a courier fixture's generic national id, the text Indonesian by its addresses
      '{"nama": "Rina Contoh", "email": "rina.contoh@mail.co.id", "nationalId": "3578125506920031"}',
    ],
    negative: ['NIK: 9974074804972437', 'NIK: 3174071314972437', 'order 3174074804972437 shipped', 'nickname: 3174074804972437', '{"nationalId": "3578125506920031", "country": "NZ"}'],
  },
});
