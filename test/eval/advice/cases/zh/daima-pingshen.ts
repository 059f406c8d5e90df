import { ChatAnthropic } from '@langchain/anthropic';

const llm = new ChatAnthropic({
  model: 'claude-opus-4-1-20250805',
  maxTokens: 4,
  temperature: 0,
});

export async function daimaPingshen(diff: string) {
  const reply = await llm.invoke([
    ['human', `请审查以下代码变更是否引入并发问题，结论只写"通过"或"不通过"。\n\n${diff}`],
  ]);
  return String(reply.content).trim();
}
