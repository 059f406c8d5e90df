import { ChatOpenAI } from '@langchain/openai';

const llm = new ChatOpenAI({
  model: 'gpt-4o',
  maxTokens: 3,
  temperature: 0,
});

export async function emojiReact(slackMessage: string) {
  const reply = await llm.invoke([
    ['system', 'Pick the best reaction for a Slack message from: 👍 🎉 👀 ❤️ 😂. Output just the emoji.'],
    ['human', slackMessage],
  ]);
  return String(reply.content).trim();
}
