import OpenAI from 'openai';

const openai = new OpenAI();

export async function leadScoreInt(submission: string) {
  const completion = await openai.chat.completions.create({
    model: 'gpt-4.1',
    messages: [
      { role: 'system', content: 'You help a sales team prioritise inbound leads.' },
      { role: 'user', content: `Form submission:\n${submission}\n\nReturn {"fit": N} where N is 1-5 for how well this company matches our ICP (B2B SaaS, 50-500 staff).` },
    ],
    max_completion_tokens: 12,
    temperature: 0,
    response_format: { type: 'json_object' },
  });
  return JSON.parse(completion.choices[0].message.content ?? '{}');
}
