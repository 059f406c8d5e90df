import OpenAI from 'openai';

const openai = new OpenAI();

export async function d4FatturaPartitaIva(fattura: string) {
  const completion = await openai.chat.completions.create({
    model: 'gpt-4.1',
    messages: [
      { role: 'user', content: `Fattura:\n${fattura}\n\nLa fattura riporta la partita IVA? Rispondi solo sì o no.` },
    ],
    max_completion_tokens: 2,
    temperature: 0,
  });
  return completion.choices[0].message.content?.trim() ?? '';
}
