import { GoogleGenAI } from '@google/genai';

const ai = new GoogleGenAI({});

export async function ibanLand(iban: string) {
  const response = await ai.models.generateContent({
    model: 'gemini-1.5-pro',
    contents: `IBAN: ${iban}\nLändercode (zwei Buchstaben):`,
    config: {
      maxOutputTokens: 2,
      temperature: 0,
    },
  });
  return (response.text ?? '').trim();
}
