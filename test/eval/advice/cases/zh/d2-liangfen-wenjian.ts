import { generateText } from 'ai';
import { anthropic } from '@ai-sdk/anthropic';

export async function d2LiangfenWenjian(hetong: string, shouce: string) {
  const { text } = await generateText({
    model: anthropic('claude-opus-4-1-20250805'),
    prompt: `劳动合同：\n${hetong}\n\n员工手册：\n${shouce}\n\n员工现在辞职需要赔偿培训费吗？只回答"是"或"否"。`,
    maxOutputTokens: 2,
    temperature: 0,
  });
  return text.trim();
}
