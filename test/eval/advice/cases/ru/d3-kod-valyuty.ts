import { generateText } from 'ai';
import { google } from '@ai-sdk/google';

export async function d3KodValyuty(tsena: string) {
  const { text } = await generateText({
    model: google('gemini-2.5-pro'),
    prompt: 'Укажи трёхбуквенный код валюты ISO 4217 для этой цены, только код: ' + tsena,
    maxOutputTokens: 3,
    temperature: 0,
  });
  return text.trim();
}
