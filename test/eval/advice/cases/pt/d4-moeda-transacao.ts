import OpenAI from 'openai';

const openai = new OpenAI();

export async function d4MoedaTransacao(transacao: string) {
  const completion = await openai.chat.completions.create({
    model: 'gpt-4.1',
    messages: [
      { role: 'user', content: `Transação:\n${transacao}\n\nEm que moeda foi feita esta transação? Responda apenas com o código ISO.` },
    ],
    max_completion_tokens: 3,
    temperature: 0,
  });
  return completion.choices[0].message.content?.trim() ?? '';
}
