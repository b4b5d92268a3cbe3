import { defineRule } from '../defineRule';
import { columnHeader } from './_context';
import { isPlaceholderOrBrand, titleCase } from './_names';
import { CJK } from './_scripts';
import { native } from '../../scan/nativeRegex';

/**
 * A column of a name in Latin letters, named in Japanese, Korean or Chinese: `ローマ字氏名`,
 * `英字氏名`, `氏名（ローマ字）`, `수하인영문명` (a customs manifest's consignee), `영문 이름`, `英文姓名`, `英文名`.
 */
const ROMANISED_HEADER = native(/(?:ローマ字|ﾛｰﾏ字|英字|英語)(?:氏名|名前|表記)?|氏名[(（](?:ローマ字|英字)[)）]|[가-힣]{0,5}영문[ ]?(?:명|이름|성명)|英文(?:姓名|名字|名|全名)$/u);

/** The John Does of the romanisations: TARO YAMADA, GILDONG HONG, XIAOMING WANG. */
const PLACEHOLDER = native(/^(?:YAMADA TARO|TARO YAMADA|YAMADA HANAKO|HANAKO YAMADA|HONG GILDONG|GILDONG HONG|HONG GIL DONG|GIL-DONG HONG|HONG GIL-DONG|WANG XIAOMING|XIAOMING WANG|ZHANG SAN|SAN ZHANG|TEST USER|TEST TARO|SAMPLE)$/u);

// A person's name in Latin letters (capitals, or as the person typed it) in a column that a Japanese, Korean or Chinese export names
// for it (`ローマ字氏名`, `수하인영문명`, `英文姓名`): the member's or the consignee's name again, as a
// passport or an airway bill writes it, beside the name in its own script on the same row. The
// header decides; the row must hold one of their scripts (the match looks back for it), so an English
// export's capitals are person-name-upper's.
export default defineRule({
  id: 'romanised-name-column',
  category: 'pii',
  description: "Person's name in Latin letters under a Japanese, Korean or Chinese romanised-name column (ローマ字氏名, 영문명, 英文姓名)",
  keywords: [],
  // The match looks back to a character of the script on its row (at most 80 before it): scanned only near such text.
  nearScript: { before: 4, after: 200 },
  // (It starts at the capital and reads the row behind it: a branch that opened with the lookbehind would be tried at every position.)
  pattern: new RegExp(`[A-Z](?<=[${CJK}][^\\n]{0,80}[,;\\t|][ \\t]*["']?[A-Z])[A-Za-z'-]{1,20}(?:[ ][A-Z][A-Za-z'-]{0,20}){1,3}(?=["']?[ \\t]*(?:[,;\\t|]|\\r?\\n|$))`, 'gu'),
  validate: (s, ctx) => {
    if (PLACEHOLDER.test(s) || isPlaceholderOrBrand(s.split(' ').map(titleCase).join(' '))) return false;
    const header = columnHeader(ctx);
    return header !== undefined && ROMANISED_HEADER.test(header.trim());
  },
  redactAs: 'name',
  references: ['https://www.mofa.go.jp/mofaj/toko/passport/pass_4.html', 'https://gdpr-info.eu/art-4-gdpr/'],
  examples: {
    positive: [
      // a Japanese shop's member export: the name, its reading and its romanisation
      '会員番号,氏名,フリガナ,ローマ字氏名,メールアドレス\nMB00000001,杉浦 悠真,スギウラ ユウマ,SUGIURA YUMA,y.sugiura@example.jp\n',
      // a Korean customs manifest's consignee, in hangul then as the airway bill writes it
      'MAWB,HAWB,수하인명,수하인영문명,우편번호\n180-00000000,UBH000000001,백서윤,BAEK SEOYUN,06236\n',
      // a Korean member export's English name, as the member typed it
      '회원번호,이름,영문이름,이메일\nMB00000002,황보서연,Seo-yeon Hwangbo,sy.hwangbo@example.kr\n',
    ],
    negative: [
      // the form's sample row, and capitals under a column that is no name's
      '会員番号,氏名,ローマ字氏名\nMB00000000,山田 太郎,YAMADA TARO\n',
      '商品番号,商品名,ブランド\nJP-COS-0133,ピオニー コロン,JO MALONE LONDON\n',
      'MAWB,HAWB,수하인명,품명(영문)\n180-00000000,UBH000000001,백서윤,GREEN TEA\n',
    ],
  },
});
