import OpenAI from 'openai';

const openai = new OpenAI();

export async function researchSynthesis(papers: string) {
  const completion = await openai.chat.completions.create({
    model: 'gpt-4.1',
    messages: [
      { role: 'system', content: 'Synthesise the findings of the papers: where they agree, where they conflict and why, and what remains open.' },
      { role: 'user', content: papers },
    ],
    max_tokens: 2000,
    temperature: 0.3,
  });
  return completion.choices[0].message.content?.trim() ?? '';
}
