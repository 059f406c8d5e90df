import Anthropic from '@anthropic-ai/sdk';

const anthropic = new Anthropic();

const PROMPT_REPARTI = 'Reparti: amministrazione, magazzino, vendite, assistenza tecnica. Rispondi soltanto con il reparto competente.';

export async function reparto(email: string) {
  const message = await anthropic.messages.create({
    model: 'claude-sonnet-4-5-20250929',
    max_tokens: 4,
    temperature: 0,
    system: PROMPT_REPARTI,
    messages: [{ role: 'user', content: `Email: ${email}` }],
  });
  const block = message.content[0];
  return block.type === 'text' ? block.text.trim() : '';
}
