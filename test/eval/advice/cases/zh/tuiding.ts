import { GoogleGenAI } from '@google/genai';

const ai = new GoogleGenAI({});

export async function tuiding(xiaoxi: string) {
  const response = await ai.models.generateContent({
    model: 'gemini-2.5-pro',
    contents: `客户是否想退订服务？回答"是"或"否"。\n\n${xiaoxi}`,
    config: {
      maxOutputTokens: 2,
      temperature: 0,
    },
  });
  return (response.text ?? '').trim();
}
