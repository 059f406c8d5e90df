import { GoogleGenAI } from '@google/genai';

const ai = new GoogleGenAI({});

export async function hitokotoHenshin(chat: string) {
  const response = await ai.models.generateContent({
    model: 'gemini-1.5-pro',
    contents: `これまでのチャット：\n${chat}`,
    config: {
      systemInstruction: 'オペレーターが次に送る一文を提案してください。丁寧で具体的に。',
      maxOutputTokens: 60,
      temperature: 0.6,
    },
  });
  return (response.text ?? '').trim();
}
