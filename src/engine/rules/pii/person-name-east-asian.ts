import { native } from '../../scan/nativeRegex';
import { defineRule } from '../defineRule';
import { columnHeader, isOnPlaceholderPersonLine, lineStartNear, isInProductColumn } from './_context';
import { PLACEHOLDER_SURNAMES, titleCase } from './_names';

/** A test record's marker word on the line. */
const TEST_WORD = native(/(?:^|[\s"',;])(?:TEST|DUMMY|SAMPLE)\b/u);

/**
 * Common East and Southeast Asian family names as romanised in Singapore, Malaysia, Hong Kong,
 * Taiwan, mainland China (pinyin), Korea and Vietnam. They come first in the name.
 */
const SURNAMES = (
  'Tan Lim Lee Ng Ong Wong Goh Chua Chan Koh Teo Ang Yeo Tay Ho Low Toh Sim Chong Chia Leong Foo Yap Seah Cheng Chen Wang Li Zhang ' +
  'Liu Yang Huang Zhao Wu Zhou Xu Sun Ma Zhu Hu Guo He Lin Luo Gao Zheng Liang Xie Song Tang Han Feng Deng Cao Peng Zeng Xiao Tian ' +
  'Dong Pan Yuan Cai Jiang Yu Du Ye Wei Su Lu Ding Ren Shen Yao Jin Fan Fang Kwok Lau Leung Cheung Yip Tse Fung Mak Tsang Chow Siu ' +
  'Choi Lam Chu Kwan Poon Tam Yeung Hui Au Kong Ip Lai Loh Quek Soh Tham Yong Kang Kim Park Jung Jeong Cho Yoon Jang Oh Seo Shin ' +
  'Kwon Hwang Ahn Yoo Hong Jeon Moon Baek Nam Ryu Nguyen Tran Le Pham Hoang Phan Vu Vo Dang Bui Do Huynh Ngo Duong ' +
  // Taiwan's Wade-Giles spellings, and more of the mainland's pinyin ones
  'Hsu Hung Chang Tsai Hsieh Kuo Chiang Chou Yeh Tseng Hsiao Chien Chuang Lo Chao Chiu Shih Kao Weng Hsueh Tsao Fu Liao Qian Qiu ' +
  'Xia Jia Cui Hou Meng Xiong Qin Yin Xue Yan Duan Lei Shi Tao Mao Hao Gong Shao Wen Niu Qiao Pang Zhuang Nie Yue Zhai Zhan Geng ' +
  'Guan Jiao Zuo Shang Shu Ruan Mei Pei Huo Miao Sheng Xin Chai Teng Rao Bao Hua Mai'
).split(' ');

/** Family names that Taiwan and Hong Kong write after a hyphenated given name (`Mei-Hua Lo`, `Ka-Yan Wong`). */
const WESTERN_ORDER_SURNAMES = 'Huang Wang Chen Lin Liu Yang Tsai Cheng Hsu Hung Chang Hsieh Kuo Chiang Chou Yeh Tseng Hsiao Chien Chuang Chao Chiu Shih Kao Weng Hsueh Tsao Liao Wong Chan Leung Cheung Lau Tsang Chow Kwok Fung Yeung Poon Mai'.split(' ');

/** Family names that are English words as keywords, or inside common words (`calling `, `plan `, `running `), or a month (German `Mai `): the pattern still reads them. */
const NOT_KEYWORDS = new Set(['Long', 'Ling', 'Lan', 'Ning', 'Gan', 'Ran', 'Yen', 'Mai']);

/** A given name's syllable, and a hyphenated pair (`Ka-yan`, `Jae-won`, `Chi-ming`). */
const SYLLABLE = '[A-Z][a-z]{1,5}(?:-[a-zA-Z][a-z]{1,5})?';
const SYLLABLE_UPPER = '[A-Z]{2,6}(?:-[A-Z]{2,6})?';

/**
 * A syllable of Chinese, Korean or Vietnamese romanisation (consonants, one to three vowels, a final
 * nasal or stop), or two written as one word, as pinyin writes a given name (`Wenbin`, `Xiulan`).
 */
const ROMANISED_SYLLABLE = native(/^(?:[bcdfghjklmnpqrstvwxyz]{0,3}[aeiouy]{1,3}(?:ng|nh|ch|n|m|k|p|t|h|r|w)?){1,2}$/iu);

/** Labels whose value is a person's name, at the end of the text before it on its line. */
const NAME_LABEL =
  /(?:(?:full|first|last|given|legal|real|display|customer|client|contact|account|card|member|patient|passenger|payee|applicant|beneficiary|holder|recipient|sender|emergency[ _-]?contact|english)?[ _-]?name(?:[ _-]?en)?|director|agent|contact|owner|holder|payee|applicant|beneficiary|cardholder|signatory|assignee|reporter|manager|customer|buyer|consignee|purchaser|on-?call|primary|secondary)["'\]*\*{0,2}[ \t]{0,3}[:=][ \t]{0,3}\*{0,2}["']?$/iu;

/** Column headers of people's names. */
const NAME_COLUMN = /(?:^|[\s_-])(?:(?:full|customer|client|contact|account|card|member|payee|legal|english)[ _-]?)?name(?:[ _-]?en)?s?$|(?:^|[\s_-])(?:customer|payee|holder|beneficiary|primary|secondary|owner|assignee|agent|director|pinyin|consignee|recipient|receiver|addressee)(?:[ _-]?en)?$|(?:^|[\s_-])nama(?:[ _-]?(?:penuh|lengkap|pelanggan|pemandu|penerima|pemilik|pekerja))?$|^(?:英文)?(?:姓名|名字)$|^(?:英文名|拼音)$|^(?:영문)?(?:성명|이름)$|^(?:氏名|名前|성명|이름)[(（](?:ローマ字|英字|영문|英文)[)）]$|^ローマ字(?:氏名)?$/iu;

// A family name first, then one or two given-name syllables, as romanised East and Southeast Asian
// names are written (`Tan Wei Ling`, `Wong Ka-yan`, `CHAN, Chi Ming`, `Koh Wei Jie`, `Goh Siew Hoon`):
// their given names are not in a Western lexicon, so they need a name label or a name column before
// them (`name="TAN WEI LING"`, `"name": "Wong Ka-yan"`, `Director: …`, a `customer_name` cell).
export default defineRule({
  id: 'person-name-east-asian',
  category: 'pii',
  description: "Romanised East or Southeast Asian name, family name first ('<Family> <Given>'), after a name label or in a name column",
  // The family names of three letters or more (two-letter ones, `ho `, `he `, are in every text),
  // and the labels: the rule reads the text around them.
  // (And a Taiwanese or Hong Kong family name that ends a table's cell, for a name written the Western way: `Huang,`.)
  keywords: [
    ...SURNAMES.filter((s) => s.length >= 3 && !NOT_KEYWORDS.has(s)).map((s) => `${s.toLowerCase()} `),
    ...WESTERN_ORDER_SURNAMES.flatMap((s) => [`${s.toLowerCase()},`, `${s.toLowerCase()}\t`, `${s.toLowerCase()}"`]),
    'name', 'director', 'pinyin', 'consignee', 'recipient', 'receiver', 'addressee',
    // a Malaysian or Indonesian export's name column (`nama`, `nama_penuh`)
    'nama',
  ],
  window: { before: 120, after: 60 },
  columns: true,
  pattern: new RegExp(
    // (Or written the Western way, a hyphenated given name first as Taiwan and Hong Kong romanise it: `Mei-Hua Lo`, group 2.)
    `(?<![\\w-])((?:${SURNAMES.join('|')}),? ${SYLLABLE}(?: ${SYLLABLE}){0,2}|([A-Z][a-z]{1,5}-[A-Za-z][a-z]{1,5}) (?:${SURNAMES.join('|')})(?=[ \\t]*(?:[,;\\t|"']|\\r?\\n|$))|(?:${SURNAMES.map((s) => s.toUpperCase()).join('|')}),? (?:${SYLLABLE_UPPER}(?: ${SYLLABLE_UPPER}){0,2}|${SYLLABLE}(?: ${SYLLABLE}){0,2}))(?![\\w-]| [A-Z][a-z])`,
    'gu',
  ),
  secretGroup: 1,
  validate: (name, ctx) => {
    const { text, start } = ctx;
    // Each given-name part reads as a romanised syllable (`Wei`, `Hoon`, `yeon`, `Thanh`), not a word (`Bird`).
    const western = ctx.match[2] !== undefined;
    const given = western ? (ctx.match[2] as string).split('-') : name.split(/[ ,-]+/u).slice(1);
    if (!given.every((p) => ROMANISED_SYLLABLE.test(p))) return false;
    if (isOnPlaceholderPersonLine(ctx, false)) return false;
    // A test row's or a sample's stand-in (`TEST EMPLOYEE`, `AU Sample`).
    if (name.split(/[ ,-]+/u).some((p) => PLACEHOLDER_SURNAMES.has(titleCase(p)) || /^(?:TEST|SAMPLE|DUMMY|EMPLOYEE|USER)$/iu.test(p))) return false;
    // (Or a warning in a test row's cell: `"TEST EMPLOYEE - DO NOT PAY"` is no Vietnamese Đỗ.)
    if (TEST_WORD.test(text.slice(Math.max(lineStartNear(text, start, 60), start - 40), start))) return false;
    const before = text.slice(Math.max(lineStartNear(text, start, 200), start - 60), start);
    if (native(NAME_LABEL).test(before)) return true;
    const header = columnHeader(ctx);
    return header !== undefined && native(NAME_COLUMN).test(header) && !isInProductColumn(ctx);
  },
  redactAs: 'name',
  references: ['https://en.wikipedia.org/wiki/Chinese_name', 'https://en.wikipedia.org/wiki/Korean_name', 'https://en.wikipedia.org/wiki/Vietnamese_name'],
  examples: {
    positive: [
      'person fetched uinfin=S8841419E name="TAN WEI LING" dob=1988-04-14',
      '"name": "Wong Ka-yan",',
      // a Taiwanese member export's romanised names, the Western way
      '會員編號,姓名,英文姓名,手機\nTW1,黃怡君,Shu-Fen Kao,\n',
      'hkid card parsed name_en="CHAN, Chi Ming" dob=1982-05-09',
      '  Director: Goh Siew Hoon (吴秀云)',
      'payout_id,market,customer_name,method\nRFP-1,SG,Koh Wei Jie,giro',
      '| week | primary | secondary |\n|---|---|---|\n| 2026-W10 | Koh Wei Jie | Vikram Nair |',
      '員工編號,姓名,英文姓名,出生日期\nTW1013,x,Lin Chih-ming,86/05/21',
      'badge_no,pinyin,line\nDG204110,Liao Wenbin,L4',
      '"name": "Hung Chia-hui",',
      // a Korean dependants' form's English-name column, a travel export's romanised-name column
      '사번,부양가족성명,영문성명,관계\nE-1,윤서하,Yoon Seo-ha,배우자\n',
      '社員番号,氏名(ローマ字),国籍\nE-2,KIM JIHU,KOR\n',
      // a staff list's name column, its header noting how the name is written
      'Staff No,Name (as per passport),Team\nS-2,"Toh Jia Wen",QA',
      // a Malaysian driver-onboarding export: the name under its Malay header (nama)
      'driver_id,nama,no_telefon,bank\nDRV-MY-1,Loh Kah Seng,011-0000 0000,Maybank\n',
    ],
    negative: [
      // a supermarket's branch (Delhaize Le Lion) under an employer column
      'id\ttenant_id\tstatus\temployer_name\tscore\n100423\t10423\tdraft\tDelhaize Le Lion\t0.29\n',
      '{"name": "AU Sample", "email": "au-sample@example.net"}',
      'emp_id,name,email\nE10000,"TEST EMPLOYEE - DO NOT PAY",payroll-test@example.com',
      'the Tan Wei Ling case was discussed',
      // Vietnam's placeholder person
      'Holder: "NGUYEN VAN A",',
      'name: Song Bird',
      '"name": "Lee Enfield Rifle Co"',
      'Wong Ka-yan called yesterday',
    ],
  },
});
