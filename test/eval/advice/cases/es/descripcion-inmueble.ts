import OpenAI from 'openai';

const openai = new OpenAI();

export async function descripcionInmueble(datos: string) {
  const response = await openai.responses.create({
    model: 'gpt-4o',
    input: `Redacta un anuncio atractivo (100 palabras) para este piso: ${datos}`,
    max_output_tokens: 250,
    temperature: 0.8,
  });
  return response.output_text.trim();
}
