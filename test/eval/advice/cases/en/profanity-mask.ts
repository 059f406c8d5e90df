import OpenAI from 'openai';

const openai = new OpenAI();

export async function profanityMask(username: string) {
  const response = await openai.responses.create({
    model: 'gpt-4o-2024-08-06',
    input: `Username: ${username}\nContains profanity or slurs? Y/N`,
    max_output_tokens: 16,
    temperature: 0,
  });
  return response.output_text.trim();
}
