import OpenAI from 'openai';

const openai = new OpenAI();

export async function meetingSummary(transcript: string) {
  const completion = await openai.chat.completions.create({
    model: 'gpt-4o-2024-08-06',
    messages: [
      { role: 'system', content: 'Summarise meeting transcripts for people who missed the meeting. Bullet points: decisions, open questions, action items with owners.' },
      { role: 'user', content: `Transcript:\n${transcript}` },
    ],
    max_tokens: 600,
    temperature: 0.2,
  });
  return completion.choices[0].message.content?.trim() ?? '';
}
