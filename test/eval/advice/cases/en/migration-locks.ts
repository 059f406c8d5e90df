import { GoogleGenAI, Type } from '@google/genai';

const ai = new GoogleGenAI({});

export async function migrationLocks(migration: string) {
  const response = await ai.models.generateContent({
    model: 'gemini-2.5-pro',
    contents: `PostgreSQL 15. Migration:\n${migration}\nDoes it take a lock that blocks writes on a large table for its whole duration?`,
    config: {
      maxOutputTokens: 10,
      temperature: 0,
      responseMimeType: 'application/json',
      responseSchema: {
        type: Type.OBJECT,
        properties: {
          blocksWrites: { type: Type.BOOLEAN },
        },
        required: ['blocksWrites'],
      },
    },
  });
  return JSON.parse(response.text ?? '{}');
}
