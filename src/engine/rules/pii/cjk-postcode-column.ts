import { defineRule } from '../defineRule';
import { isPersonRowCellUnder } from './_context';
import { CJK_SCRIPT_RANGE } from './_scripts';

/** A postcode column in Japanese, Korean or Chinese: 郵便番号, 〒, 우편번호, 郵遞區號, 邮编, 邮政编码. */
const HEADER = /^["']?(?:郵便番号|〒|우편번호|郵遞區號|郵遞區号|邮编|邮政编码|郵便)["']?$/u;


// A Japanese postcode (〒123-4567), a Korean one (five digits since 2015) or a Taiwanese or Chinese one
// as a cell under its column (郵便番号, 우편번호, 邮编) of a member, staff or customer export: beside the
// person's address it narrows the home to a few blocks. postcode-column reads Latin headers; the
// keyword pass finds no CJK word, so this rule runs near those scripts' characters only (the rows'
// names and addresses put the cell inside that view).
export default defineRule({
  id: 'cjk-postcode-column',
  category: 'pii',
  description: 'Postcode under a Japanese, Korean or Chinese postcode column (郵便番号, 우편번호, 邮编) of a person\'s export',
  keywords: [],
  nearScript: { before: 16, after: 16, range: CJK_SCRIPT_RANGE },
  // (Each branch starts at its first character and looks back for the cell's start.)
  pattern: /(?:〒(?<=(?:^|[\n,;\t|])["']?〒)[0-9]{3}-[0-9]{4}|[0-9](?<=(?:^|[\n,;\t|])["']?[0-9])(?:[0-9]{2}-[0-9]{4}|[0-9]{6}|[0-9]{4,5}))(?=["']?(?:[,;\t|\r\n]|$))/gu,
  validate: (s, ctx) => !/^(\d)\1+$/u.test(s.replace(/\D/gu, '')) && isPersonRowCellUnder(ctx, HEADER),
  redactAs: 'address',
  references: ['https://www.post.japanpost.jp/zipcode/', 'https://www.epost.go.kr/'],
  examples: {
    positive: [
      '会員番号,姓,名,生年月日,郵便番号,住所\nTP-1,見本,花子,1990/01/02,150-0042,東京都渋谷区宇田川町1-2\n',
      '회원번호,이름,생년월일,우편번호,주소\nKM-1,견본희,1985-11-02,06236,서울특별시 강남구 테헤란로 1\n',
    ],
    negative: [
      // another column, a filler
      '会員番号,姓,名,ポイント,住所\nTP-1,見本,花子,15000,東京都渋谷区宇田川町1-2\n',
      '회원번호,이름,우편번호,주소\nKM-1,견본희,00000,서울특별시 강남구 테헤란로 1\n',
    ],
  },
});
