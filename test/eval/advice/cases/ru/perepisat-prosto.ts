import OpenAI from 'openai';

const openai = new OpenAI();

export async function perepisatProsto(tekst: string) {
  const response = await openai.responses.create({
    model: 'gpt-4o-2024-08-06',
    input: `Перепиши этот текст договора простым языком, ничего не упуская:\n\n${tekst}`,
    max_output_tokens: 500,
    temperature: 0.3,
  });
  return response.output_text.trim();
}
