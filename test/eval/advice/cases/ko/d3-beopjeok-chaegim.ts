import OpenAI from 'openai';

const openai = new OpenAI();

export async function d3BeopjeokChaegim(gyeongwi: string) {
  const completion = await openai.chat.completions.create({
    model: 'gpt-4.1',
    messages: [
      { role: 'user', content: `사건 경위:\n${gyeongwi}\n\n회사의 법적 책임은 어느 정도입니까? 다음 중 하나로만 답하세요: 전부, 일부, 없음.` },
    ],
    max_completion_tokens: 4,
    temperature: 0,
  });
  return completion.choices[0].message.content?.trim() ?? '';
}
