import { GoogleGenAI } from '@google/genai';

const ai = new GoogleGenAI({});

export async function d2Afdeling(bericht: string) {
  const response = await ai.models.generateContent({
    model: 'gemini-1.5-pro',
    contents: `Bericht:\n${bericht}\n\nWelke afdeling? Kies één: afspraken, facturen, recepten, overig.`,
    config: {
      maxOutputTokens: 4,
      temperature: 0,
    },
  });
  return (response.text ?? '').trim();
}
