import OpenAI from 'openai';

const openai = new OpenAI();

export async function sansuMondai(a: string) {
  const response = await openai.responses.create({
    model: 'gpt-4o',
    input: `池の周りを兄は分速${a}m、弟は分速60mで同じ地点から反対方向に歩き始めたところ、12分後に初めて出会いました。池の周りは何mですか。数字だけで答えてください。`,
    max_output_tokens: 16,
    temperature: 0,
  });
  return response.output_text.trim();
}
