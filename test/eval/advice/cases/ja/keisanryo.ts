import { GoogleGenAI } from '@google/genai';

const ai = new GoogleGenAI({});

export async function keisanryo(code: string) {
  const response = await ai.models.generateContent({
    model: 'gemini-2.5-pro',
    contents: `次の関数の最悪計算量をO記法だけで答えてください。\n\n${code}`,
    config: {
      maxOutputTokens: 8,
      temperature: 0,
    },
  });
  return (response.text ?? '').trim();
}
