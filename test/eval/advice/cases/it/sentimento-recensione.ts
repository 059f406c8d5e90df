import OpenAI from 'openai';

const openai = new OpenAI();

export async function sentimentoRecensione(recensione: string) {
  const completion = await openai.chat.completions.create({
    model: 'gpt-4.1',
    messages: [
      { role: 'user', content: `Recensione: ${recensione}\nIl sentimento è positivo, negativo o neutro? Una parola.` },
    ],
    max_tokens: 3,
    temperature: 0,
  });
  return completion.choices[0].message.content?.trim() ?? '';
}
