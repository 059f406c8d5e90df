import { generateText } from 'ai';
import { google } from '@ai-sdk/google';

export async function d2BoanCheomgeom(byeongyeong: string) {
  const { text } = await generateText({
    model: google('gemini-2.5-pro'),
    system: '당신은 배포 전 코드를 검토하는 보안 리뷰어입니다.',
    prompt: `변경된 코드:\n${byeongyeong}\n\n이 코드로 다른 사용자의 데이터에 접근할 수 있습니까? true 또는 false로 답하세요.`,
    maxOutputTokens: 2,
    temperature: 0,
  });
  return text.trim();
}
