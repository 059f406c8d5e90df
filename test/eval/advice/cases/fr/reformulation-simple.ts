import OpenAI from 'openai';

const openai = new OpenAI();

export async function reformulationSimple(texte: string) {
  const response = await openai.responses.create({
    model: 'gpt-4o',
    input: `Reformule ce texte juridique en langage clair pour un particulier :\n${texte}`,
    max_output_tokens: 500,
    temperature: 0.3,
  });
  return response.output_text.trim();
}
