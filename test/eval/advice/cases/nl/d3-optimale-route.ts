import Anthropic from '@anthropic-ai/sdk';

const anthropic = new Anthropic();

export async function d3OptimaleRoute(adressen: string) {
  const message = await anthropic.messages.create({
    model: 'claude-opus-4-1-20250805',
    max_tokens: 6,
    temperature: 0,
    messages: [{ role: 'user', content: `Bezorgadressen met tijdvensters:\n${adressen}\n\nWelk adres moet als eerste bezocht worden zodat alle tijdvensters gehaald worden? Geef alleen de postcode (formaat 1234 AB).` }],
  });
  const block = message.content[0];
  return block.type === 'text' ? block.text.trim() : '';
}
