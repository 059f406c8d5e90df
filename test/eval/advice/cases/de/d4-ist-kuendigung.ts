import OpenAI from 'openai';

const openai = new OpenAI();

export async function d4IstKuendigung(schreiben: string) {
  const completion = await openai.chat.completions.create({
    model: 'gpt-4.1',
    messages: [
      { role: 'user', content: `Schreiben:\n${schreiben}\n\nIst dieses Schreiben eine Kündigung? Antworte nur mit ja oder nein.` },
    ],
    max_tokens: 2,
    temperature: 0,
  });
  return completion.choices[0].message.content?.trim() ?? '';
}
