import { GoogleGenAI } from '@google/genai';

const ai = new GoogleGenAI({});

export async function pideBaja(correo: string) {
  const response = await ai.models.generateContent({
    model: 'gemini-2.5-pro',
    contents: `¿El cliente quiere darse de baja del servicio? Responde sí o no.\n\n${correo}`,
    config: {
      maxOutputTokens: 2,
      temperature: 0,
    },
  });
  return (response.text ?? '').trim();
}
