import OpenAI from 'openai';

const openai = new OpenAI();

export async function securityVerdict(code: string) {
  const response = await openai.responses.create({
    model: 'gpt-4.1',
    instructions: 'You are an application security reviewer.',
    input: `Is the following handler vulnerable to SQL injection or path traversal? Answer yes or no.\n\n\`\`\`\n${code}\n\`\`\``,
    max_output_tokens: 16,
    temperature: 0,
  });
  return response.output_text.trim();
}
