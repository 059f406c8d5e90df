import OpenAI from 'openai';

const openai = new OpenAI();

export async function verdettoReview(diff: string) {
  const response = await openai.responses.create({
    model: 'gpt-4o-2024-08-06',
    input: `Valuta questa pull request: introduce un bug? Rispondi APPROVA o RIFIUTA.\n\n${diff}`,
    max_output_tokens: 16,
    temperature: 0,
  });
  return response.output_text.trim();
}
