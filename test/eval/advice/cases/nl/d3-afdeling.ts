import OpenAI from 'openai';

const openai = new OpenAI();

export async function d3Afdeling(bericht: string) {
  const completion = await openai.chat.completions.create({
    model: 'gpt-4o',
    messages: [
      { role: 'user', content: `Bericht van de klant:\n${bericht}\n\nKies één afdeling: facturatie, levering, retouren of klantenservice. Antwoord alleen met de afdeling.` },
    ],
    max_completion_tokens: 5,
    temperature: 0,
  });
  return completion.choices[0].message.content?.trim() ?? '';
}
