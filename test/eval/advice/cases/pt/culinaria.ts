import { GoogleGenAI } from '@google/genai';

const ai = new GoogleGenAI({});

export async function culinaria(cardapio: string) {
  const response = await ai.models.generateContent({
    model: 'gemini-1.5-pro',
    contents: `Cardápio: ${cardapio}\nCulinária (italiana, japonesa, mexicana, brasileira, outra):`,
    config: {
      maxOutputTokens: 3,
      temperature: 0,
    },
  });
  return (response.text ?? '').trim();
}
