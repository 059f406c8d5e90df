import OpenAI from 'openai';

const openai = new OpenAI();

export async function interviewFeedbackPolish(notes: string) {
  const response = await openai.responses.create({
    model: 'gpt-4.1',
    input: `Turn these rough interview notes into constructive written feedback for the candidate:\n\n${notes}`,
    max_output_tokens: 400,
    temperature: 0.4,
  });
  return response.output_text.trim();
}
