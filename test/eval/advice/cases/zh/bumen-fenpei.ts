import { generateText } from 'ai';
import { google } from '@ai-sdk/google';

const BUMEN_PROMPT = '部门：销售部、财务部、人力资源部、技术部。只回答负责该请求的部门名称。';

export async function bumenFenpei(qingqiu: string) {
  const { text } = await generateText({
    model: google('gemini-2.5-pro'),
    system: BUMEN_PROMPT,
    prompt: `请求内容：${qingqiu}`,
    maxOutputTokens: 6,
    temperature: 0,
  });
  return text.trim();
}
