import Anthropic from '@anthropic-ai/sdk';

const anthropic = new Anthropic();

export async function d4RispostaDocumenti(documenti: string, domanda: string) {
  const message = await anthropic.messages.create({
    model: 'claude-sonnet-4-20250514',
    max_tokens: 60,
    temperature: 0,
    system: 'Rispondi solo in base ai documenti forniti.',
    messages: [{ role: 'user', content: `Documenti:\n${documenti}\n\nDomanda: ${domanda}` }],
  });
  const block = message.content[0];
  return block.type === 'text' ? block.text.trim() : '';
}
