import { GoogleGenAI } from '@google/genai';

const ai = new GoogleGenAI({});

export async function sqlFromQuestion(schema: string, question: string) {
  const response = await ai.models.generateContent({
    model: 'gemini-2.5-pro',
    contents: `${question}`,
    config: {
      systemInstruction: `Write a single PostgreSQL query that answers the question. Schema:\n{schema}`,
      maxOutputTokens: 300,
      temperature: 0,
    },
  });
  return (response.text ?? '').trim();
}
