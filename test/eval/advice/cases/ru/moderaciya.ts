import { GoogleGenAI, Type } from '@google/genai';

const ai = new GoogleGenAI({});

export async function moderaciya(kommentarij: string) {
  const response = await ai.models.generateContent({
    model: 'gemini-2.5-pro',
    contents: kommentarij,
    config: {
      systemInstruction: 'Модерация комментариев: допустимо, оскорбление, реклама.',
      maxOutputTokens: 6,
      temperature: 0,
      responseMimeType: 'application/json',
      responseSchema: {
        type: Type.OBJECT,
        properties: {
          verdikt: { type: Type.STRING, enum: ['допустимо', 'оскорбление', 'реклама'] },
        },
        required: ['verdikt'],
      },
    },
  });
  return JSON.parse(response.text ?? '{}');
}
