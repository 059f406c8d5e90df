import Anthropic from '@anthropic-ai/sdk';

const anthropic = new Anthropic();

export async function d4AnzahlArtikel(bestellung: string) {
  const message = await anthropic.messages.create({
    model: 'claude-sonnet-4-20250514',
    max_tokens: 5,
    temperature: 0,
    messages: [{ role: 'user', content: `Bestellung:\n${bestellung}\n\nWie viele Artikel enthält die Bestellung? Nur die Zahl.` }],
  });
  const block = message.content[0];
  return block.type === 'text' ? block.text.trim() : '';
}
