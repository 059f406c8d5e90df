import { GoogleGenAI } from '@google/genai';

const ai = new GoogleGenAI({});

export async function dianhuaGeshi(beizhu: string) {
  const response = await ai.models.generateContent({
    model: 'gemini-1.5-pro',
    contents: `备注：${beizhu}\n请以 E.164 格式给出电话号码，没有则返回空字符串。`,
    config: {
      maxOutputTokens: 8,
      temperature: 0,
    },
  });
  return (response.text ?? '').trim();
}
