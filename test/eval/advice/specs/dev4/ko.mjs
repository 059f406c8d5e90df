// Tuning batch dev4 (split dev), Korean: shape twins, see en.mjs.
const S = 'simple', M = 'moderate', C = 'complex';
export default [
  { lang: 'ko', slug: 'd4-yueon-yuhyo', label: C, why: 'legal judgement: is the provided will valid under Korean civil law, yes/no', user: '유언장:\n{yueonjang}\n\n이 유언장은 한국 민법상 유효합니까? 예 또는 아니오로만 답하세요.', vars: ['yueonjang'], max: 2, temp: 0 },
  { lang: 'ko', slug: 'd4-nalja-isseum', label: S, why: 'yes/no: provided document carries a date', user: '문서:\n{munseo}\n\n이 문서에 날짜가 적혀 있습니까? 예 또는 아니오로만 답하세요.', vars: ['munseo'], max: 2, temp: 0 },
  { lang: 'ko', slug: 'd4-hoeui-sigandae', label: C, why: 'scheduling: the slot every attendee can make, a number', user: '후보 시간대:\n{hubo}\n\n참석자 일정:\n{iljeong}\n\n모든 참석자가 참석할 수 있는 시간대는 몇 번입니까? 번호만 답하세요.', vars: ['hubo', 'iljeong'], max: 2, temp: 0 },
  { lang: 'ko', slug: 'd4-gajang-gin-hoeui', label: S, why: 'lookup: the longest of the provided meetings, a number', user: '회의 목록:\n{mokrok}\n\n가장 긴 회의는 몇 번입니까? 번호만 답하세요.', vars: ['mokrok'], max: 2, temp: 0 },
  { lang: 'ko', slug: 'd4-tuyeoryang', label: C, why: 'medical dosage for a provided patient, number only', user: '환자 정보:\n{hwanja}\n\n이 환자에게 적절한 1회 투여량은 몇 mg입니까? 숫자만 답하세요.', vars: ['hwanja'], max: 4, temp: 0 },
  { lang: 'ko', slug: 'd4-beonyeok-oryu', label: C, why: 'translation quality: does the translation contain a meaning error, yes/no', user: '원문:\n{wonmun}\n\n번역문:\n{beonyeokmun}\n\n번역문에 의미 오류가 있습니까? 예 또는 아니오로만 답하세요.', vars: ['wonmun', 'beonyeokmun'], max: 2, temp: 0 },
  { lang: 'ko', slug: 'd4-munui-yoyak', label: M, why: 'open summary in 20 characters, tiny cap', user: '다음 고객 문의를 20자 이내로 요약하세요:\n{munui}', vars: ['munui'], max: 30, temp: 0.2 },
];
