import OpenAI from 'openai';

const openai = new OpenAI();

export async function prioritaSegnalazione(segnalazione: string) {
  const completion = await openai.chat.completions.create({
    model: 'gpt-4.1',
    messages: [
      { role: 'system', content: 'Indica la priorità della segnalazione con una parola tra: bassa, media, alta, urgente.' },
      { role: 'user', content: segnalazione },
    ],
    max_completion_tokens: 3,
    temperature: 0,
  });
  return completion.choices[0].message.content?.trim() ?? '';
}
