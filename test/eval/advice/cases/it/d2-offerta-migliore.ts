import { GoogleGenAI } from '@google/genai';

const ai = new GoogleGenAI({});

export async function d2OffertaMigliore(consumi: string, offerte: string) {
  const response = await ai.models.generateContent({
    model: 'gemini-2.5-pro',
    contents: `Consumi e abitudini della famiglia:\n${consumi}\n\nOfferte ricevute:\n${offerte}\n\nQual è l'offerta più conveniente per loro? Rispondi solo con il numero dell'offerta.`,
    config: {
      systemInstruction: 'Aiuti le famiglie a scegliere tra offerte di luce e gas.',
      maxOutputTokens: 2,
      temperature: 0,
    },
  });
  return (response.text ?? '').trim();
}
