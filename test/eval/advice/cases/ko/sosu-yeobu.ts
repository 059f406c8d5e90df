import { GoogleGenAI } from '@google/genai';

const ai = new GoogleGenAI({});

export async function sosuYeobu(su: string) {
  const response = await ai.models.generateContent({
    model: 'gemini-1.5-pro',
    contents: `${su}는 소수인가요? "예" 또는 "아니오"로 답하세요.`,
    config: {
      maxOutputTokens: 3,
      temperature: 0,
    },
  });
  return (response.text ?? '').trim();
}
