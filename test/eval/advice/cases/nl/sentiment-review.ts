import OpenAI from 'openai';

const openai = new OpenAI();

export async function sentimentReview(review: string) {
  const completion = await openai.chat.completions.create({
    model: 'gpt-4.1',
    messages: [
      { role: 'user', content: `Review: ${review}\nIs het sentiment positief, negatief of neutraal? Alleen het woord.` },
    ],
    max_tokens: 3,
    temperature: 0,
  });
  return completion.choices[0].message.content?.trim() ?? '';
}
