import OpenAI from 'openai';

const openai = new OpenAI();

export async function rechtToeslag(situatie: string) {
  const response = await openai.responses.create({
    model: 'gpt-4o',
    instructions: 'Je beoordeelt recht op huurtoeslag volgens de regels van de Belastingdienst (inkomen, vermogen, huur, leeftijd).',
    input: `Situatie: ${situatie}\nRecht op huurtoeslag? JA of NEE.`,
    max_output_tokens: 16,
    temperature: 0,
  });
  return response.output_text.trim();
}
