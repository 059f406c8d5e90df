import { ChatOpenAI } from '@langchain/openai';

const llm = new ChatOpenAI({
  model: 'gpt-4o',
  maxTokens: 2,
  temperature: 0,
});

export async function butieZige(qingkuang: string) {
  const reply = await llm.invoke([
    ['system', '你熟悉中国个人所得税专项附加扣除政策。'],
    ['human', `纳税人情况：${qingkuang}\n该纳税人能否享受住房贷款利息专项附加扣除？回答"能"或"不能"。`],
  ]);
  return String(reply.content).trim();
}
