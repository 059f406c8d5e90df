import OpenAI from 'openai';

const openai = new OpenAI();

export async function reescreverEmail(email: string) {
  const response = await openai.responses.create({
    model: 'gpt-4o',
    input: `Reescreva este e-mail de cobrança de forma mais gentil, mantendo prazos e valores:\n\n${email}`,
    max_output_tokens: 300,
    temperature: 0.5,
  });
  return response.output_text.trim();
}
