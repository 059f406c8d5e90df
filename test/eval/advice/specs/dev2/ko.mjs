// Tuning batch (split dev), Korean: shape twins, see en.mjs.
const S = 'simple', M = 'moderate', C = 'complex';
export default [
  { lang: 'ko', slug: 'd2-suhak-munje', label: C, why: 'maths word problem from provided figures, number only', user: '조건:\n{jogeon}\n\n두 사람이 다시 만나는 것은 몇 분 후입니까? 숫자만 답하세요.', vars: ['jogeon'], max: 4, temp: 0 },
  { lang: 'ko', slug: 'd2-pummok-su', label: S, why: 'count the items in a provided order', user: '주문 내역:\n{jumun}\n\n주문한 상품은 모두 몇 종류입니까? 숫자만 답하세요.', vars: ['jumun'], max: 3, temp: 0 },
  { lang: 'ko', slug: 'd2-boan-cheomgeom', label: C, why: 'security verdict on provided code, boolean', sys: '당신은 배포 전 코드를 검토하는 보안 리뷰어입니다.', user: '변경된 코드:\n{byeongyeong}\n\n이 코드로 다른 사용자의 데이터에 접근할 수 있습니까? true 또는 false로 답하세요.', vars: ['byeongyeong'], max: 2, temp: 0 },
  { lang: 'ko', slug: 'd2-jeonhwa-poham', label: S, why: 'boolean: provided text contains a phone number', user: '텍스트:\n{tekseuteu}\n\n전화번호가 포함되어 있습니까? true 또는 false로 답하세요.', vars: ['tekseuteu'], max: 2, temp: 0 },
  { lang: 'ko', slug: 'd2-jindan-bunryu', label: C, why: 'clinical diagnosis, one listed label', sys: '당신은 소아과 진료 기록을 돕습니다.', user: '증상과 검사 결과:\n{jeungsang}\n\n가장 가능성이 높은 것은? 다음 중 하나로만 답하세요: 감기, 독감, 폐렴, 천식.', vars: ['jeungsang'], max: 4, temp: 0 },
  { lang: 'ko', slug: 'd2-munui-bunryu', label: S, why: 'route a provided inquiry to one listed category', user: '문의 내용:\n{munui}\n\n다음 중 하나로만 답하세요: 결제, 배송, 환불.', vars: ['munui'], max: 4, temp: 0 },
  { lang: 'ko', slug: 'd2-yoyak-jjalbeun', label: M, why: 'open summary, tiny cap', user: '다음 상담 내용을 한 문장으로 요약하세요:\n{sangdam}', vars: ['sangdam'], max: 30, temp: 0.2 },
  { lang: 'ko', slug: 'd2-jemok', label: S, why: 'short title for a provided post', user: '게시글:\n{gesigeul}\n\n10자 이내의 제목을 붙여 주세요.', vars: ['gesigeul'], max: 12, temp: 0.3 },
];
