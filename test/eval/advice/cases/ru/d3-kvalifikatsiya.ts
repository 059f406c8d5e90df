import Anthropic from '@anthropic-ai/sdk';

const anthropic = new Anthropic();

export async function d3Kvalifikatsiya(fabula: string) {
  const message = await anthropic.messages.create({
    model: 'claude-opus-4-1-20250805',
    max_tokens: 4,
    temperature: 0,
    messages: [{ role: 'user', content: `Фабула дела:\n${fabula}\n\nКак квалифицировать деяние по УК РФ: кража, грабёж, разбой или мошенничество? Ответь одним словом.` }],
  });
  const block = message.content[0];
  return block.type === 'text' ? block.text.trim() : '';
}
