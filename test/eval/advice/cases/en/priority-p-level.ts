import OpenAI from 'openai';

const openai = new OpenAI();

const SYSTEM_PROMPT = 'Assign a priority. P1 = outage or data loss, P2 = major feature broken, P3 = minor bug with workaround, P4 = cosmetic. Reply with P1, P2, P3 or P4.';

export async function priorityPLevel(report: string) {
  const response = await openai.responses.create({
    model: 'gpt-4o',
    instructions: SYSTEM_PROMPT,
    input: `Bug report:\n${report}`,
    max_output_tokens: 16,
    temperature: 0,
  });
  return response.output_text.trim();
}
