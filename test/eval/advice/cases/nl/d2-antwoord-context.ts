import { generateText } from 'ai';
import { openai } from '@ai-sdk/openai';

export async function d2AntwoordContext(fragmenten: string, bericht: string) {
  const { text } = await generateText({
    model: openai('gpt-4.1'),
    system: 'Beantwoord de vraag van de klant alleen met de fragmenten hieronder. Staat het antwoord er niet in, zeg dat dan.',
    prompt: `Fragmenten:\n${fragmenten}\n\nKlant: ${bericht}`,
    maxOutputTokens: 150,
    temperature: 0.2,
  });
  return text.trim();
}
