import OpenAI from 'openai';

const openai = new OpenAI();

export async function countryFromPhone(phone: string) {
  const response = await openai.responses.create({
    model: 'gpt-4o',
    input: `Phone: ${phone}\nCountry (ISO alpha-2):`,
    max_output_tokens: 16,
    temperature: 0,
  });
  return response.output_text.trim();
}
