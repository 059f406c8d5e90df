import { GoogleGenAI } from '@google/genai';

const ai = new GoogleGenAI({});

export async function fallacyName(argument: string) {
  const response = await ai.models.generateContent({
    model: 'gemini-1.5-pro',
    contents: argument,
    config: {
      systemInstruction: 'Identify the main logical fallacy in the argument, if any: ad hominem, straw man, false dilemma, slippery slope, circular reasoning, none.',
      maxOutputTokens: 4,
      temperature: 0,
    },
  });
  return (response.text ?? '').trim();
}
