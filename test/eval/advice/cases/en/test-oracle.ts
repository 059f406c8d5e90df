import OpenAI from 'openai';

const openai = new OpenAI();

export async function testOracle(program: string) {
  const completion = await openai.chat.completions.create({
    model: 'gpt-4.1',
    messages: [
      { role: 'user', content: `What does this Python program print? Output only what it prints.\n\n${program}` },
    ],
    max_tokens: 30,
    temperature: 0,
  });
  return completion.choices[0].message.content?.trim() ?? '';
}
