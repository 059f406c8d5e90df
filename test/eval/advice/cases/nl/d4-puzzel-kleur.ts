import OpenAI from 'openai';

const openai = new OpenAI();

export async function d4PuzzelKleur(puzzel: string) {
  const completion = await openai.chat.completions.create({
    model: 'gpt-4o',
    messages: [
      { role: 'user', content: `Puzzel:\n${puzzel}\n\nWelke kleur heeft het huis van de bakker? Antwoord met één woord.` },
    ],
    max_completion_tokens: 3,
    temperature: 0,
  });
  return completion.choices[0].message.content?.trim() ?? '';
}
