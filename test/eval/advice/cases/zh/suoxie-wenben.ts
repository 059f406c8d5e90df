import { GoogleGenAI } from '@google/genai';

const ai = new GoogleGenAI({});

export async function suoxieWenben(wenben: string) {
  const response = await ai.models.generateContent({
    model: 'gemini-2.5-pro',
    contents: `把这段文字压缩到140字以内，保留关键信息：\n${wenben}`,
    config: {
      maxOutputTokens: 120,
      temperature: 0.5,
    },
  });
  return (response.text ?? '').trim();
}
