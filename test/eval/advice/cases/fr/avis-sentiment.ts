import OpenAI from 'openai';

const openai = new OpenAI();

export async function avisSentiment(avis: string) {
  const completion = await openai.chat.completions.create({
    model: 'gpt-4.1',
    messages: [
      { role: 'user', content: `Avis : « ${avis} »\nSentiment (positif, négatif ou neutre) :` },
    ],
    max_completion_tokens: 3,
    temperature: 0,
  });
  return completion.choices[0].message.content?.trim() ?? '';
}
