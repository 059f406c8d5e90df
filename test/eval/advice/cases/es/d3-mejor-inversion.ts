import Anthropic from '@anthropic-ai/sdk';

const anthropic = new Anthropic();

export async function d3MejorInversion(perfil: string) {
  const message = await anthropic.messages.create({
    model: 'claude-opus-4-1-20250805',
    max_tokens: 1,
    temperature: 0,
    messages: [{ role: 'user', content: `Perfil del cliente:\n${perfil}\n\n¿Qué opción le conviene más?\n1. Fondo indexado global\n2. Bonos del Estado a 10 años\n3. Depósito a plazo fijo\n4. Plan de pensiones\n\nResponde solo con el número de la opción.` }],
  });
  const block = message.content[0];
  return block.type === 'text' ? block.text.trim() : '';
}
