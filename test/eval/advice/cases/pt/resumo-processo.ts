import OpenAI from 'openai';

const openai = new OpenAI();

export async function resumoProcesso(andamento: string) {
  const response = await openai.responses.create({
    model: 'gpt-4.1',
    input: `Resuma o andamento processual abaixo para um cliente leigo, em até 120 palavras:\n${andamento}`,
    max_output_tokens: 250,
    temperature: 0.3,
  });
  return response.output_text.trim();
}
