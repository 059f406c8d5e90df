import { ChatOpenAI } from '@langchain/openai';

const llm = new ChatOpenAI({
  model: 'gpt-4o',
  maxTokens: 3,
  temperature: 0,
});

export async function codeReviewPangyeol(diff: string) {
  const reply = await llm.invoke([
    ['human', `다음 변경 사항을 리뷰하고 병합 가능 여부를 "승인" 또는 "반려"로만 답하세요.\n\n${diff}`],
  ]);
  return String(reply.content).trim();
}
