import OpenAI from 'openai';

const openai = new OpenAI();

export async function d4Komplexitaet(funktion: string) {
  const completion = await openai.chat.completions.create({
    model: 'gpt-4.1',
    messages: [
      { role: 'user', content: `Funktion:\n${funktion}\n\nWelche Zeitkomplexität hat diese Funktion? Antworte nur mit einer dieser Klassen: O(1), O(log n), O(n), O(n log n), O(n^2).` },
    ],
    max_completion_tokens: 8,
    temperature: 0,
  });
  return completion.choices[0].message.content?.trim() ?? '';
}
