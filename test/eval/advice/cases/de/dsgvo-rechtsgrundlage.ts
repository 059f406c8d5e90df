import { generateText } from 'ai';
import { google } from '@ai-sdk/google';

export async function dsgvoRechtsgrundlage(verarbeitung: string) {
  const { text } = await generateText({
    model: google('gemini-2.5-pro'),
    system: 'Du bist Datenschutzbeauftragter. Nenne die Rechtsgrundlage nach Art. 6 DSGVO: Einwilligung, Vertrag, rechtliche Verpflichtung, lebenswichtige Interessen, öffentliche Aufgabe, berechtigtes Interesse.',
    prompt: `Verarbeitung: ${verarbeitung}`,
    maxOutputTokens: 6,
    temperature: 0,
  });
  return text.trim();
}
