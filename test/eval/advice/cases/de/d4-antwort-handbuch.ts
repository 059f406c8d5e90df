import Anthropic from '@anthropic-ai/sdk';

const anthropic = new Anthropic();

export async function d4AntwortHandbuch(auszuege: string, frage: string) {
  const message = await anthropic.messages.create({
    model: 'claude-sonnet-4-5-20250929',
    max_tokens: 60,
    temperature: 0,
    system: 'Beantworte Fragen nur anhand der Handbuchauszüge.',
    messages: [{ role: 'user', content: `Auszüge:\n${auszuege}\n\nFrage: ${frage}` }],
  });
  const block = message.content[0];
  return block.type === 'text' ? block.text.trim() : '';
}
