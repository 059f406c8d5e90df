import OpenAI from 'openai';

const openai = new OpenAI();

export async function resumeRapport(rapport: string) {
  const response = await openai.responses.create({
    model: 'gpt-4.1',
    input: `Résume ce rapport d'activité en 150 mots pour le comité de direction :\n\n${rapport}`,
    max_output_tokens: 300,
    temperature: 0.3,
  });
  return response.output_text.trim();
}
