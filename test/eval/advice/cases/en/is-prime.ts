import { GoogleGenAI } from '@google/genai';

const ai = new GoogleGenAI({});

export async function isPrime(n: string) {
  const response = await ai.models.generateContent({
    model: 'gemini-2.5-pro',
    contents: `Is ${n} a prime number? Answer yes or no.`,
    config: {
      maxOutputTokens: 1,
      temperature: 0,
    },
  });
  return (response.text ?? '').trim();
}
