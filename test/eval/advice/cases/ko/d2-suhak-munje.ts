import { GoogleGenAI } from '@google/genai';

const ai = new GoogleGenAI({});

export async function d2SuhakMunje(jogeon: string) {
  const response = await ai.models.generateContent({
    model: 'gemini-2.5-pro',
    contents: `조건:\n${jogeon}\n\n두 사람이 다시 만나는 것은 몇 분 후입니까? 숫자만 답하세요.`,
    config: {
      maxOutputTokens: 4,
      temperature: 0,
    },
  });
  return (response.text ?? '').trim();
}
