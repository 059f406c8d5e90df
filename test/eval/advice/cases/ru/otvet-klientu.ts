import OpenAI from 'openai';

type ChatTurn = { role: 'user' | 'assistant'; content: string };

const openai = new OpenAI();

export async function otvetKlientu(soobshchenie: string, history: ChatTurn[]) {
  const response = await openai.responses.create({
    model: 'gpt-4o',
    instructions: 'Ты — виртуальный помощник службы поддержки интернет-магазина. Отвечай вежливо и по делу, обращайся на «вы».',
    input: [...history, { role: 'user', content: soobshchenie }],
    max_output_tokens: 400,
    temperature: 0.4,
  });
  return response.output_text.trim();
}
