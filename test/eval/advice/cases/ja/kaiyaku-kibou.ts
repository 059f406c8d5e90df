import { ChatOpenAI } from '@langchain/openai';

const llm = new ChatOpenAI({
  model: 'gpt-4.1',
  maxTokens: 3,
  temperature: 0,
});

export async function kaiyakuKibou(mail: string) {
  const reply = await llm.invoke([
    ['human', `お客様は解約を希望していますか？「はい」か「いいえ」で答えてください。\n\n${mail}`],
  ]);
  return String(reply.content).trim();
}
