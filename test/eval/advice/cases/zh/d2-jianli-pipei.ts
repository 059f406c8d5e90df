import { generateText } from 'ai';
import { openai } from '@ai-sdk/openai';

export async function d2JianliPipei(zhiwei: string, jianli: string) {
  const { text } = await generateText({
    model: openai('gpt-4.1'),
    system: '你是招聘团队的筛选助手。',
    prompt: `职位描述：\n${zhiwei}\n\n候选人简历：\n${jianli}\n\n这位候选人与职位的匹配程度是多少？给出0到100之间的整数，只输出数字。`,
    maxOutputTokens: 4,
    temperature: 0,
  });
  return text.trim();
}
