import Anthropic from '@anthropic-ai/sdk';

const anthropic = new Anthropic();

export async function eGolpe(sms: string) {
  const message = await anthropic.messages.create({
    model: 'claude-sonnet-4-5-20250929',
    max_tokens: 2,
    temperature: 0,
    messages: [{ role: 'user', content: `SMS recebido: "${sms}"\nÉ uma tentativa de golpe (pede senha, código ou pagamento por link)? sim/não` }],
  });
  const block = message.content[0];
  return block.type === 'text' ? block.text.trim() : '';
}
