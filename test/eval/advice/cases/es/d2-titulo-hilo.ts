import OpenAI from 'openai';

const openai = new OpenAI();

export async function d2TituloHilo(mensajes: string) {
  const completion = await openai.chat.completions.create({
    model: 'gpt-4o-2024-08-06',
    messages: [
      { role: 'user', content: `Primeros mensajes:\n${mensajes}\n\nTítulo de cinco palabras como máximo, sin comillas.` },
    ],
    max_tokens: 12,
    temperature: 0.3,
  });
  return completion.choices[0].message.content?.trim() ?? '';
}
