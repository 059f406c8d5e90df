import Anthropic from '@anthropic-ai/sdk';

const anthropic = new Anthropic();

export async function d3GaeinJeongbo(text: string) {
  const message = await anthropic.messages.create({
    model: 'claude-opus-4-1-20250805',
    max_tokens: 8,
    temperature: 0,
    messages: [{ role: 'user', content: '다음 텍스트에 주민등록번호가 포함되어 있으면 {"found": true}, 아니면 {"found": false}만 출력하세요.\n\n' + text }],
  });
  const block = message.content[0];
  return block.type === 'text' ? block.text.trim() : '';
}
