import Anthropic from '@anthropic-ai/sdk';

const anthropic = new Anthropic();

export async function d4ModeracionSatira(politica: string, publicacion: string) {
  const message = await anthropic.messages.create({
    model: 'claude-sonnet-4-20250514',
    max_tokens: 3,
    temperature: 0,
    messages: [{ role: 'user', content: `Política de contenidos:\n${politica}\n\nPublicación:\n${publicacion}\n\nTeniendo en cuenta el tono satírico, ¿infringe la publicación la política? Responde solo: permitir o retirar.` }],
  });
  const block = message.content[0];
  return block.type === 'text' ? block.text.trim() : '';
}
