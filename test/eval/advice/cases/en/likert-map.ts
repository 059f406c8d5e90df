import { GoogleGenAI, Type } from '@google/genai';

const ai = new GoogleGenAI({});

export async function likertMap(statement: string, answer: string) {
  const response = await ai.models.generateContent({
    model: 'gemini-2.5-pro',
    contents: `Statement: ${statement}\nAnswer: ${answer}`,
    config: {
      systemInstruction: `Map the respondent's answer to one of: strongly disagree, disagree, neutral, agree, strongly agree.`,
      maxOutputTokens: 4,
      temperature: 0,
      responseMimeType: 'application/json',
      responseSchema: {
        type: Type.OBJECT,
        properties: {
          scale: { type: Type.STRING, enum: ['strongly disagree', 'disagree', 'neutral', 'agree', 'strongly agree'] },
        },
        required: ['scale'],
      },
    },
  });
  return JSON.parse(response.text ?? '{}');
}
