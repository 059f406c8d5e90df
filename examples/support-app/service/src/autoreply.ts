import { openai } from './clients';

/** Out-of-office and other auto-replies are closed without an agent. */
export async function isAutoReply(email: { subject: string; body: string }): Promise<boolean> {
  const completion = await openai.chat.completions.create({
    model: 'gpt-4.1',
    messages: [
      { role: 'system', content: 'Is this email an automatic reply (out-of-office, vacation notice, delivery receipt)? Answer "yes" or "no" only.' },
      { role: 'user', content: `Subject: ${email.subject}\n\n${email.body}` },
    ],
    max_tokens: 2,
    temperature: 0,
  });
  return completion.choices[0]?.message.content?.trim().toLowerCase() === 'yes';
}
