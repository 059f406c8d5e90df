import { GoogleGenAI } from '@google/genai';

const ai = new GoogleGenAI({});

export async function sophisme(argument: string) {
  const response = await ai.models.generateContent({
    model: 'gemini-2.5-pro',
    contents: argument,
    config: {
      systemInstruction: 'Identifie le sophisme principal : attaque personnelle, homme de paille, faux dilemme, pente glissante, raisonnement circulaire, aucun.',
      maxOutputTokens: 5,
      temperature: 0,
    },
  });
  return (response.text ?? '').trim();
}
