import OpenAI from 'openai';

const openai = new OpenAI();

export async function urgentie(bericht: string) {
  const completion = await openai.chat.completions.create({
    model: 'gpt-4.1',
    messages: [
      { role: 'user', content: `Bericht: ${bericht}\nUrgentie: laag, normaal, hoog of kritiek? Eén woord.` },
    ],
    max_completion_tokens: 3,
    temperature: 0,
  });
  return completion.choices[0].message.content?.trim() ?? '';
}
