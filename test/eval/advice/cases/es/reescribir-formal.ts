import OpenAI from 'openai';

const openai = new OpenAI();

export async function reescribirFormal(borrador: string) {
  const response = await openai.responses.create({
    model: 'gpt-4.1',
    input: `Reescribe este correo con un tono más formal, sin cambiar el contenido:\n\n${borrador}`,
    max_output_tokens: 300,
    temperature: 0.5,
  });
  return response.output_text.trim();
}
