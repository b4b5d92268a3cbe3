import { defineRule, fake } from '../defineRule';
import { isTrivialNumber } from './_context';

// A patient's chart number in a Korean, Japanese or Chinese clinic's notes, right after its label:
// 차트 / 차트번호 / 환자번호, カルテ番号 / 患者番号 / 診察券番号, 病历号 / 病歷號. Digits, optionally after a
// clinic's letter prefix (`GN-293823`). The medical-record-number rule reads the Latin-script labels.
export default defineRule({
  id: 'cjk-chart-number',
  category: 'pii',
  description: 'Patient chart number after its Korean, Japanese or Chinese label (차트번호, カルテ番号, 病历号)',
  keywords: [],
  nearScript: { before: 4, after: 32 },
  pattern: /(?:차트(?:[ \t]?번호)?|환자[ \t]?번호|カルテ(?:番号|No\.?)|患者(?:番号|ID)|診察券番号|病[历歷](?:号|號)|病案号)[ \t]*[:：#]?[ \t]*((?:[A-Z]{1,3}-?)?\d{4,12})(?![\w-])/gu,
  secretGroup: 1,
  validate: (s) => {
    const digits = s.replace(/\D/gu, '');
    return !isTrivialNumber(digits);
  },
  redactAs: 'mrn',
  references: ['https://gdpr-info.eu/art-9-gdpr/'],
  examples: {
    positive: [
      `- 차트: GN-${fake('{d6}', 3501)} / 진료일 2024-03-11`,
      `- 차트번호 SM-${fake('{d6}', 3502)}, 상병 M54.5 요통`,
      `カルテ番号：${fake('{d7}', 3503)}（内科）`,
      `病历号: ${fake('{d8}', 3504)}`,
    ],
    negative: ['차트 업데이트 2024', '차트번호: 000000', '환자번호 123456', 'カルテ番号：（未登録）'],
  },
});
