import Anthropic from '@anthropic-ai/sdk';

const anthropic = new Anthropic();

export async function d4RonriDatousei(zentei: string, ketsuron: string) {
  const message = await anthropic.messages.create({
    model: 'claude-opus-4-1-20250805',
    max_tokens: 2,
    temperature: 0,
    messages: [{ role: 'user', content: `前提：\n${zentei}\n\n結論：\n${ketsuron}\n\n前提から結論は必ず導かれますか？「はい」か「いいえ」で答えてください。` }],
  });
  const block = message.content[0];
  return block.type === 'text' ? block.text.trim() : '';
}
