import { defineRule, fake, hasCharClasses } from '../defineRule';

// A Unity Pro or Plus licence serial: two characters then five groups of four, upper-case letters
// and digits (`E3-…-…-…-…-…`). CI activates the editor with it (GameCI's `UNITY_SERIAL` secret,
// `unity-editor -batchmode -serial … -username … -password …`), so it sits in pipeline files and build
// logs; anyone holding it can activate a seat of the studio's licence. Only its name or the editor's
// `-serial` flag before it makes such a string one.
export default defineRule({
  id: 'unity-license-serial',
  category: 'secret',
  description: 'Unity licence serial (XX-XXXX-XXXX-XXXX-XXXX-XXXX) under UNITY_SERIAL or after the editor\'s -serial flag',
  keywords: ['unity_serial', 'unityserial', 'unity serial', 'unity-serial', '-serial'],
  window: { before: 8, after: 80 },
  pattern: /(?:(?<![A-Za-z])(?:UNITY|[Uu]nity)[_ -]?(?:LICEN[CS]E[_ -]?|[Ll]icen[cs]e[_ -]?)?(?:SERIAL|[Ss]erial)(?:[_ -]?(?:KEY|[Kk]ey))?["']?[ \t]{0,3}[:=][ \t]{0,3}["']?|(?<![\w-])-serial[ \t]+["']?)([A-Z0-9]{2}(?:-[A-Z0-9]{4}){5})(?![\w-])/gu,
  secretGroup: 1,
  validate: (s) => hasCharClasses(s.replace(/-/gu, ''), 2) && !/^[X0-]+$/u.test(s.replace(/-/gu, '').slice(2)),
  envName: 'UNITY_SERIAL',
  references: ['https://game.ci/docs/github/activation/', 'https://docs.unity3d.com/Manual/EditorCommandLineArguments.html'],
  examples: {
    positive: [
      `  UNITY_SERIAL: "${fake('E3-{u4}-{u4}-{u4}-{u4}-{u4}', 101409)}"`,
      `/opt/unity/Editor/Unity -batchmode -quit -serial ${fake('SC-{u4}-{u4}-{u4}-{u4}-{u4}', 101410)} -username ci@studio.test -password "$UNITY_PASSWORD"`,
    ],
    negative: [
      '  UNITY_SERIAL: ${{ secrets.UNITY_SERIAL }}',
      'unity -batchmode -serial XX-XXXX-XXXX-XXXX-XXXX-XXXX -username ...',
      `build id ${fake('E3-{u4}-{u4}-{u4}-{u4}-{u4}', 101409)} finished`,
    ],
  },
});
