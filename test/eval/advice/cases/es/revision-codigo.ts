import { ChatAnthropic } from '@langchain/anthropic';

const llm = new ChatAnthropic({
  model: 'claude-opus-4-1-20250805',
  maxTokens: 3,
  temperature: 0,
});

export async function revisionCodigo(diff: string) {
  const reply = await llm.invoke([
    ['human', `Revisa este pull request. ¿Se puede fusionar sin riesgo? Responde APROBAR o CAMBIOS.\n\n${diff}`],
  ]);
  return String(reply.content).trim();
}
