import OpenAI from 'openai';

const openai = new OpenAI();

export async function failleSecurite(code: string) {
  const response = await openai.responses.create({
    model: 'gpt-4o-2024-08-06',
    input: `Ce code PHP est-il vulnérable à une injection SQL ? Réponds oui ou non.\n\n${code}`,
    max_output_tokens: 16,
    temperature: 0,
  });
  return response.output_text.trim();
}
