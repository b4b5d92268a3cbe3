import { defineRule } from '../defineRule';
import { native } from '../../scan/nativeRegex';
import { ADDRESS_HEADER, columnHeader, isOnCompanyRow } from './_context';

/**
 * A column of people's addresses in a Japanese export: 住所, ご住所, 現住所, お届け先住所, 配送先住所, and
 * any other party's (a shop's order export's 注文者住所, 送付先住所, 購入者住所); not a company's, a
 * shop's, an office's or a warehouse's (会社住所, 店舗住所, 発送元住所).
 */
const JP_ADDRESS_HEADER = native(/^["']?(?![^,;\t]*(?:会社|店舗|事業所|本社|法人|倉庫|営業所|支店|工場|発送元|出荷元))[一-龥ぁ-んァ-ヶー]{0,8}住所[0-9１-９]?["']?$/u);

// A Japanese postal address in an export's address column (住所, or a person's address column
// headed in English, `billing_address`, as address-column reads one): a prefecture (北海道, 東京都,
// 京都府, 大阪府 or one of the 県), a city, ward, town or village, and the block's numbers (2-25-10,
// 三丁目5番8号), a building and room after them. The column decides: an address in prose is a
// shop's or an office's as often as a customer's. So does an address key right before it (a record's
// `"line1": "…"`, a log's `address="…"`, a form's `住所：`). (A row that names a company by a Latin legal form
// keeps its address; 株式会社 is not among those forms yet.)
/**
 * An address's key right before it: a record's `"line1": "`, a log's `address="`, a form's `住所：`,
 * `お届け先: ` (not 所在地, a shop's or an office's location).
 */
const JP_ADDRESS_KEY_BEFORE = native(/(?:(?<![A-Za-z])(?:address|addr|address_?line_?1|address1|line1|shipping_?address|delivery_?address)|住所|ご住所|お届け先|届け先|配送先)["'\]]?[ \t]*[:=：][ \t]*["']?$/iu);

export default defineRule({
  id: 'jp-address-column',
  category: 'pii',
  description: "Japanese postal address (prefecture, city, block numbers) in an export's address column (住所) or after an address key",
  keywords: [],
  // A match starts at its prefecture and runs at most 80 code units on: scanned only near kanji.
  nearScript: { before: 4, after: 96 },
  pattern:
    /(?<![\u3400-\u9fff])(?:北海道|東京都|京都府|大阪府|[\u4e00-\u9fff]{2,3}県)[\u3400-\u9fff\u3041-\u30ff]{1,12}?[市区町村郡][\u3400-\u9fff\u3041-\u30ff0-9０-９]{0,24}?[0-9０-９一二三四五六七八九十]{1,4}(?:[-－ー丁目番地の]{1,2}[0-9０-９]{1,4}){1,3}(?:[号]?[ 　]?[\u3400-\u9fff\u3041-\u30ffA-Za-z0-9０-９]{0,24}?(?:[0-9０-９]{1,5}号室|[0-9０-９]{1,5}号))?/gu,
  validate: (_s, ctx) => {
    if (JP_ADDRESS_KEY_BEFORE.test(ctx.text.slice(Math.max(0, ctx.start - 32), ctx.start))) return true;
    const header = columnHeader(ctx);
    return header !== undefined && (JP_ADDRESS_HEADER.test(header.trim()) || native(ADDRESS_HEADER).test(header)) && !isOnCompanyRow(ctx);
  },
  redactAs: 'address',
  references: ['https://www.post.japanpost.jp/zipcode/', 'https://www.ppc.go.jp/en/'],
  examples: {
    positive: [
      '会員番号,氏名,郵便番号,住所,会員ランク\nM-1,見本 花子,530-0001,大阪府大阪市北区梅田9-8-7,ゴールド\n',
      '氏名\tご住所\t電話\n見本 太郎\t東京都世田谷区三軒茶屋8-7-6 見本ハイツ203号室\t要確認\n',
      // a card dispute export's billing address, the postcode after it
      'dispute_id,cardholder_name,billing_address,amount\ndp_1,"A. Example","大阪府大阪市北区梅田9-8-7, 〒530-0001",1200\n',
      // a courier client's log line and a fixture's address record
      'WARN could not resolve building for postal=530-0001 address="大阪府大阪市北区梅田9-8-7" recipient="見本 花子"',
      '"address": {\n  "postalCode": "530-0001",\n  "line1": "東京都世田谷区三軒茶屋8-7-6",\n  "line2": null\n}',
      // a shop's order export: the orderer's address
      '注文番号,注文者氏名,注文者郵便番号,注文者住所\n338104-1,見本 花子,143-0023,東京都大田区山王9-8-7 見本ハイツ 101\n',
    ],
    negative: [
      // a seller's warehouse
      '出品者ID,発送元住所\nS-1,千葉県市川市塩浜9-8-7\n',
      '本社所在地：大阪府大阪市北区梅田9-8-7',
      '店舗名,所在地\n見本ストア,東京都世田谷区三軒茶屋8-7-6\n',
    ],
  },
});
