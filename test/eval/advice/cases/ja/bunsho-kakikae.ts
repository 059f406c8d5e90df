import OpenAI from 'openai';

const openai = new OpenAI();

export async function bunshoKakikae(bunsho: string) {
  const response = await openai.responses.create({
    model: 'gpt-4.1',
    input: `次の文章をビジネスメールにふさわしい丁寧な表現に書き換えてください。\n\n${bunsho}`,
    max_output_tokens: 400,
    temperature: 0.4,
  });
  return response.output_text.trim();
}
