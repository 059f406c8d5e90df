import { GoogleGenAI, Type } from '@google/genai';

const ai = new GoogleGenAI({});

export async function d3ToxicityEnumNocap(comment: string) {
  const response = await ai.models.generateContent({
    model: 'gemini-2.5-pro',
    contents: `Comment:\n${comment}`,
    config: {
      systemInstruction: 'You moderate a gaming forum.',
      temperature: 0,
      responseMimeType: 'application/json',
      responseSchema: {
        type: Type.OBJECT,
        properties: {
          toxicity: { type: Type.STRING, enum: ['none', 'mild', 'severe'] },
        },
        required: ['toxicity'],
      },
    },
  });
  return JSON.parse(response.text ?? '{}');
}
