import OpenAI from 'openai';

const openai = new OpenAI();

export async function munjangDadeum(gongji: string) {
  const response = await openai.responses.create({
    model: 'gpt-4.1',
    input: `아래 공지문을 더 부드럽고 읽기 쉬운 문장으로 다듬어 주세요.\n\n${gongji}`,
    max_output_tokens: 400,
    temperature: 0.4,
  });
  return response.output_text.trim();
}
