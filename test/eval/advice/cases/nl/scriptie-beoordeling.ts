import { GoogleGenAI, Type } from '@google/genai';

const ai = new GoogleGenAI({});

export async function scriptieBeoordeling(hoofdstuk: string) {
  const response = await ai.models.generateContent({
    model: 'gemini-2.5-pro',
    contents: hoofdstuk,
    config: {
      systemInstruction: 'Beoordeel het hoofdstuk van de scriptie op onderzoeksopzet, methodologie en onderbouwing. Geef een cijfer van 1 tot 10.',
      maxOutputTokens: 20,
      temperature: 0,
      responseMimeType: 'application/json',
      responseSchema: {
        type: Type.OBJECT,
        properties: {
          cijfer: { type: Type.NUMBER },
        },
        required: ['cijfer'],
      },
    },
  });
  return JSON.parse(response.text ?? '{}');
}
