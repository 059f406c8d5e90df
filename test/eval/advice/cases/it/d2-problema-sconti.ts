import { GoogleGenAI } from '@google/genai';

const ai = new GoogleGenAI({});

export async function d2ProblemaSconti(dati: string) {
  const response = await ai.models.generateContent({
    model: 'gemini-1.5-pro',
    contents: `Dati dell'ordine e sconti applicati:\n${dati}\n\nQuanto paga il cliente alla fine, in euro? Rispondi solo con il numero.`,
    config: {
      maxOutputTokens: 6,
      temperature: 0,
    },
  });
  return (response.text ?? '').trim();
}
