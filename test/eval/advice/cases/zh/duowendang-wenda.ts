import { ChatOpenAI } from '@langchain/openai';

const llm = new ChatOpenAI({
  model: 'gpt-4.1',
  maxTokens: 500,
  temperature: 0,
});

export async function duowendangWenda(wenjian: string, wenti: string) {
  const reply = await llm.invoke([
    ['human', `根据以下多份文件回答问题，答案需要综合多处信息，并注明出处。\n\n文件：\n${wenjian}\n\n问题：${wenti}`],
  ]);
  return String(reply.content).trim();
}
