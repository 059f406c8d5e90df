import OpenAI from 'openai';

const openai = new OpenAI();

export async function produktbeschreibung(daten: string) {
  const response = await openai.responses.create({
    model: 'gpt-4o',
    instructions: 'Du schreibst Produkttexte für einen Möbelshop. 60–100 Wörter, sachlich, Material und Maße nennen.',
    input: `Daten: ${daten}`,
    max_output_tokens: 250,
    temperature: 0.8,
  });
  return response.output_text.trim();
}
