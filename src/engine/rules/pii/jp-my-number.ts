import { defineRule } from '../defineRule';
import { myNumberChecksum } from './_checksums';
import { hasContext, hasCountryCell, isTrivialNumber, isWholeCellUnder } from './_context';

/** Labels of Japan's Individual Number. */
const MY_NUMBER_CONTEXT = /(?<![a-z])(?:my[ _-]?number|mynumber|individual[ _-]?number|kojin[ _-]?bango)(?![a-z])|マイナンバー|個人番号/iu;

/** A roster's `national_id` column, whose rows are Japanese when their country cell says so (a marketplace's sellers of several countries). */
const NATIONAL_ID_COLUMN = /^national[ _-]?id$/u;
const JAPAN_CELL = /^(?:JP|JPN|Japan|日本)$/u;

/** A column of Individual Numbers, as its header names it (lower case). */
const MY_NUMBER_COLUMN = /^(?:個人番号|マイナンバー|my[ _-]?number|mynumber|individual[ _-]?number|kojin[ _-]?bango)$/u;

// Japan's Individual Number (マイナンバー, 個人番号): twelve digits (written in one run or 4-4-4), the
// last a check digit over the eleven before it. Twelve-digit numbers are common (ids, amounts), so
// it needs its label near it, or a whole cell under a 個人番号 column (or under a `national_id` column
// on a row whose country cell is Japan's).
export default defineRule({
  id: 'jp-my-number',
  category: 'pii',
  description: "Japan's Individual Number (マイナンバー, 12 digits with a check digit, near a label)",
  keywords: [],
  nearDigits: 'dense',
  pattern: /(?<![\w.-])(?:\d{12}|\d{4}[ -]\d{4}[ -]\d{4})(?![\w-])(?!\.\d)/gu,
  validate: (s, ctx) => {
    const digits = s.replace(/[ -]/gu, '');
    return myNumberChecksum(digits) && !isTrivialNumber(digits) && (hasContext(ctx, MY_NUMBER_CONTEXT, { before: 80 }) || isWholeCellUnder(ctx, MY_NUMBER_COLUMN) || (isWholeCellUnder(ctx, NATIONAL_ID_COLUMN) && hasCountryCell(ctx, JAPAN_CELL)));
  },
  redactAs: 'national-id',
  references: ['https://www.digital.go.jp/policies/mynumber'],
  examples: {
    positive: [
      // a marketplace's sellers of several countries: a Japanese row's national id
      'COPY public.sellers (id, country, legal_name, national_id, status) FROM stdin;\n7\tJP\t見本 花子\t448571969867\tactive\n\\.\n',
      'マイナンバー：4485 7196 9867',
      'JP_MY_NUMBER | 910237543382 |',
      '"my_number": "764707222123"',
      `社員番号,氏名,個人番号,所属\n${'X0001,A,100000000000,B\n'.repeat(8)}X0042,山田 花子,4485 7196 9867,開発部`,
    ],
    negative: [
      // the same column on a row of another country
      'COPY public.sellers (id, country, legal_name, national_id, status) FROM stdin;\n8\tKR\tA. Example\t448571969867\tactive\n\\.\n',
      'マイナンバー：4485 7196 9868', 'order 448571969867', 'my number is 1234 5678 9012', `社員番号,氏名,注文番号\n${'X0001,A,100000000000\n'.repeat(8)}X0042,山田 花子,448571969867`],
  },
});
