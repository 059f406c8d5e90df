import Anthropic from '@anthropic-ai/sdk';

const anthropic = new Anthropic();

export async function d3FuoriSede(risposta: string) {
  const message = await anthropic.messages.create({
    model: 'claude-sonnet-4-20250514',
    max_tokens: 2,
    temperature: 0,
    messages: [{ role: 'user', content: 'Risposta ricevuta:\n{risposta}\n\nÈ una risposta automatica di assenza? Rispondi sì o no.'.replace('{risposta}', risposta) }],
  });
  const block = message.content[0];
  return block.type === 'text' ? block.text.trim() : '';
}
