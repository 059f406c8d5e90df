import OpenAI from 'openai';

const openai = new OpenAI();

export async function vulnerabilidadSiNo(codigo: string) {
  const response = await openai.responses.create({
    model: 'gpt-4o-2024-08-06',
    input: `¿Este fragmento permite ejecución remota de código? Responde sí o no.\n\n${codigo}`,
    max_output_tokens: 16,
    temperature: 0,
  });
  return response.output_text.trim();
}
