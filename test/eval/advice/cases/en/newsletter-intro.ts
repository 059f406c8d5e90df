import { GoogleGenAI } from '@google/genai';

const ai = new GoogleGenAI({});

export async function newsletterIntro(links: string) {
  const response = await ai.models.generateContent({
    model: 'gemini-1.5-pro',
    contents: `Write a 3-paragraph intro for this week's newsletter covering these links:\n${links}`,
    config: {
      maxOutputTokens: 400,
      temperature: 0.7,
    },
  });
  return (response.text ?? '').trim();
}
