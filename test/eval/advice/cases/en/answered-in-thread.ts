import { ChatOpenAI } from '@langchain/openai';

const llm = new ChatOpenAI({
  model: 'gpt-4.1',
  maxTokens: 1,
  temperature: 0,
});

export async function answeredInThread(thread: string) {
  const reply = await llm.invoke([
    ['human', `Thread:\n${thread}\n\nHas someone already answered the original question in this thread? yes/no`],
  ]);
  return String(reply.content).trim();
}
