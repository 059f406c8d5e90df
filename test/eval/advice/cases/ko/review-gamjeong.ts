import OpenAI from 'openai';

const openai = new OpenAI();

export async function reviewGamjeong(review: string) {
  const completion = await openai.chat.completions.create({
    model: 'gpt-4.1',
    messages: [
      { role: 'user', content: `리뷰: ${review}\n이 리뷰의 감정은 긍정, 부정, 중립 중 무엇인가요? 한 단어로만 답하세요.` },
    ],
    max_completion_tokens: 3,
    temperature: 0,
  });
  return completion.choices[0].message.content?.trim() ?? '';
}
