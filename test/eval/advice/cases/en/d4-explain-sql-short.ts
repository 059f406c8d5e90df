import { ChatOpenAI } from '@langchain/openai';

const llm = new ChatOpenAI({
  model: 'gpt-4o',
  maxTokens: 45,
  temperature: 0.2,
});

export async function d4ExplainSqlShort(sqlQuery: string) {
  const reply = await llm.invoke([
    ['human', `In one sentence, explain what this SQL query does for a product manager:\n${sqlQuery}`],
  ]);
  return String(reply.content).trim();
}
