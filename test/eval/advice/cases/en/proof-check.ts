import { GoogleGenAI } from '@google/genai';

const ai = new GoogleGenAI({});

export async function proofCheck(proof: string) {
  const response = await ai.models.generateContent({
    model: 'gemini-2.5-pro',
    contents: `Is this proof correct? Reply VALID or INVALID and the first wrong step number.\n\n${proof}`,
    config: {
      maxOutputTokens: 10,
      temperature: 0,
    },
  });
  return (response.text ?? '').trim();
}
