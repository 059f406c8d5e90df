import { GoogleGenAI } from '@google/genai';

const ai = new GoogleGenAI({});

export async function emailSubject(announcement: string) {
  const response = await ai.models.generateContent({
    model: 'gemini-2.5-pro',
    contents: `Write an email subject line (under 8 words) for this announcement:\n${announcement}`,
    config: {
      maxOutputTokens: 20,
      temperature: 0.5,
    },
  });
  return (response.text ?? '').trim();
}
