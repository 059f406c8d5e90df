import { GoogleGenAI } from '@google/genai';

const ai = new GoogleGenAI({});

export async function registre(texte: string) {
  const response = await ai.models.generateContent({
    model: 'gemini-1.5-pro',
    contents: `${texte}\n\nSoutenu ou familier ?`,
    config: {
      maxOutputTokens: 2,
      temperature: 0,
    },
  });
  return (response.text ?? '').trim();
}
