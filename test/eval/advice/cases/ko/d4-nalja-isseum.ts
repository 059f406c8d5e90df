import OpenAI from 'openai';

const openai = new OpenAI();

export async function d4NaljaIsseum(munseo: string) {
  const completion = await openai.chat.completions.create({
    model: 'gpt-4.1',
    messages: [
      { role: 'user', content: `문서:\n${munseo}\n\n이 문서에 날짜가 적혀 있습니까? 예 또는 아니오로만 답하세요.` },
    ],
    max_completion_tokens: 2,
    temperature: 0,
  });
  return completion.choices[0].message.content?.trim() ?? '';
}
