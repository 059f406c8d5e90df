import Anthropic from '@anthropic-ai/sdk';

const anthropic = new Anthropic();

const AFDELINGEN_PROMPT = 'Afdelingen: klantenservice, financiën, juridisch, techniek. Noem alleen de afdeling die dit oppakt.';

export async function afdeling(mail: string) {
  const message = await anthropic.messages.create({
    model: 'claude-sonnet-4-5-20250929',
    max_tokens: 3,
    temperature: 0,
    system: AFDELINGEN_PROMPT,
    messages: [{ role: 'user', content: mail }],
  });
  const block = message.content[0];
  return block.type === 'text' ? block.text.trim() : '';
}
