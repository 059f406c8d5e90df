import OpenAI from 'openai';

const openai = new OpenAI();

export async function complaintJson(message: string) {
  const response = await openai.responses.create({
    model: 'gpt-4.1',
    input: `Message: ${message}\nRespond with JSON: {"isComplaint": boolean, "product": string}`,
    max_output_tokens: 25,
    temperature: 0,
    text: { format: { type: 'json_object' } },
  });
  return JSON.parse(response.output_text);
}
