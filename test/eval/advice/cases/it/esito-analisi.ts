import { GoogleGenAI } from '@google/genai';

const ai = new GoogleGenAI({});

export async function esitoAnalisi(esami: string, anamnesi: string) {
  const response = await ai.models.generateContent({
    model: 'gemini-2.5-pro',
    contents: `Esami del sangue:\n${esami}\nAnamnesi: ${anamnesi}\n\nÈ probabile un'insufficienza renale acuta? sì o no.`,
    config: {
      maxOutputTokens: 2,
      temperature: 0,
    },
  });
  return (response.text ?? '').trim();
}
