import { ChatOpenAI } from '@langchain/openai';

const llm = new ChatOpenAI({
  model: 'gpt-4o',
  maxTokens: 4,
  temperature: 0,
});

export async function codeReviewHantei(diff: string) {
  const reply = await llm.invoke([
    ['human', `次の差分をレビューし、マージしてよいか判定してください。「承認」または「差し戻し」のみで回答。\n\n${diff}`],
  ]);
  return String(reply.content).trim();
}
