import OpenAI from 'openai';

const openai = new OpenAI();

export async function categorieVraag(vraag: string) {
  const completion = await openai.chat.completions.create({
    model: 'gpt-4o',
    messages: [
      { role: 'system', content: 'Deel de klantvraag in bij één categorie: facturatie, bezorging, retour, account, overig. Antwoord alleen met de categorie.' },
      { role: 'user', content: vraag },
    ],
    max_completion_tokens: 4,
    temperature: 0,
  });
  return completion.choices[0].message.content?.trim() ?? '';
}
