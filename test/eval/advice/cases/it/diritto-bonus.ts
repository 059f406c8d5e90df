import OpenAI from 'openai';

const openai = new OpenAI();

export async function dirittoBonus(caso: string) {
  const response = await openai.responses.create({
    model: 'gpt-4o',
    instructions: 'Sei un consulente fiscale esperto della normativa italiana sulle detrazioni edilizie.',
    input: `Caso: ${caso}\nIl contribuente può accedere alla detrazione? Rispondi SÌ o NO.`,
    max_output_tokens: 16,
    temperature: 0,
  });
  return response.output_text.trim();
}
