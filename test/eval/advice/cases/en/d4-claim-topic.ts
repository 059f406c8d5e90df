import OpenAI from 'openai';

const openai = new OpenAI();

export async function d4ClaimTopic(claim: string) {
  const response = await openai.responses.create({
    model: 'gpt-4.1',
    input: `Claim: ${claim}\n\nWhich topic is this claim about? Answer sports, politics, science or entertainment.`,
    max_output_tokens: 16,
    temperature: 0,
  });
  return response.output_text.trim();
}
