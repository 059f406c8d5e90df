import OpenAI from 'openai';

const openai = new OpenAI();

export async function vulnerabilidade(codigo: string) {
  const response = await openai.responses.create({
    model: 'gpt-4o-2024-08-06',
    input: `Este endpoint permite que um usuário acesse dados de outro (IDOR)? Responda sim ou não.\n\n${codigo}`,
    max_output_tokens: 16,
    temperature: 0,
  });
  return response.output_text.trim();
}
