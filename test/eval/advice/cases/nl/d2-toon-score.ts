import { GoogleGenAI } from '@google/genai';

const ai = new GoogleGenAI({});

export async function d2ToonScore(recensie: string) {
  const response = await ai.models.generateContent({
    model: 'gemini-2.5-pro',
    contents: `Recensie:\n${recensie}\n\nGeef een score van 0 tot 100 voor hoe positief deze recensie is. Alleen het getal.`,
    config: {
      maxOutputTokens: 4,
      temperature: 0,
    },
  });
  return (response.text ?? '').trim();
}
