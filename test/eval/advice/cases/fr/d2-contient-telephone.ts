import { GoogleGenAI, Type } from '@google/genai';

const ai = new GoogleGenAI({});

export async function d2ContientTelephone(note: string) {
  const response = await ai.models.generateContent({
    model: 'gemini-1.5-pro',
    contents: `Note :\n${note}\n\nCette note contient-elle un numéro de téléphone ?`,
    config: {
      maxOutputTokens: 10,
      temperature: 0,
      responseMimeType: 'application/json',
      responseSchema: {
        type: Type.OBJECT,
        properties: {
          telephone: { type: Type.BOOLEAN },
        },
        required: ['telephone'],
      },
    },
  });
  return JSON.parse(response.text ?? '{}');
}
