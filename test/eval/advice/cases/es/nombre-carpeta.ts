import { GoogleGenAI } from '@google/genai';

const ai = new GoogleGenAI({});

export async function nombreCarpeta(archivos: string) {
  const response = await ai.models.generateContent({
    model: 'gemini-1.5-pro',
    contents: `Archivos: ${archivos}\nPropón un nombre de carpeta de tres palabras como máximo.`,
    config: {
      maxOutputTokens: 10,
      temperature: 0.3,
    },
  });
  return (response.text ?? '').trim();
}
