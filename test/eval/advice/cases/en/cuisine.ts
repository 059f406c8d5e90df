import OpenAI from 'openai';

const openai = new OpenAI();

export async function cuisine(menu: string) {
  const response = await openai.responses.create({
    model: 'gpt-4.1',
    input: `Menu excerpt: ${menu}\nCuisine (italian, japanese, mexican, indian, french, other):`,
    max_output_tokens: 16,
    temperature: 0,
  });
  return response.output_text.trim();
}
