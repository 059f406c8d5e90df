import { GoogleGenAI } from '@google/genai';

const ai = new GoogleGenAI({});

export async function otkazOtPodpiski(pismo: string) {
  const response = await ai.models.generateContent({
    model: 'gemini-1.5-pro',
    contents: `Клиент хочет отменить подписку? Ответь «да» или «нет».\n\n${pismo}`,
    config: {
      maxOutputTokens: 2,
      temperature: 0,
    },
  });
  return (response.text ?? '').trim();
}
