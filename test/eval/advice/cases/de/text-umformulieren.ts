import OpenAI from 'openai';

const openai = new OpenAI();

export async function textUmformulieren(brief: string) {
  const response = await openai.responses.create({
    model: 'gpt-4.1',
    input: `Formuliere diesen Behördenbrief in einfache Sprache um, ohne Inhalte wegzulassen:\n\n${brief}`,
    max_output_tokens: 600,
    temperature: 0.3,
  });
  return response.output_text.trim();
}
