import { native } from '../../scan/nativeRegex';
import { defineRule, fake } from '../defineRule';
import { isLiteralSecretValue, isRandomToken } from './_generic';

/** "Password" in Korean, Japanese and Chinese (비밀번호 and its short form 비번, 패스워드, 암호, パスワード, 暗証番号, 密码, 密碼, 口令). */
const LABEL = '(?:비밀번호|비번|패스워드|암호|パスワード|暗証番号|密码|密碼|口令)';

/**
 * A secret, a token or a key in Japanese, Korean and Chinese (シークレット, トークン, アクセストークン, APIキー, 秘密鍵,
 * 시크릿, 토큰, 비밀 키, 密钥, 令牌): after one, the value must look random.
 */
const SECRET_LABEL = '(?:シークレット|トークン|APIキー|API キー|秘密鍵|シークレットキー|시크릿|토큰|비밀[ ]?키|API[ ]?키|密钥|密鑰|令牌)';
const STARTS_WITH_SECRET_LABEL = native(new RegExp(`^${SECRET_LABEL}`, 'u'));

/** "(Temporarily) changed to", "set to" in Chinese: `root 密码临时改成 …`. */
const CHANGED_TO = '(?:临时|臨時|暂时|暫時|已)?(?:改成|改为|改為|换成|換成|设为|設為|设置为|設置為|重置为|重置為)';

// A password after its label in Korean, Japanese or Chinese text: a team's notes, a support chat, an
// onboarding page (`비밀번호 \`…\``, `パスワード：…`, `密码: …`, `密码改成 …`), or a secret or token after
// its label (`チャネルシークレット: …`, `토큰: …`), the value on the label's line or the next. A bare value is printable ASCII:
// it ends at the text around it (`密码：…（刚改的）`). No keywords: the labels are not ASCII,
// and a pattern that starts with one of a few CJK characters costs V8 almost nothing on other texts.
export default defineRule({
  id: 'cjk-password',
  category: 'secret',
  description: 'Password, secret or token after a Korean, Japanese or Chinese label (비밀번호, パスワード, 密码, シークレット, 토큰…)',
  generic: true,
  keywords: [],
  // A match starts at its label and its value takes at most 128 code units: scanned only near CJK text.
  nearScript: { before: 16, after: 192 },
  pattern: new RegExp(
    String.raw`(?:${LABEL}|${SECRET_LABEL})(?:[ \t]*(?:은|는|이|가|を|は|是|为|為|${CHANGED_TO}))?(?:[ \t]*[:：=][ \t]*(?:\r?\n[ \t]*)?|[ \t]+|(?<=${CHANGED_TO}))(?:(["'「『])([^"'」』\r\n]{4,128}?)["'」』]|\x60([^\x60\r\n]{4,128})\x60|((?:(?![,;)\]"'\x60])[!-~]){6,128}))`,
    'gu',
  ),
  secretGroup: [2, 3, 4],
  validate: (value, ctx) => {
    const bare = ctx.match[4] !== undefined;
    if (!isLiteralSecretValue(value, !bare, bare ? 6 : 4)) return false;
    // After a secret's or a token's label (a LINE channel's シークレット, an App Store 共有シークレット), a random token.
    if (STARTS_WITH_SECRET_LABEL.test(ctx.match[0])) return value.length >= 16 && isRandomToken(value, 16, 3);
    // A bare value must look made up: letters and digits, or random.
    return !bare || (/\d/u.test(value) && /[A-Za-z]/u.test(value)) || isRandomToken(value, 8, 3);
  },
  envName: 'PASSWORD',
  references: ['https://cwe.mitre.org/data/definitions/798.html'],
  examples: {
    positive: [
      `- 사내 Wi-Fi: \`TW-Staff\` / 비밀번호 \`${fake('{a8}', 701)}.${fake('{a5}', 702)}4910*\` (외부 공유 금지)`,
      `初期パスワード：${fake('{a10}', 703)}7`,
      `로그인 ID sjyoon / 초기 비번 ${fake('{a10}', 705)}4^ (첫 로그인 때 변경)`,
      `数据库密码: "${fake('{a12}', 704)}"`,
      `马来站账号 shop.my 密码：${fake('{a8}', 706)}_2020*（刚改的，别外传）`,
      `跳板机 root 密码临时改成 ${fake('{a6}', 707)}_2019* ，明天改回密钥登录`,
      `チャネルID: ${fake('{d10}', 711)}\nチャネルシークレット: ${fake('{h32}', 708)}\n`,
      `新しい共有シークレット:\n${fake('{h32}', 709)}\n\nよろしくお願いします。`,
      `CS 알림용 토큰: ${fake('{a43}', 710)}`,
    ],
    negative: [
      '비밀번호를 입력하세요',
      'パスワード：（別途お送りします）',
      '密码: ******',
      '비밀번호 변경 후 다시 로그인',
      'トークン: （別途お送りします）',
      'アクセストークン: 有効期限 2024-06-30',
      '토큰: abcdefghijklmnop',
    ],
  },
});
