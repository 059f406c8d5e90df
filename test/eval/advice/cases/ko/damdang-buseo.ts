import { generateText } from 'ai';
import { google } from '@ai-sdk/google';

const BUSEO_PROMPT = '부서: 영업팀, 재무팀, 인사팀, 개발팀. 요청을 처리할 부서 이름만 답하세요.';

export async function damdangBuseo(yocheong: string) {
  const { text } = await generateText({
    model: google('gemini-2.5-pro'),
    system: BUSEO_PROMPT,
    prompt: `요청: ${yocheong}`,
    maxOutputTokens: 5,
    temperature: 0,
  });
  return text.trim();
}
