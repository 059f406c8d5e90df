import { GoogleGenAI } from '@google/genai';

const ai = new GoogleGenAI({});

export async function obyasnitZapros(sql: string) {
  const response = await ai.models.generateContent({
    model: 'gemini-2.5-pro',
    contents: `Объясни менеджеру продукта в двух-трёх предложениях, что делает этот SQL-запрос:\n${sql}`,
    config: {
      maxOutputTokens: 150,
      temperature: 0.3,
    },
  });
  return (response.text ?? '').trim();
}
