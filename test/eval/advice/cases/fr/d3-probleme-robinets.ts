import OpenAI from 'openai';

const openai = new OpenAI();

export async function d3ProblemeRobinets(enonce: string) {
  const completion = await openai.chat.completions.create({
    model: 'gpt-4.1',
    messages: [
      { role: 'user', content: `Énoncé :\n${enonce}\n\nEn combien de minutes la cuve sera-t-elle pleine ? Réponds uniquement par un nombre.` },
    ],
    max_completion_tokens: 4,
    temperature: 0,
  });
  return completion.choices[0].message.content?.trim() ?? '';
}
