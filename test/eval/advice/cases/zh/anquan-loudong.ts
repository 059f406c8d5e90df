import OpenAI from 'openai';

const openai = new OpenAI();

export async function anquanLoudong(daima: string) {
  const response = await openai.responses.create({
    model: 'gpt-4o-2024-08-06',
    instructions: '你是一名资深安全审计员。',
    input: `下面的代码是否存在反序列化漏洞？只回答"是"或"否"。\n\n${daima}`,
    max_output_tokens: 16,
    temperature: 0,
  });
  return response.output_text.trim();
}
