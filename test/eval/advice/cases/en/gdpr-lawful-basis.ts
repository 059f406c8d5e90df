import { generateText } from 'ai';
import { openai } from '@ai-sdk/openai';

export async function gdprLawfulBasis(processing: string) {
  const { text } = await generateText({
    model: openai('gpt-4.1'),
    system: 'You are a data protection officer. For the processing described, pick the lawful basis under GDPR Art. 6: consent, contract, legal_obligation, vital_interests, public_task, legitimate_interests.',
    prompt: processing,
    maxOutputTokens: 5,
    temperature: 0,
  });
  return text.trim();
}
