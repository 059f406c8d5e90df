import { ChatGoogleGenerativeAI } from '@langchain/google-genai';

const llm = new ChatGoogleGenerativeAI({
  model: 'gemini-2.5-pro',
  maxOutputTokens: 4,
  temperature: 0,
});

export async function logicPuzzle(clues: string) {
  const reply = await llm.invoke([
    ['human', `Five houses in a row are painted different colours... ${clues}\n\nWho owns the fish? One name.`],
  ]);
  return String(reply.content).trim();
}
