import Anthropic from '@anthropic-ai/sdk';

const anthropic = new Anthropic();

export async function d3Avtootvet(pismo: string) {
  const message = await anthropic.messages.create({
    model: 'claude-sonnet-4-5-20250929',
    max_tokens: 2,
    temperature: 0,
    messages: [{ role: 'user', content: 'Письмо:\n{pismo}\n\nЭто автоматический ответ? Ответь да или нет.'.replace('{pismo}', pismo) }],
  });
  const block = message.content[0];
  return block.type === 'text' ? block.text.trim() : '';
}
