import { generateText } from 'ai';
import { openai } from '@ai-sdk/openai';

type ChatTurn = { role: 'user' | 'assistant'; content: string };

export async function rispostaCliente(messaggio: string, history: ChatTurn[]) {
  const { text } = await generateText({
    model: openai('gpt-4.1'),
    system: `Sei l'assistente clienti di un'agenzia di viaggi. Rispondi in modo cortese e conciso.`,
    messages: [...history, { role: 'user', content: messaggio }],
    maxOutputTokens: 400,
    temperature: 0.4,
  });
  return text.trim();
}
