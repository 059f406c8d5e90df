import OpenAI from 'openai';

const openai = new OpenAI();

export async function sentimentoAvaliacao(avaliacao: string) {
  const completion = await openai.chat.completions.create({
    model: 'gpt-4.1',
    messages: [
      { role: 'user', content: `Avaliação do cliente: ${avaliacao}\nO sentimento é positivo, negativo ou neutro? Só a palavra.` },
    ],
    max_completion_tokens: 3,
    temperature: 0,
  });
  return completion.choices[0].message.content?.trim() ?? '';
}
