import OpenAI from 'openai';

const openai = new OpenAI();

export async function d4UntickedItem(checklist: string) {
  const response = await openai.responses.create({
    model: 'gpt-4o-2024-08-06',
    input: `Checklist:\n${checklist}\n\nWhich item is not ticked yet? Reply with its letter only.`,
    max_output_tokens: 16,
    temperature: 0,
  });
  return response.output_text.trim();
}
