import { GoogleGenAI } from '@google/genai';

const ai = new GoogleGenAI({});

export async function telefoneE164(anotacao: string) {
  const response = await ai.models.generateContent({
    model: 'gemini-2.5-pro',
    contents: `Anotação: ${anotacao}\nInforme o telefone no formato E.164, ou vazio.`,
    config: {
      maxOutputTokens: 8,
      temperature: 0,
    },
  });
  return (response.text ?? '').trim();
}
