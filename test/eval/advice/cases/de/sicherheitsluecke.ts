import OpenAI from 'openai';

const openai = new OpenAI();

export async function sicherheitsluecke(code: string) {
  const response = await openai.responses.create({
    model: 'gpt-4o-2024-08-06',
    instructions: 'Du bist Sicherheitsexperte für Webanwendungen.',
    input: `Enthält dieser Code eine Sicherheitslücke (Injection, XSS, unsichere Deserialisierung)? Antworte mit ja oder nein.\n\n${code}`,
    max_output_tokens: 16,
    temperature: 0,
  });
  return response.output_text.trim();
}
