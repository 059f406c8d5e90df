import { generateText } from 'ai';
import { openai } from '@ai-sdk/openai';

const CONSIGNE_SERVICES = `Services : comptabilité, RH, informatique, juridique, achats.
Indique seulement le service concerné par le courriel.`;

export async function serviceCompetent(courriel: string) {
  const { text } = await generateText({
    model: openai('gpt-4.1'),
    system: CONSIGNE_SERVICES,
    prompt: courriel,
    maxOutputTokens: 4,
    temperature: 0,
  });
  return text.trim();
}
