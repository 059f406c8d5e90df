import OpenAI from 'openai';

const openai = new OpenAI();

export async function d4KleurProduct(beschrijving: string) {
  const completion = await openai.chat.completions.create({
    model: 'gpt-4.1',
    messages: [
      { role: 'user', content: `Productbeschrijving:\n${beschrijving}\n\nWelke kleur heeft het product? Antwoord met één woord.` },
    ],
    max_tokens: 3,
    temperature: 0,
  });
  return completion.choices[0].message.content?.trim() ?? '';
}
