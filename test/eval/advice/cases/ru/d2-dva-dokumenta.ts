import { generateText } from 'ai';
import { anthropic } from '@ai-sdk/anthropic';

export async function d2DvaDokumenta(dogovor: string, akt: string) {
  const { text } = await generateText({
    model: anthropic('claude-opus-4-1-20250805'),
    prompt: `Договор аренды:\n${dogovor}\n\nАкт приёма-передачи:\n${akt}\n\nОбязан ли арендатор оплатить ремонт? Ответь да или нет.`,
    maxOutputTokens: 2,
    temperature: 0,
  });
  return text.trim();
}
