import { GoogleGenAI } from '@google/genai';

const ai = new GoogleGenAI({});

export async function d2TriageUrgentie(klachten: string) {
  const response = await ai.models.generateContent({
    model: 'gemini-2.5-pro',
    contents: `Klachten van de beller:\n${klachten}\n\nHoe snel moet deze persoon gezien worden? Kies één: direct, vandaag, deze week, advies.`,
    config: {
      systemInstruction: 'Je ondersteunt de doktersassistent aan de telefoon.',
      maxOutputTokens: 4,
      temperature: 0,
    },
  });
  return (response.text ?? '').trim();
}
