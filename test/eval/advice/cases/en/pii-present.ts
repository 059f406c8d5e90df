import OpenAI from 'openai';

const openai = new OpenAI();

export async function piiPresent(note: string) {
  const response = await openai.responses.create({
    model: 'gpt-4.1',
    input: `Does the following note contain an email address or phone number? yes/no\n\n${note}`,
    max_output_tokens: 16,
    temperature: 0,
  });
  return response.output_text.trim();
}
