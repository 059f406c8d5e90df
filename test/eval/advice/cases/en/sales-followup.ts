import { GoogleGenAI } from '@google/genai';

const ai = new GoogleGenAI({});

export async function salesFollowup(notes: string) {
  const response = await ai.models.generateContent({
    model: 'gemini-2.5-pro',
    contents: `Call notes:\n${notes}\n\nDraft a follow-up email to the prospect recapping next steps.`,
    config: {
      maxOutputTokens: 350,
      temperature: 0.5,
    },
  });
  return (response.text ?? '').trim();
}
