import { GoogleGenAI } from '@google/genai';

const ai = new GoogleGenAI({});

export async function acortarTexto(texto: string) {
  const response = await ai.models.generateContent({
    model: 'gemini-2.5-pro',
    contents: `Acorta este texto a menos de 280 caracteres sin perder la información clave:\n${texto}`,
    config: {
      maxOutputTokens: 90,
      temperature: 0.5,
    },
  });
  return (response.text ?? '').trim();
}
