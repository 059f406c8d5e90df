import Anthropic from '@anthropic-ai/sdk';

const anthropic = new Anthropic();

export async function d3Onderwerpregel(tekst: string) {
  const message = await anthropic.messages.create({
    model: 'claude-sonnet-4-20250514',
    max_tokens: 15,
    temperature: 0.3,
    messages: [{ role: 'user', content: `E-mailtekst:\n${tekst}\n\nSchrijf een onderwerpregel van maximaal zes woorden. Alleen de onderwerpregel.` }],
  });
  const block = message.content[0];
  return block.type === 'text' ? block.text.trim() : '';
}
