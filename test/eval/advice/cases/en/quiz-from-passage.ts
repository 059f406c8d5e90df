import { ChatOpenAI } from '@langchain/openai';

const llm = new ChatOpenAI({
  model: 'gpt-4o',
  maxTokens: 900,
  temperature: 0.6,
});

export async function quizFromPassage(passage: string) {
  const reply = await llm.invoke([
    ['human', `Write five multiple-choice questions (with answers) testing comprehension of this passage:\n\n${passage}`],
  ]);
  return String(reply.content).trim();
}
