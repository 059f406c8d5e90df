import OpenAI from 'openai';

const openai = new OpenAI();

export async function shogiTe(sfen: string) {
  const response = await openai.responses.create({
    model: 'gpt-4o-2024-08-06',
    input: `局面（SFEN）：${sfen}\n先手の最善手をUSI形式で1つだけ答えてください。`,
    max_output_tokens: 16,
    temperature: 0,
  });
  return response.output_text.trim();
}
