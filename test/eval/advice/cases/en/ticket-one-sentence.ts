import { ChatGoogleGenerativeAI } from '@langchain/google-genai';

const llm = new ChatGoogleGenerativeAI({
  model: 'gemini-2.5-pro',
  maxOutputTokens: 60,
  temperature: 0.2,
});

export async function ticketOneSentence(thread: string) {
  const reply = await llm.invoke([
    ['human', `Summarise this ticket thread in one sentence for the handover:\n${thread}`],
  ]);
  return String(reply.content).trim();
}
