import Anthropic from '@anthropic-ai/sdk';

const anthropic = new Anthropic();

export async function d3FewshotSentimiento(tuit: string) {
  const message = await anthropic.messages.create({
    model: 'claude-sonnet-4-20250514',
    max_tokens: 3,
    temperature: 0,
    messages: [{ role: 'user', content: `Clasifica el sentimiento del tuit.\n\nTuit: "Me encanta el nuevo diseño" → positivo\nTuit: "Otra vez sin conexión, qué desastre" → negativo\nTuit: "Mañana abren la tienda a las 10" → neutro\n\nTuit: "${tuit}" →` }],
  });
  const block = message.content[0];
  return block.type === 'text' ? block.text.trim() : '';
}
