import { GoogleGenAI } from '@google/genai';

const ai = new GoogleGenAI({});

export async function genderNeutralCheck(sentence: string) {
  const response = await ai.models.generateContent({
    model: 'gemini-2.5-pro',
    contents: `Does this sentence use gendered wording (e.g. "he", "salesman")? Answer Y or N.\n${sentence}`,
    config: {
      maxOutputTokens: 1,
      temperature: 0,
    },
  });
  return (response.text ?? '').trim();
}
