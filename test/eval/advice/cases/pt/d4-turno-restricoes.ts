import Anthropic from '@anthropic-ai/sdk';

const anthropic = new Anthropic();

export async function d4TurnoRestricoes(turnos: string, restricoes: string) {
  const message = await anthropic.messages.create({
    model: 'claude-sonnet-4-20250514',
    max_tokens: 2,
    temperature: 0,
    messages: [{ role: 'user', content: `Turnos disponíveis:\n${turnos}\n\nRestrições da equipe:\n${restricoes}\n\nQual turno satisfaz todas as restrições? Responda apenas com a letra.` }],
  });
  const block = message.content[0];
  return block.type === 'text' ? block.text.trim() : '';
}
