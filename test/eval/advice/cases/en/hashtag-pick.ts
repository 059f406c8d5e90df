import { ChatGoogleGenerativeAI } from '@langchain/google-genai';

const llm = new ChatGoogleGenerativeAI({
  model: 'gemini-2.5-pro',
  maxOutputTokens: 15,
  temperature: 0.5,
});

export async function hashtagPick(post: string) {
  const reply = await llm.invoke([
    ['human', `Suggest three hashtags for this post, space-separated, nothing else:\n${post}`],
  ]);
  return String(reply.content).trim();
}
