import Anthropic from '@anthropic-ai/sdk';

const anthropic = new Anthropic();

export async function d4TraduzirCurto(mensagem: string) {
  const message = await anthropic.messages.create({
    model: 'claude-sonnet-4-5-20250929',
    max_tokens: 30,
    temperature: 0.2,
    messages: [{ role: 'user', content: `Traduza para o inglês, numa frase curta:\n${mensagem}` }],
  });
  const block = message.content[0];
  return block.type === 'text' ? block.text.trim() : '';
}
