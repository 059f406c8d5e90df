import OpenAI from 'openai';

const openai = new OpenAI();

export async function vulnerabilitaCodice(codice: string) {
  const response = await openai.responses.create({
    model: 'gpt-4.1',
    input: `Questo codice è vulnerabile a SSRF? Rispondi sì o no.\n\n${codice}`,
    max_output_tokens: 16,
    temperature: 0,
  });
  return response.output_text.trim();
}
