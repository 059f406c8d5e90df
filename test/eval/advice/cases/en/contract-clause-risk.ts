import { GoogleGenAI } from '@google/genai';

const ai = new GoogleGenAI({});

export async function contractClauseRisk(clause: string, jurisdiction: string) {
  const response = await ai.models.generateContent({
    model: 'gemini-2.5-pro',
    contents: `Clause:\n${clause}\n\nGoverning law: ${jurisdiction}`,
    config: {
      systemInstruction: 'You are counsel for the buyer. Rate the clause: acceptable, negotiate, reject.',
      maxOutputTokens: 3,
      temperature: 0,
    },
  });
  return (response.text ?? '').trim();
}
