import OpenAI from 'openai';

const openai = new OpenAI();

export async function wenanGaixie(wenan: string) {
  const response = await openai.responses.create({
    model: 'gpt-4o',
    input: `把下面这段产品介绍改写得更生动，适合发在小红书上：\n\n${wenan}`,
    max_output_tokens: 400,
    temperature: 0.8,
  });
  return response.output_text.trim();
}
