import OpenAI from 'openai';

const openai = new OpenAI();

export async function bugOrFeature(issue: string, code: string) {
  const completion = await openai.chat.completions.create({
    model: 'gpt-4.1',
    messages: [
      { role: 'user', content: `Issue: ${issue}\nCode:\n${code}\n\nIs the reported behaviour a bug in this code? yes or no.` },
    ],
    max_completion_tokens: 1,
    temperature: 0,
  });
  return completion.choices[0].message.content?.trim() ?? '';
}
