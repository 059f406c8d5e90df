import OpenAI from 'openai';

const openai = new OpenAI();

export async function d4RollbackCounterfactual(timeline: string) {
  const response = await openai.responses.create({
    model: 'gpt-4o',
    input: `Incident timeline:\n${timeline}\n\nIf the failing deploy had been rolled back as soon as the first alert fired, would customers have seen the outage? Answer yes or no.`,
    max_output_tokens: 16,
    temperature: 0,
  });
  return response.output_text.trim();
}
