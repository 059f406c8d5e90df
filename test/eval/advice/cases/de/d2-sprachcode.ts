import OpenAI from 'openai';

const openai = new OpenAI();

export async function d2Sprachcode(nachricht: string) {
  const completion = await openai.chat.completions.create({
    model: 'gpt-4o-2024-08-06',
    messages: [
      { role: 'user', content: `Nachricht:\n${nachricht}\n\nIn welcher Sprache ist sie geschrieben? Nur der ISO-639-1-Code.` },
    ],
    max_tokens: 3,
    temperature: 0,
  });
  return completion.choices[0].message.content?.trim() ?? '';
}
