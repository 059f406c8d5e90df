import OpenAI from 'openai';

const openai = new OpenAI();

export async function suhakMunje(a: string) {
  const response = await openai.responses.create({
    model: 'gpt-4o',
    input: `어떤 일을 갑이 혼자 하면 ${a}일, 을이 혼자 하면 15일 걸립니다. 둘이 함께 3일 일한 뒤 나머지를 을이 혼자 끝냈다면, 을은 모두 며칠 일했나요? 숫자만 답하세요.`,
    max_output_tokens: 16,
    temperature: 0,
  });
  return response.output_text.trim();
}
