import Anthropic from '@anthropic-ai/sdk';

const anthropic = new Anthropic();

export async function d3DiagnosticPanne(traces: string) {
  const message = await anthropic.messages.create({
    model: 'claude-opus-4-1-20250805',
    max_tokens: 12,
    temperature: 0,
    system: 'Tu aides les ingénieurs de production.',
    messages: [{ role: 'user', content: `<traces>\n${traces}\n</traces>\n\nQuelle est la cause racine des pannes intermittentes ? Réponds avec <cause>concurrence</cause>, <cause>memoire</cause>, <cause>reseau</cause> ou <cause>configuration</cause>.` }],
  });
  const block = message.content[0];
  return block.type === 'text' ? block.text.trim() : '';
}
