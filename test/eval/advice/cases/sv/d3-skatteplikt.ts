import OpenAI from 'openai';

const openai = new OpenAI();

export async function d3Skatteplikt(omstandigheter: string) {
  const completion = await openai.chat.completions.create({
    model: 'gpt-4.1',
    messages: [
      { role: 'user', content: `Omständigheter:\n${omstandigheter}\n\nÄr personen obegränsat skattskyldig i Sverige? Svara med exakt ett ord: ja, nej eller oklart.` },
    ],
    max_tokens: 3,
    temperature: 0,
  });
  return completion.choices[0].message.content?.trim() ?? '';
}
