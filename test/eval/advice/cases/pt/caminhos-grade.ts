import { GoogleGenAI } from '@google/genai';

const ai = new GoogleGenAI({});

export async function caminhosGrade(l: string, a: string, bloqueadas: string) {
  const response = await ai.models.generateContent({
    model: 'gemini-2.5-pro',
    contents: `Em uma grade ${l}x${a}, andando só para a direita ou para baixo e evitando as casas ${bloqueadas}, quantos caminhos existem do canto superior esquerdo ao inferior direito? Só o número.`,
    config: {
      maxOutputTokens: 8,
      temperature: 0,
    },
  });
  return (response.text ?? '').trim();
}
