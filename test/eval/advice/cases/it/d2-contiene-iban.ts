import { generateText } from 'ai';
import { openai } from '@ai-sdk/openai';

export async function d2ContieneIban(messaggio: string) {
  const { text } = await generateText({
    model: openai('gpt-4.1'),
    prompt: `Messaggio:\n${messaggio}\n\nIl messaggio contiene un IBAN? Rispondi true o false.`,
    maxOutputTokens: 2,
    temperature: 0,
  });
  return text.trim();
}
