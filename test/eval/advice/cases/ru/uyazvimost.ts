import { ChatOpenAI } from '@langchain/openai';

const llm = new ChatOpenAI({
  model: 'gpt-4o',
  maxTokens: 2,
  temperature: 0,
});

export async function uyazvimost(kod: string) {
  const reply = await llm.invoke([
    ['system', 'Ты эксперт по безопасности веб-приложений.'],
    ['human', `Есть ли в этом коде уязвимость типа path traversal? Ответь «да» или «нет».\n\n${kod}`],
  ]);
  return String(reply.content).trim();
}
