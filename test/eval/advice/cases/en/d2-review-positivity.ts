import OpenAI from 'openai';

const openai = new OpenAI();

export async function d2ReviewPositivity(reviewText: string) {
  const completion = await openai.chat.completions.create({
    model: 'gpt-4.1',
    messages: [
      { role: 'user', content: `Review:\n${reviewText}\n\nHow positive is this review, from 0 to 100? Number only.` },
    ],
    max_tokens: 4,
    temperature: 0,
  });
  return completion.choices[0].message.content?.trim() ?? '';
}
