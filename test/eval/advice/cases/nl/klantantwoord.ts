import { generateText } from 'ai';
import { openai } from '@ai-sdk/openai';

type ChatTurn = { role: 'user' | 'assistant'; content: string };

export async function klantantwoord(bericht: string, history: ChatTurn[]) {
  const { text } = await generateText({
    model: openai('gpt-4.1'),
    system: 'Je bent de digitale assistent van een energieleverancier. Antwoord vriendelijk en duidelijk, gebruik "je".',
    messages: [...history, { role: 'user', content: bericht }],
    maxOutputTokens: 400,
    temperature: 0.4,
  });
  return text.trim();
}
