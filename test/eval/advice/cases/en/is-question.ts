import { GoogleGenAI } from '@google/genai';

const ai = new GoogleGenAI({});

export async function isQuestion(message: string) {
  const response = await ai.models.generateContent({
    model: 'gemini-1.5-pro',
    contents: `${message}\n---\nIs the message above asking us something that needs an answer? true or false`,
    config: {
      maxOutputTokens: 2,
      temperature: 0,
    },
  });
  return (response.text ?? '').trim();
}
