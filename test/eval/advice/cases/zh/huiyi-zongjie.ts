import OpenAI from 'openai';

const openai = new OpenAI();

export async function huiyiZongjie(jilu: string) {
  const response = await openai.responses.create({
    model: 'gpt-4.1',
    input: `请将以下会议记录总结为要点，包括决议、待办事项和负责人：\n\n${jilu}`,
    max_output_tokens: 500,
    temperature: 0.2,
  });
  return response.output_text.trim();
}
