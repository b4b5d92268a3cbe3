import { native } from '../../scan/nativeRegex';
import { defineRule } from '../defineRule';
import { columnHeader, headerNamesColumn } from './_context';
import { CJK, HAN, HANGUL, HIRAGANA, KATAKANA } from './_scripts';


/**
 * Labels of a person's name: keys in code and data (`name_kanji`, `displayName`, `customerName`,
 * `furigana`) and the labels of Chinese, Japanese and Korean forms (姓名, 联系人, 氏名, お名前,
 * 担当者, フリガナ, 이름, 성명, 담당자).
 */
const LABEL = [
  `(?:(?:full|Full|FULL|first|First|FIRST|last|Last|LAST|given|Given|family|Family|display|Display|DISPLAY|customer|Customer|CUSTOMER|contact|Contact|user|User|USER|real|Real|legal|Legal|person|Person|patient|Patient|employee|Employee|member|Member|sender|Sender|recipient|Recipient|author|Author|owner|Owner)[_-]?)?(?:name|Name|NAME)(?:[_-]?(?:kanji|Kanji|KANJI|kana|Kana|KANA|jp|ja|cn|zh|ko|kr|local|Local|native|Native))?`,
  '(?:furi|Furi|FURI)?(?:kana|Kana|KANA|gana|Gana)',
  '(?:author|Author|owner|Owner|contact|Contact|assignee|Assignee|reporter|Reporter|recipient|Recipient|sender|Sender|customer|Customer|patient|Patient|employee|Employee|buyer|Buyer|consignee|Consignee|purchaser|Purchaser)',
  // a cross-border order's buyer and consignee, as customs declarations name them (订购人, 收货人)
  '订购人', '訂購人', '购买人', '購買人', '下单人', '下單人', '收货人', '收貨人', '买家', '買家',
  '姓名', '名字', '联系人', '聯絡人', '聯繫人', '负责人', '負責人', '收件人', '寄件人', '申请人', '申請人', '客户姓名', '客戶姓名',
  // a ticket's handler and reviewer, a meeting's attendees and chair, a record's keeper, a request's approver
  '处理人', '處理人', '审核', '審核', '审核人', '審核人', '审阅', '審閱', '经办人', '經辦人', '记录人', '記錄人', '主持人', '参会', '參會', '参会人', '參會人', '审批人', '審批人', '对接人', '對接人',
  // a repository's maintainer, a ticket's reporter, a scanner's or a log's operator, a payment's payee and
  // payer, a customs declarant, a chat export's sender and exporter
  '维护人', '維護人', '维护', '維護', '报告人', '報告人', '提交人', '创建人', '創建人', '操作人', '操作员', '操作員', '开户名', '開戶名',
  '收款人', '付款人', '申报人', '申報人', '发件人', '發件人', '导出人', '導出人',
  '(?<![A-Za-z])(?:operator|Operator|senderNick|nickName|nickname|exportedBy)',
  '氏名', '名前', 'お名前', '担当者', '担当', '名義', '名義人', '口座名義', '配偶者', '扶養者', '顧客名', 'お客様名', 'フリガナ', 'ふりがな', 'カナ', '宛名', '差出人',
  '이름', '성명', '성함', '담당자', '고객명', '작성자', '신청인', '수신인', '받는 분', '보내는 분', '예금주',
  // a chat export's visitor and agent (訪問者, 访客, 상담원)
  '訪問者', '来訪者', '访客', '訪客', '상담원', '상담사',
  // a chat's customer (고객), only where a name's delimiter follows (see CUSTOMER_LABEL_BEFORE)
  '고객',
].join('|');

/** Labels that may follow a name after a space ("李娜 电话：…"): not part of the name. */
const NEXT_LABEL = '(?:电话|電話|手机|手機|邮箱|郵箱|电邮|電郵|地址|部门|部門|职位|職位|公司|单位|單位|备注|備註|性别|性別|年龄|年齡|身份|生日|出生|住所|携帯|所属|部署|役職|様|さん|先生|女士|小姐)';

/** A bare `name` label (no person word before it): in code it also names things, so a two-character value needs more. */
const BARE_NAME_LABEL = /(?<![A-Za-z_-])(?:name|Name|NAME)["'\\]*\s{0,3}[:=：|]\s{0,3}["'\\]*\s{0,2}$/u;

/** Labels that mark the reading of a name in kana (where katakana words are a name, not a loanword). */
const KANA_LABEL = native(/(?:kana|Kana|KANA|gana|Gana|フリガナ|ふりがな|カナ)["'\\]*\s{0,3}[:=：|]?\s{0,3}["'\\]*\s{0,2}(?:\[(?:"[^"\n]{0,40}",\s?)?")?$/u);

/** Labels a name follows after a space or a copula (`예금주 서지훈`, `法人是刘思远`): CJK ones only. */
/** Role words a support chat writes before its agent's surname. */
const ROLE_FIRST = /^(?:担当者?|スタッフ|オペレーター|係員|客服|坐席|상담원|담당자)[ \u3000]/u;

// (And a chat's or a ticket's service agent, on duty: `客服 …:`, `坐席: 售后客服 …`, `IT值班 …:`.)
/**
 * Not a service role's word where a chat line's speaker would start (`客服 邓…:`): the name after
 * it is read through SPACED_LABEL. (Read after the role's first character, which the match has
 * consumed.)
 */
const NOT_SPEAKER_ROLE = '(?!(?<=客)服[ \\t]|(?<=坐)席[ \\t]|(?<=售)后客服[ \\t]|(?<=值)班[ \\t])';

const SPACED_LABEL = ['(?<![A-Za-z])by', '客服', '坐席', '值班', '值班人', '接待人', '处理人', '審核人', '审核人', '经办人', '對接人', '对接人', '예금주', '요청자', '신청자', '상담원', '담당자', '작성자', '法人', '法定代表人', '维护人', '维护者', '維護人', '持卡人', '户名', '戶名', '名義', '名義人', '口座名義', '契約者', '申込者', '担当者', '担当', '联系人', '名前', 'お名前', '氏名'].join('|');

/** Labels of a list of people: a meeting's attendees, a mail's copies, a team's members (its names are separated by 、). */
const LIST_LABEL = ['参会', '參會', '参会人', '參會人', '参会人员', '出席', '出席人', '出席者', '参加者', '抄送', '成员', '成員', '与会', '與會', '参与人', '參與人'].join('|');

/** A chat export's timestamp before a speaker: `[14:03:31]`, `2024/05/12 19:31`, `19:31`. */
const TIMESTAMP = '\\[[^\\]\\n]{0,24}\\]|\\d{4}[/.-]\\d{1,2}[/.-]\\d{1,2}[ \\t]+\\d{1,2}:\\d{2}(?::\\d{2})?|\\d{1,2}:\\d{2}(?::\\d{2})?';

/** The rest of a Han or hangul name after its first character, a surname of up to three (五十嵐 悠真) (what may follow is up to the caller). */
const NAME_BODY = `(?:(?<=[${HAN}])(?:[${HAN}]{1,3}|[${HAN}]{0,2}[ \\u3000][${HAN}]{1,3})|(?<=[${HANGUL}])[${HANGUL}]{1,3})`;
/** The same, ending the word. */
const NAME_REST = `${NAME_BODY}(?![${HAN}${HANGUL}])`;

/** What follows a person's name only: honorifics, a self-introduction after の or a team word (or at a sentence's start before と申します), the person's own address, its reading in katakana (`大西 翼（オオニシ ツバサ）`). */
const AFTER_NAME = `[ \\u3000]?(?:고객님|님|씨|様|さま|さん|先生|女士|小姐|您好|你好)|(?<=(?:팀|센터|부서|담당|상담원|매니저|저는)[ ][${HANGUL}]{2,4})입니다|(?<=の[${HAN}]{1,3}(?:[ \\u3000][${HAN}]{1,3})?)(?:です|と申します)|(?<=(?:^|[。、！!\\n])[${HAN}]{2,4})と申します|[ \\t]?<[\\w.+-]{1,64}@|[（(][${KATAKANA}]{1,9}[ \\u3000][${KATAKANA}]{2,10}[）)]`;

/**
 * Korean words in a name's place: titles that take 님 or 씨 as a name does (선생님, 사장님, 팀장님), and
 * words of forms and tickets that start with a surname's syllable (연락처 contact, 이메일 e-mail).
 */
const KR_NOT_NAMES = new Set([
  // a chat export's non-person speakers and system lines (공지 notice, 안내 guide, 방장 room owner, 사진 photo)
  '공지', '안내', '방장', '전체', '사진', '이모티콘', '이미지', '정보', '주의', '부재중',
  '선생', '사장', '부장', '과장', '차장', '대리', '팀장', '실장', '이사', '대표', '회장', '원장', '교수', '기사', '고객', '회원', '주임', '소장', '국장', '총장', '선배', '후배', '형님', '누님', '어머', '아버', '여러분', '관리자', '담당자', '신청자', '요청자', '작성자', '운영자', '상담사', '작가', '주인', '연락처', '이메일', '전화', '전화번호', '주소', '번호', '정보', '확인', '문의', '이름', '성명', '메모', '내용', '비고', '상태', '결제', '주문', '배송', '환불', '계정', '문제', '이상', '정상', '조회', '변경', '신청', '요청']);

// The name follows its label: `氏名：山田 花子`, `"name_kanji": "佐藤 結衣"`, `이름: 김민준`, and in
// a JSON list of old and new values (`"displayName":["user_431483","中村 美咲"]`). The match
// starts at a CJK character, so texts without one (one-byte strings) cost V8 nothing.
/** Where a whole cell of a delimited row or a tuple starts (before its first character) and ends. */
const CELL_START = `(?:^|[\\n\\t,;|])[ \\t]*["']?`;
const CELL_END = `["']?[ \\t]*(?:[\\t,;|)]|\\r?\\n|$)`;
/** The rest of a name's reading in katakana after its first character: two words. */
const KANA_NAME_REST = `[${KATAKANA}]{1,9}[ \\u3000][${KATAKANA}]{2,10}`;

const PATTERN = new RegExp(
  // Every branch consumes the name's first character, then reads its context with a lookbehind: V8
  // skips quickly to CJK characters (one leading class for all branches keeps that skip).
  `[${CJK}](?:(?<=(?:(?:${LABEL})["'\\\\]*\\s{0,3}(?:=>|[:=：|［]|\\[(?=[${HAN}]))|(?:${SPACED_LABEL})(?:[ \\t]|是|为|為|은|는|は)|(?<![\\w.@-])@)\\s{0,3}["'\\\\]*\\s{0,2}(?:\\[(?:"[^"\\n]{0,40}",\\s?)?")?[${CJK}])` +
    `(?:(?<=[${HAN}])[${HAN}]{0,2}[ \\u3000](?:[${HIRAGANA}]{2,4}|[${KATAKANA}]{2,5})(?![${CJK}A-Za-z0-9])|(?<=[${HAN}])[${HAN}]{0,2}(?:[ \\u3000・](?!${NEXT_LABEL})|)[${HAN}]{1,3}|(?<=[${KATAKANA}])[${KATAKANA}]{1,9}[ \\u3000・][${KATAKANA}]{2,10}|(?<=[${KATAKANA}])[${KATAKANA}]{1,9}(?=["'])|(?<=[${HIRAGANA}])[${HIRAGANA}]{1,9}[ \\u3000][${HIRAGANA}]{2,10}|(?<=[${HANGUL}])[${HANGUL}]{1,3}|(?<=[${HANGUL}])[ ][${HANGUL}]{1,3})(?:(?![${CJK}A-Za-z0-9])|(?<=[${HAN}])(?=です))` +
    // a chat line's speaker at the line's start, after a timestamp: `[14:03:31] 황민준: …`, `2024/05/12
    // 19:31 山本 美桜「…」`, or alone on its line above the message, as WeChat's PC export writes it (not
    // when the next line starts with a digit or a bracket: a log's next line); or before one, as WeChat's
    // phone export and Feishu's Markdown write it: `陈思远 2024-06-05 10:02`, `**唐俊杰** 03-05 10:12`
    // (groups 1 and 2 mark them)
    `|(?<=(?:^|\\n)(?:${TIMESTAMP})[ \\t]*[${HAN}${HANGUL}])()${NOT_SPEAKER_ROLE}${NAME_REST}(?=[ \\t]?[:：「]|[ \\t]*\\r?\\n(?![ \\t]*(?:\\d|\\[|\\r?\\n|$)))` +
    `|(?<=(?:^|\\n)(?:\\*\\*)?[${HAN}${HANGUL}])()${NAME_REST}(?=(?:\\*\\*)?[ \\t]+(?:\\d{4}[/.-])?\\d{1,2}[/.-]\\d{1,2}[ \\t]+\\d{1,2}:\\d{2})` +
    // a name followed by what only follows a person's: an honorific (高橋 健太様, 서지훈 고객님, 李伟先生), a
    // self-introduction after a team or role word (サポートの山本 美桜です, 고객지원팀 황민준입니다), or the
    // person's own address (加藤 葵 <aoi@…>) (group 3 marks it)
    `|(?<=[${HAN}${HANGUL}])(?<![${HAN}${HANGUL}].)()${NAME_BODY}(?=${AFTER_NAME})` +
    // a whole cell of a table or a tuple under a name column (`full_name_local`, 姓名), group 4 marks it; and a
    // name in brackets right after its romanisation (`Goh Siew Hoon (吴秀云)`), group 5
    `|(?<=${CELL_START}[${HAN}${HANGUL}])()${NAME_REST}(?=${CELL_END})` +
    `|(?<=[A-Za-z] \\([${HAN}${HANGUL}])()${NAME_REST}(?=\\))` +
    // or before it (`郑美玲 (Zheng Meiling)`, `林志豪 (Chih-Hao Lin)`): a Han name and its reading in Latin letters
    `|(?<=(?:^|[^${HAN}])[${HAN}])${NAME_REST}(?=[ ]?[（(][A-Z][a-z]{1,12}(?:-[A-Za-z][a-z]{1,12})? [A-Z][a-z]{1,12}(?:-[A-Z]?[a-z]{1,12})?[)）])` +
    // a KakaoTalk export's speaker: `[박서준] [오전 9:31] …` (LINE's tab-separated `09:12<tab>佐藤 健一<tab>…`
    // is a cell to group 4)
    `|(?<=(?:^|\\n)\\[[${HAN}${HANGUL}])${NAME_REST}(?=\\][ \\t]\\[(?:오전|오후|午前|午後|AM|PM)?[ ]?\\d{1,2}:\\d{2}\\])` +
    // and its phone export's: `2024. 5. 2. 오후 3:15, 한지민 : …`
    `|(?<=(?:^|\\n)\\d{4}\\. \\d{1,2}\\. \\d{1,2}\\.? (?:오전|오후) \\d{1,2}:\\d{2}, [${HANGUL}])${NAME_REST}(?= : )` +
    // a name's reading in katakana: a whole cell under a kana column (`フリガナ`), group 6, or in
    // brackets right after the name in kanji (`大西 翼（オオニシ ツバサ）`), group 7
    `|(?<=${CELL_START}[${KATAKANA}])()(?:${KANA_NAME_REST}|[${KATAKANA}]{1,9})(?=${CELL_END})` +
    `|(?<=[${HAN}][ ]?[（(][${KATAKANA}])()${KANA_NAME_REST}(?=[）)])` +
    // a Slack or Teams copy's speaker, alone on its line with the message's time: `곽채원  11:42 AM`, `劉淑芬  [10:03]`
    `|(?<=(?:^|\\n)[${HAN}${HANGUL}])${NAME_REST}(?=[ \\t]{1,3}(?:\\[\\d{1,2}:\\d{2}(?::\\d{2})?\\]|(?:오전|오후|午前|午後)?[ ]?\\d{1,2}:\\d{2}(?: ?[AP]M)?)[ \\t]*\\r?\\n)` +
    // the second and later names of a list after a list's label, separated by 、 (`参会：陈晓东、林嘉怡、…`)
    `|(?<=(?:${LIST_LABEL})[:：][ \\t]{0,3}(?:[${HAN}]{2,4}、){1,8}[${HAN}])[${HAN}]{1,3}(?=、|[，,。；;）)]|[ \\t]*(?:\\r?\\n|$)))`,
  'gu',
);

/** Column headers of a name in its own script: `full_name_local`, `name_kanji`, a Korean party's name (`수하인명` the consignee's, `주문자명`), a consignee's or a member's with the script's code (`consignee_cn`), 姓名, 氏名, 이름, 수취인, a marketplace's seller (出店者名, 出品者名). Any Japanese header that ends in 氏名 or 者名 is a person's name too (a shop's order export's `購入者氏名`, `配送先氏名`, `出品者名`), and so is one that names a person by a role ending in 者 (`最終更新者`, `審査者`; not a trade's 業者) or 担当 (the person in charge), and one that ends in 氏名 or 者 and then フリガナ or カナ their reading (`購入者フリガナ`, `送付先氏名カナ`); a Rakuten order's orderer's surname and given name in columns of their own (`注文者名字`, `注文者名前`, their readings `注文者名字フリガナ`) and its recipient's (`送付先名`). */
const NAME_COLUMN = /(?:^|[\s_-])(?:(?:full[ _-]?)?name(?:[ _-]?(?:local|native|kanji|cn|zh|ja|ko|kr|hanzi|hangul))?|nombre|payee|beneficiary|account[ _-]?(?:holder|name)|customer|recipient|holder|assignee|assigned[ _-]?to|reporter|owner|agent|operator|reviewer|author|staff|manager|buyer|purchaser|requester|applicant|visitor|host|contact|kontakt|koinh|emergency[ _-]?contact(?:[ _-]?name)?|(?:consignee|receiver|recipient|addressee|customer|buyer|member)[ _-](?:local|native|cn|zh|tc|sc|hk|tw|chi|chinese|kanji|hangul|ko|kr|ja))$|^[가-힣]{1,6}성명$|^[가-힣]{1,5}[인자]명$|^(?:姓名|中文姓名|中文名|紧急联系人|緊急聯絡人|緊急聯繫人|訪客姓名|访客姓名|承辦人|承办人|經辦人|经办人|請購人|请购人|採購員|采购员|名字|名前|お名前|이름|성명|예금주|수취인|수령인|받는[ ]?분|받는[ ]?사람|보내는[ ]?분|주문자(?:명)?|구매자|고객명|회원명|대표자(?:명)?|담당자|작성자|신청자|예약자|환자명|환자|직원명|담당의|주치의|收款人|收货人|收貨人|收件人|订购人|訂購人|购买人|購買人|下单人|下單人|consignee|户名|戶名|联系人|聯絡人|负责人|負責人|申请人|申請人|客户|顧客名|受取人|お客様名|緊急連絡先|口座名義人?|セラー名)$|^[一-龥ぁ-んァ-ヶー]{0,8}(?:氏名|者名|者名字|者名前|者姓|先名|先氏名)(?:フリガナ|カナ)?$|^姓$|^名$|^[一-龥ぁ-んァ-ヶー]{0,8}(?<!業)者$|^担当$/u;

/** A Japanese column of one part of a name: a surname's (`名字`, `姓`, a Rakuten order's `注文者名字`) or a given name's (`名`, `注文者名前`). */
const NAME_PART_COLUMN = native(/^[一-龥ぁ-んァ-ヶー]{0,8}(?:名字|姓)$|^[一-龥ぁ-んァ-ヶー]{0,8}者名前$|^名$|^(?:last|first|family|given)[ _-]?name$|^surname$/iu);

/** A JSON name key's string value opening right before the match: `"name": "`, `"item_name":"`. */
const JSON_NAME_VALUE_BEFORE = /"[\w-]{0,24}name"[ \t]*:[ \t]*"$/iu;
/** The value goes on after the match: a space, then more of it. */
const VALUE_GOES_ON = /^[ \u3000][^"\s]/u;

/** Before a LINE chat export's speaker: the line's time and a tab (`09:12<tab>佐藤 健一<tab>…`). */
const LINE_SPEAKER = /(?:^|\n)\d{1,2}:\d{2}\t$/u;

/** The commonest Chinese surnames (simplified and traditional), ~85% of people. */
const CN_SURNAMES = new Set(
  [...'王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤常温康施文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞左柳甘祝包宁尚符舒阮柯纪梅童凌毕单季裴霍涂成苗谷盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻祁蒲房滕屈饶解牟艾尤阳时穆农司卓古吉缪简车项连芦麦褚娄窦戚岑景党宫费卜冷晏席卫米柏宗瞿桂全佟应臧闵苟邬边卞姬师和仇栾隋商刁沙荣巫寇桑郎甄丛仲虞敖巩明佘池查麻苑迟邝' +
    '張劉陳楊黃趙吳孫馬羅鄭謝許韓馮鄧蕭葉蘇呂盧鍾譚陸賈韋鄒閆龍賀顧龔萬錢嚴湯溫莊聶魯蘭歐紀畢單駱藍饒聞農車項連蘆麥婁竇寧衛鄔邊師欒隋龐顏喬齊聶' +
    // common in Taiwan and Hong Kong (區: Au or Ou, Hong Kong's and Macau's)
    '賴赖洪傅蔣簡鐘塗鄺區'],
);
/** Two-character Chinese surnames. */
const CN_COMPOUND_SURNAMES = new Set(['欧阳', '歐陽', '司马', '司馬', '诸葛', '諸葛', '上官', '东方', '東方', '皇甫', '尉迟', '尉遲', '公孙', '公孫', '慕容', '长孙', '長孫', '夏侯', '令狐', '宇文', '司徒', '端木', '南宫', '南宮']);
/** The commonest Japanese surnames. */
const JP_SURNAMES: readonly string[] = (
  ('佐藤 鈴木 高橋 田中 伊藤 渡辺 渡邊 山本 中村 小林 加藤 吉田 山田 佐々木 山口 松本 井上 木村 林 斎藤 斉藤 清水 山崎 森 池田 橋本 阿部 石川 山下 中島 ' +
    '石井 小川 前田 岡田 長谷川 藤田 後藤 近藤 村上 遠藤 青木 坂本 福田 太田 西村 藤井 金子 岡本 藤原 中野 三浦 原田 中川 松田 竹内 小野 田村 中山 ' +
    '和田 石田 森田 上田 原 柴田 酒井 工藤 横山 宮崎 宮本 内田 高木 安藤 島田 谷口 大野 丸山 今井 高田 藤本 武田 村田 上野 杉山 増田 小山 大塚 平野 ' +
    '菅原 久保 松井 千葉 岩崎 桜井 木下 野口 松尾 菊地 野村 新井 渡部 西田 小島 北村 福島 吉川 佐野 浅野 荒木 大西 服部 樋口 早川 本田 永井 川口 星野 秋山')
    .split(' ')
);
/** The Korean surnames of ~99% of people (one syllable; 남궁, 제갈, 황보, 선우, 독고 take two). */
const KR_SURNAMES = new Set([...'김이박최정강조윤장임한오서신권황안송류유전홍고문양손배백허남심노하곽성차주우구민진나지엄채원천방공현함변염여추도소석선설마길연위표명기반왕금옥육인맹제모탁국어은편용예경봉사부가복태목형피두감']);
const KR_COMPOUND_SURNAMES = ['남궁', '제갈', '황보', '선우', '독고', '사공', '서문'];

/** The John Does of Chinese, Japanese and Korean (张三, 山田太郎, 홍길동), and words a form's name field may hold (and a mention's everyone: @全体, @所有人). */
const PLACEHOLDERS = new Set([
  '全体', '全體', '全体成员', '全體成員', '所有人', '大家',
  '张三', '李四', '王五', '赵六', '張三', '趙六', '某某', '陳大文', '陈大文', '山田太郎', '山田 太郎', '山田花子', '山田 花子', 'ヤマダ タロウ', 'ヤマダ ハナコ',
  'やまだ たろう', '홍길동', '김철수', '이영희', '사용자', '관리자', '서비스', '고객', '미정', '없음', '회원', '테스트', '사원', '이름', '고객명',
  // a customer centre (고객센터) signing a mail
  '고객센터',
  // a seed's test member in katakana (test, member, user, sample, dummy)
  'テスト', 'カイイン', 'ユーザー', 'ユーザ', 'サンプル', 'ダミー',
]);

/** A form's sample or a test row's stand-in family name (見本 sample, テスト test, サンプル, 記入例): `見本 太郎`, `テスト タロウ`. */
const PLACEHOLDER_FAMILY = native(/^(?:見本|ミホン|テスト|サンプル|記入例|例)[ \u3000]/u);

/** Hangul words of organisations, not people: a bank (우리은행), a centre (고객센터), a card issuer, a brokerage, an insurer. */
const KR_ORGANISATION_SUFFIX = native(/(?:은행|센터|카드|증권|보험|저축|금고|뱅크|페이)$/u);

/** A column named for a thing's name, not a person's (`bank_name`, `product_name`, `branch_name`). */
const THING_NAME_COLUMN = native(/(?:^|[\s_-])(?:bank|branch|company|corp|shop|store|product|item|file|host|server|service|app|game|event|campaign|project|team|dept|department|city|street|region|country|brand|plan|tier|course|school|hospital|clinic|org|organi[sz]ation|channel|merchant|vendor|device|model)[ _-]?name$/u);

/** Characters of interface words (名称, 用户, 管理员, 系统, 设置), which names rarely hold. */
const UI_WORD_CHARS = /[名称稱者員员户戶号號码碼址单單表项項设設置统統务務据據件档檔页頁键鍵值输輸入请請]/u;

/** Headers of a column of names' readings in kana: フリガナ, 氏名カナ, `name_kana`, `furigana`. */
const KANA_COLUMN = native(/(?:^|[\s_-])(?:furi)?(?:kana|gana)$|(?:^|[\s_-])name[ _-]?(?:alt|yomi|reading)$|^(?:フリガナ|ふりがな|カナ|カナ氏名|シメイ|口座名義[(（]?カナ[)）]?|名義[(（]?カナ[)）]?)$|^[一-龥ぁ-んァ-ヶー]{0,8}(?:氏名|者)(?:フリガナ|ふりがな|カナ)$/u);

/** The reading of one part of a name in its own column: `注文者名字フリガナ`, `名前カナ`, `セイ`, `メイ`. */
const KANA_PART_COLUMN = native(/^[一-龥ぁ-んァ-ヶー]{0,8}(?:名字|姓|名前|名)(?:フリガナ|ふりがな|カナ)$|^(?:セイ|メイ)$|^(?:last|first|family|given)[ _-]?name[ _-]?(?:kana|furigana|yomi)$/iu);

/** A name's first character is Han or hangul; what follows a hangul name is more hangul (a sentence). */
const STARTS_HAN = new RegExp(`^[${HAN}]`, 'u');
const STARTS_HANGUL = new RegExp(`^[${HANGUL}]`, 'u');
const HANGUL_NEXT = new RegExp(`^[ ]?[${HANGUL}]`, 'u');

/** A chat's `고객:` (customer) label, right before the match: its lines are the customer's messages too. */
const CUSTOMER_LABEL_BEFORE = native(/고객[ \t]{0,3}[:：][ \t]{0,3}$/u);
/** What follows a customer's name in a chat's header or first message: a delimiter or a phone number (`고객: 황… / 채널`, `고객: 신…, 010-…`); not the line's end, where a one-word message (`고객: 진짜`) stands too. */
const NAME_DELIMITER_AFTER = native(/^(?:[ \t]*[/,(|]|[ \t]+\+?\d)/u);

/** True when a Han name (without its spaces) starts with a known surname, or is written family-space-given. */
/** Words in kana after a space that end a sentence or name a thing, not a given name (`ください`, `です`, `なし`). */
const KANA_NOT_GIVEN = native(/[ \u3000](?:ください|下さい|です|ですか|でした|ます|ますか|ました|ません|します|しました|なし|あり|こちら|それ|これ|あれ|など|から|まで|より|ので|のみ|だけ|について|として|データ|テスト|サンプル|ユーザー|ユーザ|ゲスト|メンバー|サポート|チーム|エラー|ログイン|アカウント|プレイヤー)$/u);

function isHanName(name: string): boolean {
  if (UI_WORD_CHARS.test(name)) return false;
  if (/[ \u3000・]/u.test(name)) return true;
  if (name.length < 2 || name.length > 4) return false;
  if (CN_COMPOUND_SURNAMES.has(name.slice(0, 2)) && name.length >= 3) return true;
  if (JP_SURNAMES.some((s) => name.startsWith(s) && name.length > s.length)) return true;
  return CN_SURNAMES.has(name[0] as string) && name.length <= 3;
}

// A person's name in Chinese, Japanese or Korean script after a name label. Han names start with a
// common Chinese or Japanese surname, or are written family name, space, given name (the Japanese
// way); katakana and hiragana names need two words; hangul names start with a Korean surname.
export default defineRule({
  id: 'cjk-person-name',
  category: 'pii',
  description: "Person's name in Chinese, Japanese or Korean script after a name label (氏名, 姓名, 이름, name_kanji…)",
  keywords: [],
  // A match is the name itself, its label in a lookbehind of at most ~60 code units: scanned only near CJK text.
  nearScript: { before: 96, after: 64 },
  pattern: PATTERN,
  validate: (name, ctx) => {
    // A chat's role word before a staff member's surname (`担当 佐藤:`, the agent): a label, not a family name.
    if (ROLE_FIRST.test(name)) return false;
    // A JSON value that goes on past the name (an order item's `"name": "周杰倫 最偉大的作品 專輯 CD"`):
    // a product's or a title's, which starts with a singer's or a brand's name.
    // (Not a greeting's name, `"text":"鄭建宏 您好，…"`: what follows says a person is meant.)
    if (ctx.match[3] === undefined && JSON_NAME_VALUE_BEFORE.test(ctx.text.slice(Math.max(0, ctx.start - 40), ctx.start)) && VALUE_GOES_ON.test(ctx.text.slice(ctx.end, ctx.end + 4))) return false;
    if (PLACEHOLDERS.has(name) || PLACEHOLDER_FAMILY.test(name)) return false;
    // A reading in katakana: under a kana column, or in brackets after the name in kanji.
    if (ctx.match[6] !== undefined) {
      const header = columnHeader(ctx);
      if (header === undefined) return false;
      // (One word is the reading of one part, under its own column: `注文者名字フリガナ`, `セイ`.)
      if (!/[ \u3000]/u.test(name)) return KANA_PART_COLUMN.test(header.trim());
      return headerNamesColumn(header, KANA_COLUMN);
    }
    if (ctx.match[7] !== undefined) return true;
    if (ctx.match[4] !== undefined && !native(LINE_SPEAKER).test(ctx.text.slice(Math.max(0, ctx.start - 10), ctx.start))) {
      const header = columnHeader(ctx);
      if (header === undefined || !headerNamesColumn(header, native(NAME_COLUMN)) || THING_NAME_COLUMN.test(header)) return false;
      // A surname's or a given name's own column (`注文者名字`, `注文者名前`, `姓`, `名`): the header says
      // what the cell holds, so one part alone counts, whatever its characters.
      if (NAME_PART_COLUMN.test(header.trim()) && /^[\p{sc=Han}]{1,4}$/u.test(name) && !UI_WORD_CHARS.test(name)) return true;
    }
    if (STARTS_HAN.test(name)) {
      // (A given name in kana after the surname; not a sentence's kana, `東京 ください`.)
      if (KANA_NOT_GIVEN.test(name)) return false;
      // A chat's mention (`@周文涛`) is one word: `@所有人 周日…` (everyone, Sunday) is none.
      if (ctx.text.charCodeAt(ctx.start - 1) === 64 && /[ \u3000・]/u.test(name)) return false;
      if (name.length === 2 && native(BARE_NAME_LABEL).test(ctx.text.slice(Math.max(0, ctx.start - 20), ctx.start))) return false;
      // A Japanese surname alone before さん or 様 (高橋さん) names a colleague the way "Mr Takahashi" does: not reported.
      if (ctx.match[3] !== undefined && JP_SURNAMES.includes(name)) return false;
      return isHanName(name);
    }
    if (STARTS_HANGUL.test(name)) {
      // A sentence, not a name: "이름을 입력하세요" (enter your name). (After a name, 님 and 입니다 are hangul too.)
      const followed = ctx.match[3] !== undefined;
      if (!followed && HANGUL_NEXT.test(ctx.text.slice(ctx.end, ctx.end + 2))) return false;
      if (KR_NOT_NAMES.has(name) || KR_ORGANISATION_SUFFIX.test(name)) return false;
      // (After `고객:` a message may start with any word: `고객: 정말요?` is a question, not a name.)
      if (CUSTOMER_LABEL_BEFORE.test(ctx.text.slice(Math.max(0, ctx.start - 8), ctx.start)) && !NAME_DELIMITER_AFTER.test(ctx.text.slice(ctx.end, ctx.end + 12))) return false;
      const compact = name.replace(/ /gu, '');
      if (compact.length < 2 || compact.length > 4) return false;
      return KR_SURNAMES.has(compact[0] as string) || KR_COMPOUND_SURNAMES.some((s) => compact.startsWith(s) && compact.length >= 3);
    }
    // Kana: two words, after a name label; a reading label makes them a name even when short, and
    // one word a part's reading (`"lastNameKana": "…"`; a product's `"name": "…"` in katakana is none).
    const before = ctx.text.slice(Math.max(0, ctx.start - 60), ctx.start);
    if (!/[ \u3000・]/u.test(name)) return KANA_LABEL.test(before);
    return KANA_LABEL.test(before) || name.replace(/[ \u3000・]/gu, '').length >= 4;
  },
  redactAs: 'name',
  references: ['https://en.wikipedia.org/wiki/Chinese_name', 'https://en.wikipedia.org/wiki/Japanese_name', 'https://en.wikipedia.org/wiki/Korean_name'],
  examples: {
    positive: [
      // a marketplace's settlement file: each individual seller's name
      'seller_id,出店者名,銀行コード,支店コード\nslr_1,森川 千晴,0001,710\n',
      // a shop's order export: the buyer's and the recipient's names, and the buyer's reading
      '注文番号,購入者氏名,購入者フリガナ,配送先氏名\nKM-1,杉浦 悠真,スギウラ ユウマ,杉浦 悠真\n',
      // a given name in hiragana after the surname, under a name key; a surname of three characters in a name column
      '{"changes": {"name": "森本 ひなた"}}',
      'ID,氏名,郵便番号\nW-1,五十嵐 悠真,150-0001\n',
      '문의 #77 | 고객: 문지호 | 등급: 일반',
      'チャット開始 訪問者: 岡田 光太郎 (Web)',
      '담당 상담원: 문지호 (야간)',
      // a support export's customer column (お客様氏名)
      '受付番号,お客様氏名,対応状況\nR-5120,岡田 光太郎,完了\n',
      // a customer's own name in a chat, its reading in brackets after it
      '[10:05] お客様:\n大西 翼（オオニシ ツバサ）です。生年月日をお伝えします。',
      // a purchase order export's buyer column, a visitor log's host column
      'EBELN,MATNR,BUYER\n4500000001,MAT-1001,陳文彬\n',
      '訪客姓名,受訪者,事由\n王建明,陳文彬,會議\n',
      '部署失败的话在群里找 @周文涛。',
      '# 维护人: 林晓峰  最后修改 2025-07-02',
      '2025-06-30 08:15:02 [auth] device=HH-12 login operator=黄志强 emp_no=WH0312',
      // an employee export's emergency contact and a client list's HR contact
      'employee_no,name_kanji,mobile,emergency_contact,emergency_phone\nH2011,森 大輔,090-1234-5678,森 早紀,070-2345-6789',
      'tenant_id,会社名,人事担当者,担当者メール\nt_01,株式会社ひかり商事,村井 奈緒,n.murai@hikari.example.jp',
      // a delivery order's recipient column, a ticket export's assignee
      '주문번호,주문일시,상품명,수량,수령인,연락처\nOD1,2025-03-02 10:14:09,사과 5kg,1,윤서하,010-5521-8830',
      'ticket_id,channel,content,assignee,status\nCS-1,전화,배송지 변경 요청,최도윤,DONE',
      // KakaoTalk's phone export; a clinic's attending-doctor column
      '2024. 5. 2. 오후 3:15, 한지민 : 오늘 예약 확인했어요',
      '예약번호,진료과,담당의,상태\nR1,정형외과,최도윤,내원완료',
      '応募ID,氏名,フリガナ,メール\nA-1,町田 蒼,マチダ アオイ,a.machida@mail.example.jp\n',
      '  配偶者氏名：町田 蒼（マチダ アオイ）',
      // WeChat's PC export (the speaker alone on the line above the message), Feishu's Markdown, a greeting
      '2024-03-20 08:43:55 刘海涛\n今天 L5 线的 AOI 误判率偏高\n\n2024-03-20 08:44:20 王晓燕\n收到',
      '**唐俊杰** 03-05 10:12\nMES 终端今天又掉线了',
      '黃筱涵 您好，\n您的維修單已建立。',
      '09:40\t賴冠廷\t貼圖',
      '氏名：佐藤 結衣',
      '{"name_kanji": "高橋 健太", "name_kana": "タカハシ ケンタ"}',
      '联系人：刘建华 电话待补充',
      '姓名: 欧阳娜娜',
      '이름: 김민준',
      '"changes":{"displayName":["user_431483","中村 美咲"]}',
      '| 担当者 | 小林 翔 |',
      'customer_name: 陳美玲',
      '联系人：李娜 电话：待补充',
      '[14:03:31] 황민준: 안녕하세요, 타이드웰게임즈 고객지원팀 황민준입니다.',
      '2024/05/12 19:31 山本 美桜「タイドウェル・ゲームズ サポートの山本 美桜です。」',
      '陈思远 2024-06-05 10:02\n好的，我来处理',
      '신한은행 110-392-574618 (예금주 서지훈)',
      
      '서지훈 고객님, 안녕하세요.',
      'From: 加藤 葵 <aoi.kato@example.jp>',
      '查到了，法人是刘思远，手机待补充',
      'id\tmarket\tfull_name\tfull_name_local\temail\n5d\tSG\tTan Wei Ling\t陈慧玲\tweiling.t@example.sg',
      'id,date,market,payee,method\nRFP-1,2026-03-08,KR,이서연,bank_transfer',
      '  Director: Goh Siew Hoon (吴秀云)',
      '[한서윤] [오전 9:31] 다들 좋은 아침입니다~ 오늘 점검 16시-18시입니다',
      '09:12\t松下 恵太\tおはようございます。今日のメンテ 15:00-17:00 で確定です',
      // a Slack copy's speaker line, and a refund log's account holder
      '한서윤  11:42 AM\n롤백 완료했습니다',
      '蔡佳穎  [10:15]\n今天的補償信已寄出',
      '[refund-batch] 계좌환불 요청 금액=19000원 은행=하나은행 예금주=한서윤',
      '参会：郭子墨、韩雪松',
      '参会：郭子墨、韩雪松、邓立群',
      '- 处理人: 韩雪松（审核：郭子墨）',
      '// 跑完记得清库 (by 郭子墨)',
      // a marketplace's payout export: a sole trader's representative and the account holder in kana
      '振込予定日,ショップ名,事業者区分,代表者名,銀行名,口座名義(カナ),振込金額\n2024/12/01,見本商店,個人,石田 楓,見本銀行,イシダ カエデ,12000\n',
      // a Japanese-Korean staff list, its headers in both languages
      '社員番号/사번,氏名/성명,ローマ字,所属\nEMP-J-0001,村井 彩乃,Ayano Murai,東京\nEMP-K-0002,한지수,Jisu Han,서울\n',
      // a help desk's export (requester's name, assignee) and an IT inventory's assigned_to column
      'チケットID,作成日時,依頼者名,ステータス,担当者\n80058,2024-04-05 04:28,村井 彩乃,closed,한지수\n',
      'asset_tag,type,assigned_to,location\nEX-1000,laptop,한지수,서울\n',
      // an SQL dump's last cell (a bank account's holder in kana), a Korean year-end form's worker and
      // dependant columns, a kana alternate-name column, a ticket's account holder
      "INSERT INTO public.payouts (employee_id, account_number, holder_kana) VALUES\n('e-1','0000000','イシダ カエデ'),\n",
      '귀속연도,사번,근로자성명,관계,부양가족성명\n2023,E-1,한지수,배우자,윤서하\n',
      'id,full_name,full_name_alt\n1,石田 楓,イシダ カエデ\n',
      '> - 名義: イシダ カエデ',
      // a year-end adjustment mail: the name's reading after a space, the spouse's name; a Ruby hash's name
      '  氏名: 石田 楓 (イシダ カエデ)\n  配偶者: 石田 真由美 (扶養親族)',
      '# {:name=>"윤서하", :dept=>"HR"}',
      // a Taiwanese roster's Chinese-name column, a Chinese roster's emergency contact
      '序號,中文姓名,部門\n1,林佳蓉,品保部',
      '序号,紧急联系人,紧急联系人电话\n1,周晓梅,13812345678',
      // a contact list's Han name before its reading in Latin letters
      '| 总指挥 | 郑美玲 (Zheng Meiling) | 分机 2201 |',
      '- 供應商業務: 林志豪 (Chih-Hao Lin) / 分機 3301',
      // a support chat's agent after the role word, and an on-duty engineer
      '[2024-06-11 14:02:40] 客服 邓佳怡: 您好，请提供订单号',
      '2024-06-11 09:05 IT值班 邱俊杰: 已解锁',
      // a player's self-introduction in a support mail (と申します), a name after 名前は and before です
      'いつも楽しく遊ばせていただいております。小林蒼と申します。',
      'LINE連携してました。名前は小林 蒼です。メールは',
      // a support escalation's person in charge, a payout account's last editor
      '起票日,チャネル,顧客名,担当,ステータス\n2024-08-31,電話,見本 花子,杉浦 悠真,保留\n',
      // a Korean customs manifest's consignee
      'MAWB,HAWB,수하인명,수하인연락처,우편번호\n180-00000000,UBH000000001,백서윤,010-0000-0000,06236\n',
      // a Rakuten order export: the orderer's surname, given name and their readings, each in its own column
      '受注番号,注文者名字,注文者名前,注文者名字フリガナ,注文者名前フリガナ,送付先郵便番号\n300001-20241105-0001,杉浦,悠真,スギウラ,ユウマ,150-0001\n',
      // a members table's name parts and their readings in columns of their own, and a profile's keys
      'member_no,last_name,last_name_kana,email\nM-1,木下,キノシタ,s.kinoshita@kestrelmail.jp\n',
      '{"profile": {"lastNameKana": "キノシタ", "firstNameKana": "サオリ"}}',
    ],
    negative: [
      // an order item's name: an album that starts with its singer's
      '{"sku": "TW-MUS-0001", "name": "周杰倫 最偉大的作品 專輯 CD", "qty": 1}',
      // a delivery company under its trade's column
      '注文番号,配送業者,伝票番号\nKM-1,大和運輸,809135794423\n',
      // a sentence's kana after a place name, under a name label
      'name: 東京 ください',
      // a customer's chat messages after the label
      '[10:25:02] 고객: 정말요?\n[10:25:40] 고객: 이거 왜 안돼요\n[10:25:50] 고객: 진짜',
      // a refund row's bank under its bank_name column; a form's sample row; a customer centre's greeting
      "INSERT INTO payout (bank_name, memo) VALUES ('국민은행', '');",
      '番号,氏名,フリガナ,備考\n0,見本 太郎,ミホン タロウ,記入例\n',
      '이름: 고객센터 드림',
      // the service desk's phone line and hours after the same role word
      '客服 电话: 400-000-0000，客服 工作时间 9:00-18:00',
      // a company's Chinese name before its English one: no surname starts it
      '供应商: 恒达五金 (Hengda Hardware) 已确认',
      // a Japanese support chat's agent: role word and surname
      '[19:40:31] 担当 佐藤: こんばんは。ご予約番号をお知らせください。\n[19:41:40] 担当 佐藤: ありがとうございます。',
      '@所有人 周日 9:00 盘点',
      '@全体 以后密钥一律走 KMS',
      '品番,商品名,シリーズ\nP-1,ノート パソコン,エース\n',
      // a log's lines: the next line starts with its timestamp
      '2024-03-20 08:43:55 成功\n2024-03-20 08:43:56 关闭连接\n',
      '氏名：山田 太郎',
      'id,bank_name,amount\n1,三井住友銀行,100',
      '이름: 홍길동',
      'name: 订单服务',
      'service_name: 支付网关',
      '"name": "サービス"',
      '이름: 서비스',
      'name: 张三',
      'name: 安全',
      '"fullName": "全名",',
      '"이름": "이름을 입력하세요"',
      '说明：请联系负责人处理',
      'title: 高橋さんへのお知らせ',
      '선생님, 감사합니다.',
      '팀장님 확인 부탁드립니다',
      '문제입니다',
      '## 담당자 연락처',
      '連絡先: 080-5126-3947\n이메일: someone@kakao.com',
      'お客様各位',
      '[공지] [오전 9:31] 점검 시작합니다',
      '09:13\t運営\t本日のメンテナンスは終了しました',
      '공지  11:42 AM\n점검 시작합니다',
      // a product's name in katakana under a name key
      '{"item": {"name": "カフェラテ", "price": 480}}',
      // a development seed's test member and its reading
      "INSERT INTO members (member_no, last_name, first_name, last_name_kana, first_name_kana) VALUES ('M-9', 'テスト', '会員09', 'テスト', 'カイイン');\n",
    ],
  },
});
