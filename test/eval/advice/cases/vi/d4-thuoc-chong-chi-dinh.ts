import OpenAI from 'openai';

const openai = new OpenAI();

export async function d4ThuocChongChiDinh(benh_nhan: string) {
  const completion = await openai.chat.completions.create({
    model: 'gpt-4.1',
    messages: [
      { role: 'user', content: `Thông tin bệnh nhân:\n${benh_nhan}\n\nBệnh nhân này có được dùng ibuprofen không? Chỉ trả lời có hoặc không.` },
    ],
    max_completion_tokens: 2,
    temperature: 0,
  });
  return completion.choices[0].message.content?.trim() ?? '';
}
