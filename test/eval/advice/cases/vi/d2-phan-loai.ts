import OpenAI from 'openai';

const openai = new OpenAI();

export async function d2PhanLoai(danh_gia: string) {
  const completion = await openai.chat.completions.create({
    model: 'gpt-4.1',
    messages: [
      { role: 'user', content: `Đánh giá của khách hàng:\n${danh_gia}\n\nChỉ trả lời một từ: tích cực, tiêu cực hoặc trung lập.` },
    ],
    max_completion_tokens: 4,
    temperature: 0,
  });
  return completion.choices[0].message.content?.trim() ?? '';
}
