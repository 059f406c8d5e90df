import OpenAI from 'openai';

const openai = new OpenAI();

export async function linkedinPost(company: string, round: string) {
  const response = await openai.responses.create({
    model: 'gpt-4o-2024-08-06',
    input: `Write a LinkedIn post announcing that ${company} raised a ${round} round. Humble tone, thank the team, max 120 words.`,
    max_output_tokens: 250,
    temperature: 0.9,
  });
  return response.output_text.trim();
}
