import OpenAI from 'openai';

const openai = new OpenAI();

export async function meetingDate(email: string) {
  const response = await openai.responses.create({
    model: 'gpt-4o-2024-08-06',
    input: `Email:\n${email}\n\nWhat date is the meeting proposed for? Answer as YYYY-MM-DD, or "none".`,
    max_output_tokens: 16,
    temperature: 0,
  });
  return response.output_text.trim();
}
