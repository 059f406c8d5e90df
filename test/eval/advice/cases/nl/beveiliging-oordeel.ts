import OpenAI from 'openai';

const openai = new OpenAI();

export async function beveiligingOordeel(code: string) {
  const response = await openai.responses.create({
    model: 'gpt-4.1',
    input: `Bevat deze code een authenticatie-bypass? Antwoord ja of nee.\n\n${code}`,
    max_output_tokens: 16,
    temperature: 0,
  });
  return response.output_text.trim();
}
