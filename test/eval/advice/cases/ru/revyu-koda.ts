import { ChatOpenAI } from '@langchain/openai';

const llm = new ChatOpenAI({
  model: 'gpt-4.1',
  maxTokens: 4,
  temperature: 0,
});

export async function revyuKoda(diff: string) {
  const reply = await llm.invoke([
    ['human', `Проверь изменения на ошибки и гонки данных. Вердикт: ОДОБРИТЬ или ОТКЛОНИТЬ.\n\n${diff}`],
  ]);
  return String(reply.content).trim();
}
