import OpenAI from 'openai';

const openai = new OpenAI();

export async function badukSu(sgf: string) {
  const response = await openai.responses.create({
    model: 'gpt-4o-2024-08-06',
    input: `현재 바둑판(SGF): ${sgf}\n백의 최선의 수를 좌표 하나로만 답하세요.`,
    max_output_tokens: 16,
    temperature: 0,
  });
  return response.output_text.trim();
}
