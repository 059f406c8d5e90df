import OpenAI from 'openai';

const openai = new OpenAI();

export async function alertActionable(alertText: string, snapshot: string) {
  const completion = await openai.chat.completions.create({
    model: 'gpt-4.1',
    messages: [
      { role: 'system', content: 'You are on call for the payments platform.' },
      { role: 'user', content: `Alert: ${alertText}\nDashboard snapshot: ${snapshot}\n\nShould someone be paged right now? Reply yes or no.` },
    ],
    max_tokens: 2,
    temperature: 0,
  });
  return completion.choices[0].message.content?.trim() ?? '';
}
