import { GoogleGenAI } from '@google/genai';

const ai = new GoogleGenAI({});

export async function statusPosylki(soobshchenie: string) {
  const response = await ai.models.generateContent({
    model: 'gemini-2.5-pro',
    contents: `Сообщение службы доставки: ${soobshchenie}\nСтатус: в пути, доставлено, задерживается или возврат.`,
    config: {
      maxOutputTokens: 4,
      temperature: 0,
    },
  });
  return (response.text ?? '').trim();
}
