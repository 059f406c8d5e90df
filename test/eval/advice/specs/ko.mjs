// Korean call sites. Labels written by hand before the tool was run (see ../README.md).
const S = 'simple', M = 'moderate', C = 'complex';
const L = 'ko';
export default [
  { lang: L, slug: 'munui-bunryu', label: S, why: 'closed category list', sys: '고객 문의를 다음 중 하나로 분류하세요: 결제, 배송, 반품, 계정, 기타. 카테고리 이름만 출력하세요.', user: '{munui}', vars: ['munui'], max: 4, temp: 0 },
  { lang: L, slug: 'review-gamjeong', label: S, why: 'three listed labels', user: '리뷰: {review}\n이 리뷰의 감정은 긍정, 부정, 중립 중 무엇인가요? 한 단어로만 답하세요.', vars: ['review'], max: 3, temp: 0 },
  { lang: L, slug: 'alert-dangjik', label: S, why: '예/아니오 on alert', user: '모니터링 알림: {alert}\n지금 당직 엔지니어를 호출해야 하나요? "예" 또는 "아니오"로만 답하세요.', vars: ['alert'], max: 3, temp: 0 },
  { lang: L, slug: 'gingeupdo', label: S, why: 'one of four listed words', user: '메시지: {message}\n긴급도를 낮음, 보통, 높음, 긴급 중 하나로 답하세요.', vars: ['message'], max: 3, temp: 0 },
  { lang: L, slug: 'invoice-chuchul', label: S, why: 'extract fields', user: '다음 세금계산서에서 사업자등록번호, 작성일자, 합계금액을 추출하세요.\n\n{invoice}', vars: ['invoice'], max: 60, temp: 0, out: { saeopja: 'string', ilja: 'string', hapgye: 'number' } },
  { lang: L, slug: 'jemok', label: S, why: 'short title', sys: '대화 내용을 요약하는 제목을 15자 이내로 붙이세요.', user: '{daehwa}', vars: ['daehwa'], max: 20, temp: 0.3 },
  { lang: L, slug: 'spam-yeobu', label: S, why: 'boolean on message', user: '이 문자가 스팸인가요?\n{munja}', vars: ['munja'], max: 10, temp: 0, out: { spam: 'bool' } },
  { lang: L, slug: 'jeomsu-json', label: S, why: 'JSON one integer field', user: '고객 의견: {uigyeon}\n만족도를 1~5로 평가해 {"score": N} 형식의 JSON만 반환하세요.', vars: ['uigyeon'], max: 10, temp: 0, out: 'json' },
  { lang: L, slug: 'damdang-buseo', label: S, why: 'closed department list', sys: '부서: 영업팀, 재무팀, 인사팀, 개발팀. 요청을 처리할 부서 이름만 답하세요.', user: '요청: {yocheong}', vars: ['yocheong'], max: 5, temp: 0, konst: true, konstName: 'BUSEO_PROMPT' },
  { lang: L, slug: 'kaepsyeon', label: S, why: 'short slogan', user: '상품: {sangpum}\n다섯 단어 이내의 광고 문구를 하나 써 주세요.', vars: ['sangpum'], max: 20, temp: 0.8 },
  { lang: L, slug: 'eoneo-kodeu', label: S, why: 'language code', user: '다음 텍스트의 언어를 ISO 639-1 코드로만 답하세요.\n{text}', vars: ['text'], max: 2, temp: 0 },
  // moderate
  { lang: L, slug: 'gogaek-eungdap', label: M, why: 'free-form reply with history', sys: '당신은 통신사 고객센터 상담원입니다. 존댓말로 친절하고 간결하게 답하세요.', user: '{message}', vars: ['message'], history: true, max: 400, temp: 0.4 },
  { lang: L, slug: 'hoeuirok-yoyak', label: M, why: 'open summary', user: '다음 회의록을 결정 사항, 미해결 이슈, 담당자별 할 일로 요약하세요.\n\n{hoeuirok}', vars: ['hoeuirok'], max: 500, temp: 0.2 },
  { lang: L, slug: 'munjang-dadeum', label: M, why: 'rewrite', user: '아래 공지문을 더 부드럽고 읽기 쉬운 문장으로 다듬어 주세요.\n\n{gongji}', vars: ['gongji'], max: 400, temp: 0.4 },
  // complex
  { lang: L, slug: 'suhak-munje', label: C, why: 'maths word problem, number', user: '어떤 일을 갑이 혼자 하면 {a}일, 을이 혼자 하면 15일 걸립니다. 둘이 함께 3일 일한 뒤 나머지를 을이 혼자 끝냈다면, 을은 모두 며칠 일했나요? 숫자만 답하세요.', vars: ['a'], max: 4, temp: 0 },
  { lang: L, slug: 'boan-chwiyakjeom', label: C, why: 'security yes/no', user: '이 코드에 SQL 인젝션 취약점이 있나요? "예" 또는 "아니오"로만 답하세요.\n\n{code}', vars: ['code'], max: 3, temp: 0 },
  { lang: L, slug: 'baduk-su', label: C, why: 'game move (baduk)', user: '현재 바둑판(SGF): {sgf}\n백의 최선의 수를 좌표 하나로만 답하세요.', vars: ['sgf'], max: 4, temp: 0 },
  { lang: L, slug: 'geubyeo-jagyeok', label: C, why: 'policy eligibility yes/no', sys: '당신은 한국 고용보험법에 정통한 노무사입니다.', user: '상황: {sanghwang}\n이 사람은 실업급여 수급 자격이 있나요? "있음" 또는 "없음"으로 답하세요.', vars: ['sanghwang'], max: 3, temp: 0 },
  { lang: L, slug: 'code-review-pangyeol', label: C, why: 'code-review verdict', user: '다음 변경 사항을 리뷰하고 병합 가능 여부를 "승인" 또는 "반려"로만 답하세요.\n\n{diff}', vars: ['diff'], max: 3, temp: 0 },
  { lang: L, slug: 'nonsul-chaejeom', label: C, why: 'judgement-heavy grading', sys: '대입 논술 답안을 논리성, 독창성, 표현력 기준으로 100점 만점으로 채점하세요.', user: '문제: {munje}\n\n답안:\n{dapan}', vars: ['munje', 'dapan'], max: 20, temp: 0, out: { jeomsu: 'int' } },
];
