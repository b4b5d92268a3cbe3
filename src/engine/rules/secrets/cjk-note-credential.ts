import { native } from '../../scan/nativeRegex';
import { defineRule, fake, hasCharClasses } from '../defineRule';
import { isLiteralSecretValue, isRandomToken } from './_generic';

/** What a list item's label says its value is: an account's password, an enable secret, a token. */
const CREDENTIAL_LABEL = native(/(?<![a-z])(?:admin|administrator|root|enable|sa|token|secret|api[ _-]?key|password|passwd|pwd|pw|robot|service account|密[碼码]|帳密|账密|口令|パスワード|비밀번호|비번)(?![a-z])/iu);

// A credential in a list item of Chinese, Japanese or Korean notes (a handover, a runbook), written
// with a full-width colon after the system and the account: `- 防火牆 admin：…`, `- 核心交換器
// enable：…`, `- Jenkins API token (ci-admin)：…`. The label must name an account or a credential
// and the value look like one (three kinds of characters, or random): `- ERP 顧問：<name>` does not.
export default defineRule({
  id: 'cjk-note-credential',
  category: 'secret',
  description: 'Credential in a list item of CJK notes after a full-width colon (`- 防火牆 admin：…`)',
  generic: true,
  keywords: [],
  nearScript: { before: 80, after: 80 },
  pattern: /(?<=^|\n)[ \t]*[-*•・][ \t]*([^\n：]{2,60})：[ \t]*([^\s，。、（）()]{10,64})(?=[ \t]*(?:[（(]|\r?\n|$))/gu,
  secretGroup: 2,
  validate: (s, ctx) => {
    if (!CREDENTIAL_LABEL.test(ctx.match[1] ?? '') || !isLiteralSecretValue(s, true, 10) || s.includes('@')) return false;
    return hasCharClasses(s, 3) || isRandomToken(s, 16, 3.5);
  },
  envName: 'PASSWORD',
  references: ['https://cwe.mitre.org/data/definitions/798.html'],
  examples: {
    positive: [
      `帳號密碼\n  - 防火牆 admin：${fake('{a6}', 4501)}7${fake('{a6}', 4502)}\n  - 核心交換器 enable：${fake('{a4}', 4503)}5${fake('{a6}', 4504)}`,
      `  - Jenkins API token (ci-admin)：${fake('{h34}', 4505)}\n`,
    ],
    negative: ['  - ERP 顧問：江先生 0912-000-000\n', '  - 文件位置：\\\\fs01\\IT\\docs\\handover\n', '  - admin 密碼：見 KeePass\n', `  - 機台 LN-07：${fake('{a12}', 4506)}\n`],
  },
});
