import { GoogleGenAI } from '@google/genai';

type ChatTurn = { role: 'user' | 'assistant'; content: string };

const ai = new GoogleGenAI({});

export async function onboardingChat(message: string, history: ChatTurn[]) {
  const response = await ai.models.generateContent({
    model: 'gemini-1.5-pro',
    contents: [
      ...history.map((t) => ({ role: t.role === 'user' ? 'user' : 'model', parts: [{ text: t.content }] })),
      { role: 'user', parts: [{ text: message }] },
    ],
    config: {
      systemInstruction: 'You are the onboarding guide inside Ledgerly. Help new users set up their first invoice. Ask one question at a time.',
      maxOutputTokens: 300,
      temperature: 0.5,
    },
  });
  return (response.text ?? '').trim();
}
