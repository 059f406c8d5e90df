import Anthropic from '@anthropic-ai/sdk';

const anthropic = new Anthropic();

export async function d4SqlReadOrWrite(sqlStatement: string) {
  const message = await anthropic.messages.create({
    model: 'claude-sonnet-4-20250514',
    max_tokens: 2,
    temperature: 0,
    messages: [{ role: 'user', content: `Statement:\n${sqlStatement}\n\nDoes this statement only read data or does it modify data? Answer read or write.` }],
  });
  const block = message.content[0];
  return block.type === 'text' ? block.text.trim() : '';
}
