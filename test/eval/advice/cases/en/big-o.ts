import { GoogleGenAI } from '@google/genai';

const ai = new GoogleGenAI({});

export async function bigO(code: string) {
  const response = await ai.models.generateContent({
    model: 'gemini-2.5-pro',
    contents: `What is the worst-case time complexity of this function? Big-O only.\n\n${code}`,
    config: {
      maxOutputTokens: 8,
      temperature: 0,
    },
  });
  return (response.text ?? '').trim();
}
