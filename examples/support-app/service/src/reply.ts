import { openai } from './clients';
import { REPLY_TEMPLATE } from './prompts';

export interface Message { from: 'customer' | 'agent'; text: string }

/** Drafts the agent's next reply; the agent edits it before sending. */
export async function draftReply(customer: string, plan: string, articles: string[], conversation: Message[]) {
  const prompt = REPLY_TEMPLATE
    .replace('{customer}', customer)
    .replace('{plan}', plan)
    .replace('{articles}', articles.join('\n---\n'))
    .replace('{conversation}', conversation.map(m => `${m.from}: ${m.text}`).join('\n'));
  const completion = await openai.chat.completions.create({
    model: 'gpt-4.1',
    messages: [{ role: 'user', content: prompt }],
    max_tokens: 700,
  });
  return completion.choices[0]?.message.content ?? '';
}
