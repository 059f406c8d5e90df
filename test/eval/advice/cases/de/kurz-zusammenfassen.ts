import { GoogleGenAI } from '@google/genai';

const ai = new GoogleGenAI({});

export async function kurzZusammenfassen(reklamation: string) {
  const response = await ai.models.generateContent({
    model: 'gemini-2.5-pro',
    contents: `Fasse die Reklamation in einem Satz für die Übergabe zusammen:\n${reklamation}`,
    config: {
      maxOutputTokens: 60,
      temperature: 0.2,
    },
  });
  return (response.text ?? '').trim();
}
