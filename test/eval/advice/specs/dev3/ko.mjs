// Tuning batch 3 (split dev), Korean: see en.mjs.
const S = 'simple', M = 'moderate', C = 'complex';
export default [
  // shape: one listed label (twin: d3-beopjeok-chaegim)
  { lang: 'ko', slug: 'd3-munui-bunryu', label: S, why: 'route a provided inquiry to one listed category', user: '고객 문의:\n{munui}\n\n다음 중 하나로만 답하세요: 결제, 배송, 교환, 기타.', vars: ['munui'], max: 4, temp: 0 },
  { lang: 'ko', slug: 'd3-beopjeok-chaegim', label: C, why: 'legal liability verdict for a provided incident, one listed label (twin of d3-munui-bunryu)', user: '사건 경위:\n{gyeongwi}\n\n회사의 법적 책임은 어느 정도입니까? 다음 중 하나로만 답하세요: 전부, 일부, 없음.', vars: ['gyeongwi'], max: 4, temp: 0 },
  // shape: 예/아니오 (twin: d3-beopjeok-chaegim)
  { lang: 'ko', slug: 'd3-yokseol', label: S, why: 'does a provided comment contain profanity, 예/아니오', user: '댓글: {daetgeul}\n\n이 댓글에 욕설이 있습니까? 예 또는 아니오로만 답하세요.', vars: ['daetgeul'], max: 3, temp: 0 },
  // shape: true/false JSON (twin: d3-contract-enforceable)
  { lang: 'ko', slug: 'd3-gaein-jeongbo', label: S, why: 'does a provided text contain a resident registration number, JSON boolean', style: 'concat', user: '다음 텍스트에 주민등록번호가 포함되어 있으면 {"found": true}, 아니면 {"found": false}만 출력하세요.\n\n{text}', vars: ['text'], max: 8, temp: 0, out: 'json' },
  // shape: number (twin: d3-kyori-keisan)
  { lang: 'ko', slug: 'd3-sangpum-su', label: S, why: 'count the items in a provided order, number only', user: '주문 내역:\n{junmun}\n\n주문한 상품은 모두 몇 종류입니까? 숫자만 답하세요.', vars: ['junmun'], max: 2, temp: 0 },
  // shape: 8 short fields (twin: d3-contract-risk-review)
  { lang: 'ko', slug: 'd3-myeongham', label: S, why: 'extract 8 short fields from a provided business card text', user: '명함 텍스트:\n{myeongham}', vars: ['myeongham'], max: 200, temp: 0, out: { name: 'string', company: 'string', title: 'string', phone: 'string', mobile: 'string', email: 'string', address: 'string', website: 'string' } },
  { lang: 'ko', slug: 'd3-bo-seungin', label: C, why: 'insurance claim decision with several judgement fields from a provided claim file (twin of d3-myeongham)', user: '보험금 청구 서류:\n{seoryu}', vars: ['seoryu'], max: 200, temp: 0, out: { approve: 'bool', coveredByPolicy: 'bool', fraudSuspected: 'bool', payoutPercent: 'int', exclusionApplies: 'bool', needsInvestigation: 'bool', severity: 'enum:low|medium|high', reason: 'string' } },
];
