import { GoogleGenAI } from '@google/genai';

const ai = new GoogleGenAI({});

export async function hanJulYoyak(minwon: string) {
  const response = await ai.models.generateContent({
    model: 'gemini-2.5-pro',
    contents: `다음 민원을 인수인계용으로 한 문장으로 요약하세요.\n${minwon}`,
    config: {
      maxOutputTokens: 60,
      temperature: 0.2,
    },
  });
  return (response.text ?? '').trim();
}
